# replaces: train_step
# target: test_train_step
# why: returns the loss tensor instead of a Python float
import torch


def train_step(model, batch, optimizer, max_norm=1.0):
    model.train()
    optimizer.zero_grad()
    loss = model(**batch).loss
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
    optimizer.step()
    return loss.detach()
