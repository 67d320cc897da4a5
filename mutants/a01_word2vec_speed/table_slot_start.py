# replaces: unigram_table
# target: test_unigram_table
# why: uses the start j / T of each slot instead of its midpoint (j + 0.5) / T
import numpy as np


def unigram_table(counts, table_size, power=0.75):
    weights = np.asarray(counts, dtype=np.float64) ** power
    weights[np.asarray(counts) == 0] = 0.0
    cumulative = np.cumsum(weights / weights.sum())
    starts = np.arange(table_size) / table_size
    table = np.searchsorted(cumulative, starts, side="right")
    return np.minimum(table, len(cumulative) - 1).astype(np.int64)
