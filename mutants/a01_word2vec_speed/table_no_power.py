# replaces: unigram_table
# target: test_unigram_table
# why: the 0.75 power is forgotten, the table follows raw frequencies
import numpy as np


def unigram_table(counts, table_size, power=0.75):
    weights = np.asarray(counts, dtype=np.float64)
    cumulative = np.cumsum(weights / weights.sum())
    midpoints = (np.arange(table_size) + 0.5) / table_size
    table = np.searchsorted(cumulative, midpoints, side="right")
    return np.minimum(table, len(cumulative) - 1).astype(np.int64)
