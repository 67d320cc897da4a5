# replaces: nearest_neighbours
# target: test_nearest_neighbours
# why: ranks by the raw dot product (vectors never normalised)
import numpy as np


def nearest_neighbours(query, words, vectors, k):
    if query not in words:
        raise KeyError(query)
    q = words.index(query)
    M = np.asarray(vectors, dtype=np.float64)
    sims = M @ M[q]
    order = [i for i in np.argsort(-sims, kind="stable") if i != q]
    return [(words[i], float(sims[i])) for i in order[:k]]
