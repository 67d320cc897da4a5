# replaces: one_hot
# target: test_one_hot
# why: np.eye / np.zeros default dtype float64 instead of the stated float32
import numpy as np


def one_hot(tokens, vocab):
    out = np.zeros((len(tokens), len(vocab)))
    for row, token in enumerate(tokens):
        if token in vocab:
            out[row, vocab[token]] = 1.0
    return out
