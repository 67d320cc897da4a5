# replaces: top_keywords
# target: test_top_keywords
# why: sorted by (weight, term) in reverse, so equal weights go by term descending
def top_keywords(weights, terms, k):
    X = sp.csr_matrix(weights)
    out = []
    for i in range(X.shape[0]):
        row = X.getrow(i)
        pairs = [(terms[j], float(w)) for j, w in zip(row.indices, row.data, strict=True) if w > 0]
        pairs.sort(key=lambda p: (p[1], p[0]), reverse=True)
        out.append(pairs[:k])
    return out
