# replaces: skipgram_pairs
# target: test_skipgram_pairs
# why: no max(0, ...) on the left edge: negative positions silently wrap to the sentence end
import numpy as np


def skipgram_pairs(sentences, window):
    pairs = []
    for sent in sentences:
        n = len(sent)
        for i in range(n):
            for j in range(i - window, i + window + 1):
                if j != i and j < n:
                    pairs.append((int(sent[i]), int(sent[j])))
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)
