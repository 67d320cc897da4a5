# replaces: cbow_loss_and_grads
# target: test_cbow_loss_and_grads
# why: loss and gradients summed over the batch instead of averaged (no 1/B)
import numpy as np


def cbow_loss_and_grads(context_ids, target_ids, W_in, W_out):
    B, two_c = context_ids.shape
    rows = np.arange(B)
    h = W_in[context_ids].mean(axis=1)
    s = h @ W_out
    s = s - s.max(axis=1, keepdims=True)
    e = np.exp(s)
    z = e.sum(axis=1)
    loss = float(np.sum(np.log(z) - s[rows, target_ids]))
    ds = e / z[:, None]
    ds[rows, target_ids] -= 1.0
    dW_out = h.T @ ds
    dh = ds @ W_out.T
    dW_in = np.zeros_like(W_in)
    np.add.at(dW_in, context_ids, np.repeat((dh / two_c)[:, None, :], two_c, axis=1))
    return loss, dW_in, dW_out
