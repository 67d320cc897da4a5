# replaces: keep_probability
# target: test_keep_probability
# why: forgets to clip at 1, rare words get a "probability" above 1
import numpy as np


def keep_probability(counts, sample=1e-3):
    counts = np.asarray(counts, dtype=np.float64)
    if sample == 0:
        return np.ones(len(counts))
    t = sample * counts.sum()
    return (np.sqrt(counts / t) + 1.0) * t / counts
