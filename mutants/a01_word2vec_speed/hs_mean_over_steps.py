# replaces: hs_loss_and_grads
# target: test_hs_loss_and_grads
# why: averages over all real steps of the batch instead of summing the path and averaging over examples
import numpy as np


def hs_loss_and_grads(h, node_vecs, codes, mask):
    m = np.asarray(mask, dtype=bool)
    n = max(int(m.sum()), 1)
    c = np.where(m, codes, 0).astype(h.dtype)
    N = np.where(m[:, :, None], node_vecs, 0)
    x = np.einsum("bld,bd->bl", N, h)
    loss = float(np.where(m, np.logaddexp(0.0, -(1.0 - 2.0 * c) * x), 0.0).sum() / n)
    g = np.where(m, np.exp(-np.logaddexp(0.0, -x)) - (1.0 - c), 0.0).astype(h.dtype) / n
    return (
        loss,
        np.einsum("bl,bld->bd", g, N).astype(h.dtype),
        (g[:, :, None] * h[:, None, :]).astype(node_vecs.dtype),
    )
