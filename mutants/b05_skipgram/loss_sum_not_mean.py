# replaces: skipgram_loss_and_grads
# target: test_skipgram_loss_and_grads
# why: sums over the batch instead of averaging (loss and gradients B times too large)
import numpy as np


def skipgram_loss_and_grads(center_ids, context_ids, W_in, W_out):
    center_ids = np.asarray(center_ids)
    context_ids = np.asarray(context_ids)
    B = center_ids.shape[0]
    rows = np.arange(B)
    h = W_in[center_ids]
    scores = h @ W_out
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    sum_exp = exp.sum(axis=1, keepdims=True)
    loss = float(-(shifted[rows, context_ids] - np.log(sum_exp[:, 0])).sum())
    g = exp / sum_exp
    g[rows, context_ids] -= 1.0
    dW_out = (h.T @ g).astype(W_out.dtype, copy=False)
    dh = g @ W_out.T
    dW_in = np.zeros_like(W_in)
    np.add.at(dW_in, center_ids, dh.astype(W_in.dtype, copy=False))
    return loss, dW_in, dW_out
