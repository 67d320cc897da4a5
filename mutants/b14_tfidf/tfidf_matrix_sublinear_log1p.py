# replaces: tfidf_matrix
# target: test_tfidf_matrix
# why: sublinear tf computed as ln(1 + tf) instead of 1 + ln(tf)
def tfidf_matrix(counts, idf=None, norm="l2", sublinear_tf=False):
    X = sp.csr_matrix(counts, dtype=np.float64, copy=True)
    if sublinear_tf:
        X.data = np.log1p(X.data)
    if idf is not None:
        X.data *= np.asarray(idf, dtype=np.float64)[X.indices]
    if norm is not None:
        if norm == "l2":
            row_norm = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        else:
            row_norm = np.asarray(abs(X).sum(axis=1)).ravel()
        row_norm[row_norm == 0.0] = 1.0
        X = sp.csr_matrix(sp.diags(1.0 / row_norm) @ X)
    return X
