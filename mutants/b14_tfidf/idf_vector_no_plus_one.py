# replaces: idf_vector
# target: test_idf_vector
# why: the textbook log without sklearn's +1, so a term in every document gets weight 0
def idf_vector(df, n_docs, smooth_idf=True):
    df = np.asarray(df, dtype=np.float64)
    if smooth_idf:
        return np.log((n_docs + 1.0) / (df + 1.0))
    if np.any(df == 0):
        raise ValueError("df = 0 without smoothing")
    return np.log(n_docs / df)
