# replaces: negative_sampling_loss_and_grads
# target: test_negative_sampling_loss_and_grads
# why: sums over the batch instead of averaging (loss and gradients B times too large)
import numpy as np


def negative_sampling_loss_and_grads(h, U):
    x = np.einsum("bkd,bd->bk", U, h)
    sign = np.ones(x.shape[1])
    sign[0] = -1.0
    loss = float(np.logaddexp(0.0, sign * x).sum())
    g = np.exp(-np.logaddexp(0.0, -x))
    g[:, 0] -= 1.0
    g = g.astype(h.dtype)
    return (
        loss,
        np.einsum("bk,bkd->bd", g, U).astype(h.dtype),
        (g[:, :, None] * h[:, None, :]).astype(U.dtype),
    )
