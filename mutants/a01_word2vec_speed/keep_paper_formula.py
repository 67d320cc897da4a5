# replaces: keep_probability
# target: test_keep_probability
# why: the paper's keep probability sqrt(t / f) instead of gensim's sqrt(t / f) + t / f
import numpy as np


def keep_probability(counts, sample=1e-3):
    counts = np.asarray(counts, dtype=np.float64)
    if sample == 0:
        return np.ones(len(counts))
    f = counts / counts.sum()
    return np.minimum(np.sqrt(sample / f), 1.0)
