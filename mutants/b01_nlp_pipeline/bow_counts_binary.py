# replaces: bow_counts
# target: test_bow_counts
# why: counts presence (set of tokens) instead of occurrences
import numpy as np
import scipy.sparse as sp


def bow_counts(docs, vocab):
    indptr, indices = [0], []
    for doc in docs:
        cols = sorted({vocab[t] for t in doc if t in vocab})
        indices.extend(cols)
        indptr.append(len(indices))
    return sp.csr_matrix((np.ones(len(indices), dtype=np.int64), np.array(indices, dtype=np.int64),
                          np.array(indptr, dtype=np.int64)), shape=(len(docs), len(vocab)))
