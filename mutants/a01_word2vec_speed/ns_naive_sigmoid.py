# replaces: negative_sampling_loss_and_grads
# target: test_negative_sampling_loss_and_grads
# why: -log(sigmoid(x)) computed through the probability: inf / overflow for large scores
import numpy as np


def negative_sampling_loss_and_grads(h, U):
    B = h.shape[0]
    x = np.einsum("bkd,bd->bk", U, h)
    s = 1.0 / (1.0 + np.exp(-x))
    loss = float((-np.log(s[:, 0]).sum() - np.log(1.0 - s[:, 1:]).sum()) / B)
    g = s.copy()
    g[:, 0] -= 1.0
    g = (g / B).astype(h.dtype)
    return (
        loss,
        np.einsum("bk,bkd->bd", g, U).astype(h.dtype),
        (g[:, :, None] * h[:, None, :]).astype(U.dtype),
    )
