# replaces: train_skipgram
# target: test_train_skipgram
# why: trains the caller's arrays in place (no copy)
import numpy as np


def train_skipgram(pairs, W_in, W_out, lr, epochs, batch_size, seed, loss_and_grads=None):
    if loss_and_grads is None:
        loss_and_grads = skipgram_loss_and_grads
    rng = np.random.default_rng(seed)
    n = len(pairs)
    losses = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = pairs[order[start:start + batch_size]]
            loss, dW_in, dW_out = loss_and_grads(batch[:, 0], batch[:, 1], W_in, W_out)
            W_in -= lr * dW_in
            W_out -= lr * dW_out
            losses.append(float(loss))
    return W_in, W_out, losses
