# replaces: nearest_neighbours
# target: test_nearest_neighbours
# why: the query word itself (similarity 1.0) is not excluded
import numpy as np


def nearest_neighbours(query, words, vectors, k):
    q = words.index(query) if query in words else None
    if q is None:
        raise KeyError(query)
    M = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(M, axis=1)
    denom = norms * norms[q]
    dots = M @ M[q]
    sims = np.divide(dots, denom, out=np.zeros_like(dots), where=denom > 0)
    order = np.argsort(-sims, kind="stable")[:k]
    return [(words[i], float(sims[i])) for i in order]
