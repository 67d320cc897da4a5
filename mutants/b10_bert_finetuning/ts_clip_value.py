# replaces: train_step
# target: test_train_step
# why: clips each gradient value (clip_grad_value_) instead of the total norm
import torch


def train_step(model, batch, optimizer, max_norm=1.0):
    model.train()
    optimizer.zero_grad()
    loss = model(**batch).loss
    loss.backward()
    torch.nn.utils.clip_grad_value_(model.parameters(), max_norm)
    optimizer.step()
    return loss.item()
