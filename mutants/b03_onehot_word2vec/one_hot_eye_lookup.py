# replaces: one_hot
# target: test_one_hot
# why: rows of an identity matrix for known tokens only: unknown tokens silently dropped (fewer rows)
import numpy as np


def one_hot(tokens, vocab):
    eye = np.eye(len(vocab), dtype=np.float32)
    rows = [eye[vocab[t]] for t in tokens if t in vocab]
    return np.array(rows, dtype=np.float32).reshape(len(rows), len(vocab))
