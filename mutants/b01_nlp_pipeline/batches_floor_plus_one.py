# replaces: batches_per_epoch
# target: test_batches_per_epoch
# why: n // b + 1 without drop_last: one batch too many when b divides n
def batches_per_epoch(n_samples, batch_size, drop_last=False):
    return n_samples // batch_size if drop_last else n_samples // batch_size + 1


def last_batch_size(n_samples, batch_size, drop_last=False):
    if drop_last:
        return batch_size if n_samples >= batch_size else 0
    return n_samples % batch_size if n_samples % batch_size else (batch_size if n_samples else 0)
