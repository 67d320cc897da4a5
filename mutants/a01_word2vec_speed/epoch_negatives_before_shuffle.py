# replaces: cbow_ns_epoch
# target: test_cbow_ns_epoch
# why: all negatives are drawn once before the permutation, so the random stream is consumed in another order
import numpy as np


def cbow_ns_epoch(
    stream, W_in, W_out, table, keep_prob, window, negative, lr, batch_size, rng, loss_fn=None
):
    if loss_fn is None:
        loss_fn = negative_sampling_loss_and_grads  # noqa: F821 (defined in the notebook)
    stream = np.asarray(stream)
    kept = stream if keep_prob is None else stream[rng.random(len(stream)) < keep_prob[stream]]
    C = window
    n_examples = max(len(kept) - 2 * C, 0)
    if n_examples == 0:
        return []
    offsets = np.r_[np.arange(-C, 0), np.arange(1, C + 1)]
    all_neg = table[rng.integers(0, len(table), size=(n_examples, negative))]
    order = rng.permutation(n_examples)
    losses = []
    for start in range(0, n_examples, batch_size):
        pos = order[start : start + batch_size] + C
        ctx = kept[pos[:, None] + offsets]
        neg = all_neg[pos - C]
        ids = np.concatenate([kept[pos][:, None], neg], axis=1)
        h = W_in[ctx].mean(axis=1)
        loss, dh, dU = loss_fn(h, W_out[ids])
        np.add.at(W_out, ids, -lr * dU)
        np.add.at(W_in, ctx, np.repeat((-lr * dh)[:, None, :], 2 * C, axis=1))
        losses.append(float(loss))
    return losses
