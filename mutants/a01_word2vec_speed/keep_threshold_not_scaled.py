# replaces: keep_probability
# target: test_keep_probability
# why: compares raw counts with the threshold t (forgets to turn counts into frequencies)
import numpy as np


def keep_probability(counts, sample=1e-3):
    counts = np.asarray(counts, dtype=np.float64)
    if sample == 0:
        return np.ones(len(counts))
    return np.minimum((np.sqrt(counts / sample) + 1.0) * sample / counts, 1.0)
