# replaces: tfidf_matrix
# target: test_tfidf_matrix
# why: normalises each column (axis 0, a term across documents) instead of each row (a document)
def tfidf_matrix(counts, idf=None, norm="l2", sublinear_tf=False):
    X = sp.csr_matrix(counts, dtype=np.float64, copy=True)
    if sublinear_tf:
        X.data = 1.0 + np.log(X.data)
    if idf is not None:
        X.data *= np.asarray(idf, dtype=np.float64)[X.indices]
    if norm is not None:
        if norm == "l2":
            col_norm = np.sqrt(np.asarray(X.multiply(X).sum(axis=0)).ravel())
        else:
            col_norm = np.asarray(abs(X).sum(axis=0)).ravel()
        col_norm[col_norm == 0.0] = 1.0
        X = sp.csr_matrix(X @ sp.diags(1.0 / col_norm))
    return X
