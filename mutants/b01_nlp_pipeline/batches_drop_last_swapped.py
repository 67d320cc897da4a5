# replaces: batches_per_epoch
# target: test_batches_per_epoch
# why: floor and ceil swapped between the two drop_last cases
def batches_per_epoch(n_samples, batch_size, drop_last=False):
    if drop_last:
        return (n_samples + batch_size - 1) // batch_size
    return n_samples // batch_size


def last_batch_size(n_samples, batch_size, drop_last=False):
    n = batches_per_epoch(n_samples, batch_size, drop_last)
    if n == 0:
        return 0
    return n_samples - batch_size * (n - 1) if drop_last else batch_size
