# replaces: nearest_neighbours
# target: test_nearest_neighbours
# why: argsort ascending then reversed: ties come out with the larger index first
import numpy as np


def nearest_neighbours(query, words, vectors, k):
    if query not in words:
        raise KeyError(query)
    q = words.index(query)
    M = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(M, axis=1)
    denom = norms * norms[q]
    dots = M @ M[q]
    sims = np.divide(dots, denom, out=np.zeros_like(dots), where=denom > 0)
    order = [i for i in np.argsort(sims, kind="stable")[::-1] if i != q]
    return [(words[i], float(sims[i])) for i in order[:k]]
