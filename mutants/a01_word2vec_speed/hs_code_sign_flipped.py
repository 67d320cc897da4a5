# replaces: hs_loss_and_grads
# target: test_hs_loss_and_grads
# why: code 1 is taken as "left with probability sigma(x)" (the convention flipped)
import numpy as np


def hs_loss_and_grads(h, node_vecs, codes, mask):
    B = h.shape[0]
    m = np.asarray(mask, dtype=bool)
    c = np.where(m, codes, 0).astype(h.dtype)
    N = np.where(m[:, :, None], node_vecs, 0)
    x = np.einsum("bld,bd->bl", N, h)
    loss = float(np.where(m, np.logaddexp(0.0, -(2.0 * c - 1.0) * x), 0.0).sum() / B)
    g = np.where(m, np.exp(-np.logaddexp(0.0, -x)) - c, 0.0).astype(h.dtype) / B
    return (
        loss,
        np.einsum("bl,bld->bd", g, N).astype(h.dtype),
        (g[:, :, None] * h[:, None, :]).astype(node_vecs.dtype),
    )
