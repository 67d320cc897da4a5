# replaces: hs_loss_and_grads
# target: test_hs_loss_and_grads
# why: the padding mask is ignored: padded steps add to the loss and the gradients
import numpy as np


def hs_loss_and_grads(h, node_vecs, codes, mask):
    B = h.shape[0]
    c = np.asarray(codes).astype(h.dtype)
    x = np.einsum("bld,bd->bl", node_vecs, h)
    loss = float(np.logaddexp(0.0, -(1.0 - 2.0 * c) * x).sum() / B)
    g = ((np.exp(-np.logaddexp(0.0, -x)) - (1.0 - c)) / B).astype(h.dtype)
    return (
        loss,
        np.einsum("bl,bld->bd", g, node_vecs).astype(h.dtype),
        (g[:, :, None] * h[:, None, :]).astype(node_vecs.dtype),
    )
