# replaces: unigram_table
# target: test_unigram_table
# why: gives each word round(P * T) slots (np.repeat), so the table length and the boundaries drift
import numpy as np


def unigram_table(counts, table_size, power=0.75):
    weights = np.asarray(counts, dtype=np.float64) ** power
    p = weights / weights.sum()
    slots = np.round(p * table_size).astype(np.int64)
    table = np.repeat(np.arange(len(p)), slots)[:table_size]
    if len(table) < table_size:
        table = np.concatenate([table, np.full(table_size - len(table), len(p) - 1)])
    return table.astype(np.int64)
