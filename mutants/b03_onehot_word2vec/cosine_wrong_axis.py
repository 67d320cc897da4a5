# replaces: cosine_similarity_matrix
# target: test_cosine_similarity_matrix
# why: norms taken over axis 0 (per column) instead of per row
import numpy as np


def cosine_similarity_matrix(A, B=None):
    A = np.asarray(A, dtype=np.float64)
    B = A if B is None else np.asarray(B, dtype=np.float64)

    def unit(M):
        norms = np.linalg.norm(M, axis=0, keepdims=True)
        return np.divide(M, norms, out=np.zeros_like(M), where=norms > 0)

    return unit(A) @ unit(B).T
