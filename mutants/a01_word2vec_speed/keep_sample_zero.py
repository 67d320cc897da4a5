# replaces: keep_probability
# target: test_keep_probability
# why: sample = 0 not special-cased: 0 / 0 gives nan instead of keeping every word
import numpy as np


def keep_probability(counts, sample=1e-3):
    counts = np.asarray(counts, dtype=np.float64)
    t = sample * counts.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.minimum((np.sqrt(counts / t) + 1.0) * t / counts, 1.0)
