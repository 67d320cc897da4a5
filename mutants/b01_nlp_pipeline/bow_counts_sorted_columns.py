# replaces: bow_counts
# target: test_bow_counts
# why: columns in alphabetical token order (like a fitted CountVectorizer) instead of vocab ids
from collections import Counter

import numpy as np
import scipy.sparse as sp


def bow_counts(docs, vocab):
    col = {t: j for j, t in enumerate(sorted(vocab))}
    indptr, indices, values = [0], [], []
    for doc in docs:
        c = Counter(col[t] for t in doc if t in col)
        for j in sorted(c):
            indices.append(j)
            values.append(c[j])
        indptr.append(len(indices))
    return sp.csr_matrix((np.array(values, dtype=np.int64), np.array(indices, dtype=np.int64),
                          np.array(indptr, dtype=np.int64)), shape=(len(docs), len(vocab)))
