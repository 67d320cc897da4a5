# replaces: unigram_table
# target: test_unigram_table
# why: searchsorted side="left": a midpoint equal to F_i stays with word i (rule is F_i > u)
import numpy as np


def unigram_table(counts, table_size, power=0.75):
    weights = np.asarray(counts, dtype=np.float64) ** power
    weights[np.asarray(counts) == 0] = 0.0
    cumulative = np.cumsum(weights / weights.sum())
    midpoints = (np.arange(table_size) + 0.5) / table_size
    table = np.searchsorted(cumulative, midpoints, side="left")
    return np.minimum(table, len(cumulative) - 1).astype(np.int64)
