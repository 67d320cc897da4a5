# replaces: hs_loss_and_grads
# target: test_hs_loss_and_grads
# why: dh forgets to sum over the path (keeps only the first step's contribution)
import numpy as np


def hs_loss_and_grads(h, node_vecs, codes, mask):
    B = h.shape[0]
    m = np.asarray(mask, dtype=bool)
    c = np.where(m, codes, 0).astype(h.dtype)
    N = np.where(m[:, :, None], node_vecs, 0)
    x = np.einsum("bld,bd->bl", N, h)
    loss = float(np.where(m, np.logaddexp(0.0, -(1.0 - 2.0 * c) * x), 0.0).sum() / B)
    g = np.where(m, np.exp(-np.logaddexp(0.0, -x)) - (1.0 - c), 0.0).astype(h.dtype) / B
    dh = (g[:, :1, None] * N[:, :1]).sum(axis=1).astype(h.dtype)
    return loss, dh, (g[:, :, None] * h[:, None, :]).astype(node_vecs.dtype)
