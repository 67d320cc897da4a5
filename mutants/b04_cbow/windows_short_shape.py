# replaces: cbow_windows
# target: test_cbow_windows
# why: np.array(rows) of an empty list has shape (0,), not (0, 2C), for a too-short sequence
import numpy as np


def cbow_windows(sentence_ids, C):
    ids = list(sentence_ids)
    n = len(ids)
    rows = [ids[t - C:t] + ids[t + 1:t + C + 1] for t in range(C, n - C)]
    return np.array(rows, dtype=np.int64), np.array(ids[C:n - C] if n > 2 * C else [], dtype=np.int64)
