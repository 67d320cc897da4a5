# replaces: cbow_windows
# target: test_cbow_windows
# why: right context sliced as ids[t:t+C], so it starts at the target instead of after it
import numpy as np


def cbow_windows(sentence_ids, C):
    ids = [int(i) for i in sentence_ids]
    n = len(ids)
    rows = [ids[t - C:t] + ids[t:t + C] for t in range(C, n - C)]
    contexts = np.array(rows, dtype=np.int64).reshape(len(rows), 2 * C)
    targets = np.array(ids[C:n - C] if n > 2 * C else [], dtype=np.int64)
    return contexts, targets
