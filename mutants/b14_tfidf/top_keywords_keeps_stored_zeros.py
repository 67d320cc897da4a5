# replaces: top_keywords
# target: test_top_keywords
# why: ranks every stored entry of the CSR row, so an explicitly stored 0.0 can become a keyword
def top_keywords(weights, terms, k):
    X = sp.csr_matrix(weights)
    out = []
    for i in range(X.shape[0]):
        lo, hi = X.indptr[i], X.indptr[i + 1]
        pairs = [(terms[j], float(w)) for j, w in zip(X.indices[lo:hi], X.data[lo:hi], strict=True)]
        pairs.sort(key=lambda p: (-p[1], p[0]))
        out.append(pairs[:k])
    return out
