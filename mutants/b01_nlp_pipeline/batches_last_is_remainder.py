# replaces: batches_per_epoch
# target: test_batches_per_epoch
# why: last batch size taken as n % b, which is 0 (not b) when b divides n
def batches_per_epoch(n_samples, batch_size, drop_last=False):
    if drop_last:
        return n_samples // batch_size
    return (n_samples + batch_size - 1) // batch_size


def last_batch_size(n_samples, batch_size, drop_last=False):
    if drop_last:
        return batch_size if n_samples >= batch_size else 0
    return n_samples % batch_size
