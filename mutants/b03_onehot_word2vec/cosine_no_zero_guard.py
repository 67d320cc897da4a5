# replaces: cosine_similarity_matrix
# target: test_cosine_similarity_matrix
# why: plain division: zero vectors give nan (0/0) instead of similarity 0
import numpy as np


def cosine_similarity_matrix(A, B=None):
    A = np.asarray(A, dtype=np.float64)
    B = A if B is None else np.asarray(B, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        na = np.linalg.norm(A, axis=1, keepdims=True)
        nb = np.linalg.norm(B, axis=1, keepdims=True)
        return (A @ B.T) / (na * nb.T)
