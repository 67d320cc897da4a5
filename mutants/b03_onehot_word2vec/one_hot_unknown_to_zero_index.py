# replaces: one_hot
# target: test_one_hot
# why: unknown tokens mapped to index 0 (vocab.get(token, 0)) instead of an all-zero row
import numpy as np


def one_hot(tokens, vocab):
    out = np.zeros((len(tokens), len(vocab)), dtype=np.float32)
    for row, token in enumerate(tokens):
        out[row, vocab.get(token, 0)] = 1.0
    return out
