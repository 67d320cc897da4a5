# replaces: skipgram_pairs
# target: test_skipgram_pairs
# why: off-by-one upper bound: range(..., i + window) drops the right-most context word
import numpy as np


def skipgram_pairs(sentences, window):
    pairs = []
    for sent in sentences:
        n = len(sent)
        for i in range(n):
            for j in range(max(0, i - window), min(n, i + window)):
                if j != i:
                    pairs.append((int(sent[i]), int(sent[j])))
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)
