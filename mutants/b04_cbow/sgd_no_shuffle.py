# replaces: sgd_epoch
# target: test_sgd_epoch
# why: batches taken in corpus order, the rng is never used
import numpy as np


def sgd_epoch(contexts, targets, W_in, W_out, loss_and_grads, lr, batch_size, rng):
    n = len(targets)
    order = np.arange(n)
    losses = []
    for start in range(0, n, batch_size):
        batch = order[start:start + batch_size]
        loss, dW_in, dW_out = loss_and_grads(contexts[batch], targets[batch], W_in, W_out)
        W_in -= lr * dW_in
        W_out -= lr * dW_out
        losses.append(float(loss))
    return losses
