# replaces: skipgram_pairs
# target: test_skipgram_pairs
# why: np.array(pairs) without reshape: no pairs gives a float64 array of shape (0,), not (0, 2)
import numpy as np


def skipgram_pairs(sentences, window):
    pairs = []
    for sent in sentences:
        n = len(sent)
        for i in range(n):
            for j in range(max(0, i - window), min(n, i + window + 1)):
                if j != i:
                    pairs.append((int(sent[i]), int(sent[j])))
    return np.array(pairs) if pairs else np.array([])
