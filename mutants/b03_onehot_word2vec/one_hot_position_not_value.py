# replaces: one_hot
# target: test_one_hot
# why: uses the word's position in the dict (insertion order) instead of its index value
import numpy as np


def one_hot(tokens, vocab):
    position = {w: i for i, w in enumerate(vocab)}
    out = np.zeros((len(tokens), len(vocab)), dtype=np.float32)
    for row, token in enumerate(tokens):
        if token in position:
            out[row, position[token]] = 1.0
    return out
