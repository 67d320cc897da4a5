# replaces: cbow_windows
# target: test_cbow_windows
# why: off-by-one range end (n - C - 1), the last full window is lost
import numpy as np


def cbow_windows(sentence_ids, C):
    ids = [int(i) for i in sentence_ids]
    n = len(ids)
    ts = list(range(C, n - C - 1))
    rows = [ids[t - C:t] + ids[t + 1:t + C + 1] for t in ts]
    contexts = np.array(rows, dtype=np.int64).reshape(len(rows), 2 * C)
    targets = np.array([ids[t] for t in ts], dtype=np.int64)
    return contexts, targets
