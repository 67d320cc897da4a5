# replaces: top_keywords
# target: test_top_keywords
# why: weights left as numpy.float64 scalars instead of Python floats
def top_keywords(weights, terms, k):
    X = sp.csr_matrix(weights)
    out = []
    for i in range(X.shape[0]):
        row = X.getrow(i)
        pairs = [(terms[j], w) for j, w in zip(row.indices, row.data, strict=True) if w > 0]
        pairs.sort(key=lambda p: (-p[1], p[0]))
        out.append(pairs[:k])
    return out
