# replaces: cosine_similarity_matrix
# target: test_cosine_similarity_matrix
# why: divides by the norms of A's rows only, B is left unnormalised
import numpy as np


def cosine_similarity_matrix(A, B=None):
    A = np.asarray(A, dtype=np.float64)
    B = A if B is None else np.asarray(B, dtype=np.float64)
    norms = np.linalg.norm(A, axis=1, keepdims=True)
    Ahat = np.divide(A, norms, out=np.zeros_like(A), where=norms > 0)
    return Ahat @ Ahat.T if B is A else Ahat @ B.T
