# replaces: cosine_similarity_matrix
# target: test_cosine_similarity_matrix
# why: computes in the input dtype, so float32 input returns float32 (stated: float64)
import numpy as np


def cosine_similarity_matrix(A, B=None):
    A = np.asarray(A)
    B = A if B is None else np.asarray(B)

    def unit(M):
        norms = np.linalg.norm(M, axis=1, keepdims=True)
        return np.divide(M, norms, out=np.zeros_like(M), where=norms > 0)

    return unit(A) @ unit(B).T
