# replaces: tfidf_matrix
# target: test_tfidf_matrix
# why: divides by the row norm even when it is 0 (warnings silenced), so an empty document becomes nan
def tfidf_matrix(counts, idf=None, norm="l2", sublinear_tf=False):
    X = np.asarray(counts.toarray(), dtype=np.float64)
    if sublinear_tf:
        X = np.where(X > 0, 1.0 + np.log(np.where(X > 0, X, 1.0)), 0.0)
    if idf is not None:
        X = X * np.asarray(idf, dtype=np.float64)[None, :]
    if norm is not None:
        row_norm = np.sqrt((X ** 2).sum(axis=1)) if norm == "l2" else np.abs(X).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            X = X / row_norm[:, None]
    return sp.csr_matrix(X)
