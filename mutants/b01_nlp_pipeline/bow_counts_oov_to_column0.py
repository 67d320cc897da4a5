# replaces: bow_counts
# target: test_bow_counts
# why: unknown tokens counted in column 0 via vocab.get(t, 0)
from collections import Counter

import numpy as np
import scipy.sparse as sp


def bow_counts(docs, vocab):
    indptr, indices, values = [0], [], []
    for doc in docs:
        c = Counter(vocab.get(t, 0) for t in doc)
        for j in sorted(c):
            indices.append(j)
            values.append(c[j])
        indptr.append(len(indices))
    return sp.csr_matrix((np.array(values, dtype=np.int64), np.array(indices, dtype=np.int64),
                          np.array(indptr, dtype=np.int64)), shape=(len(docs), len(vocab)))
