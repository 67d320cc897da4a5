# replaces: tfidf_matrix
# target: test_tfidf_matrix
# why: right numbers in a dense ndarray instead of the stated scipy.sparse csr_matrix
def tfidf_matrix(counts, idf=None, norm="l2", sublinear_tf=False):
    X = np.asarray(counts.toarray(), dtype=np.float64)
    if sublinear_tf:
        X = np.where(X > 0, 1.0 + np.log(np.where(X > 0, X, 1.0)), 0.0)
    if idf is not None:
        X = X * np.asarray(idf, dtype=np.float64)[None, :]
    if norm is not None:
        row_norm = np.sqrt((X ** 2).sum(axis=1)) if norm == "l2" else np.abs(X).sum(axis=1)
        row_norm[row_norm == 0.0] = 1.0
        X = X / row_norm[:, None]
    return X
