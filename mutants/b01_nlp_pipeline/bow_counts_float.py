# replaces: bow_counts
# target: test_bow_counts
# why: builds the matrix with float64 values (the default of many sparse constructors)
from collections import Counter

import numpy as np
import scipy.sparse as sp


def bow_counts(docs, vocab):
    rows, cols, vals = [], [], []
    for i, doc in enumerate(docs):
        for j, n in Counter(vocab[t] for t in doc if t in vocab).items():
            rows.append(i)
            cols.append(j)
            vals.append(float(n))
    return sp.coo_matrix((np.array(vals, dtype=np.float64), (rows, cols)),
                         shape=(len(docs), len(vocab))).tocsr()
