# replaces: train_step
# target: test_train_step
# why: gradient clipping forgotten


def train_step(model, batch, optimizer, max_norm=1.0):
    model.train()
    optimizer.zero_grad()
    loss = model(**batch).loss
    loss.backward()
    optimizer.step()
    return loss.item()
