# replaces: skipgram_pairs
# target: test_skipgram_pairs
# why: stores (context, center) instead of (center, context)
import numpy as np


def skipgram_pairs(sentences, window):
    pairs = []
    for sent in sentences:
        n = len(sent)
        for i in range(n):
            for j in range(max(0, i - window), min(n, i + window + 1)):
                if j != i:
                    pairs.append((int(sent[j]), int(sent[i])))
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)
