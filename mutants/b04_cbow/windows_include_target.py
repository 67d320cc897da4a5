# replaces: cbow_windows
# target: test_cbow_windows
# why: the whole window ids[t-C:t+C+1] is taken as context, so the target leaks into it
import numpy as np


def cbow_windows(sentence_ids, C):
    ids = [int(i) for i in sentence_ids]
    n = len(ids)
    rows = [ids[t - C:t + C + 1] for t in range(C, n - C)]
    contexts = np.array(rows, dtype=np.int64).reshape(len(rows), 2 * C + 1)
    targets = np.array(ids[C:n - C] if n > 2 * C else [], dtype=np.int64)
    return contexts, targets
