# replaces: tfidf_matrix
# target: test_tfidf_matrix
# why: any norm other than None is treated as "l2", so norm="l1" is silently wrong
def tfidf_matrix(counts, idf=None, norm="l2", sublinear_tf=False):
    X = sp.csr_matrix(counts, dtype=np.float64, copy=True)
    if sublinear_tf:
        X.data = 1.0 + np.log(X.data)
    if idf is not None:
        X.data *= np.asarray(idf, dtype=np.float64)[X.indices]
    if norm:
        row_norm = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        row_norm[row_norm == 0.0] = 1.0
        X = sp.csr_matrix(sp.diags(1.0 / row_norm) @ X)
    return X
