# replaces: skipgram_pairs
# target: test_skipgram_pairs
# why: concatenates all sentences into one stream, so windows cross sentence boundaries
import numpy as np


def skipgram_pairs(sentences, window):
    stream = [int(w) for sent in sentences for w in sent]
    n = len(stream)
    pairs = []
    for i in range(n):
        for j in range(max(0, i - window), min(n, i + window + 1)):
            if j != i:
                pairs.append((stream[i], stream[j]))
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)
