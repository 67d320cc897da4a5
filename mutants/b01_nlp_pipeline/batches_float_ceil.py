# replaces: batches_per_epoch
# target: test_batches_per_epoch
# why: float division: math.ceil(n / b) is wrong for very large n
import math


def batches_per_epoch(n_samples, batch_size, drop_last=False):
    if drop_last:
        return int(n_samples / batch_size)
    return math.ceil(n_samples / batch_size)


def last_batch_size(n_samples, batch_size, drop_last=False):
    n = batches_per_epoch(n_samples, batch_size, drop_last)
    if n == 0:
        return 0
    return batch_size if drop_last else n_samples - batch_size * (n - 1)
