# replaces: train_step
# target: test_train_step
# why: clips after optimizer.step(), when it no longer matters
import torch


def train_step(model, batch, optimizer, max_norm=1.0):
    model.train()
    optimizer.zero_grad()
    loss = model(**batch).loss
    loss.backward()
    optimizer.step()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
    return loss.item()
