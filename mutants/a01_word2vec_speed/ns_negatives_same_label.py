# replaces: negative_sampling_loss_and_grads
# target: test_negative_sampling_loss_and_grads
# why: the negatives are treated like positives (label 1 for every column)
import numpy as np


def negative_sampling_loss_and_grads(h, U):
    B = h.shape[0]
    x = np.einsum("bkd,bd->bk", U, h)
    loss = float(np.logaddexp(0.0, -x).sum() / B)
    g = np.exp(-np.logaddexp(0.0, -x)) - 1.0
    g = (g / B).astype(h.dtype)
    return (
        loss,
        np.einsum("bk,bkd->bd", g, U).astype(h.dtype),
        (g[:, :, None] * h[:, None, :]).astype(U.dtype),
    )
