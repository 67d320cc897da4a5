# replaces: nearest_neighbours
# target: test_nearest_neighbours
# why: assumes the best hit is always the query itself and drops position 0 of the ranking
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
    order = np.argsort(-sims, kind="stable")[1 : k + 1]
    return [(words[i], float(sims[i])) for i in order]
