# replaces: negative_sampling_loss_and_grads
# target: test_negative_sampling_loss_and_grads
# why: the gradient uses y - sigma(x) instead of sigma(x) - y (gradient ascent)
import numpy as np


def negative_sampling_loss_and_grads(h, U):
    B = h.shape[0]
    x = np.einsum("bkd,bd->bk", U, h)
    sign = np.ones(x.shape[1])
    sign[0] = -1.0
    loss = float(np.logaddexp(0.0, sign * x).sum() / B)
    g = np.exp(-np.logaddexp(0.0, -x))
    g[:, 0] -= 1.0
    g = (-g / B).astype(h.dtype)
    return (
        loss,
        np.einsum("bk,bkd->bd", g, U).astype(h.dtype),
        (g[:, :, None] * h[:, None, :]).astype(U.dtype),
    )
