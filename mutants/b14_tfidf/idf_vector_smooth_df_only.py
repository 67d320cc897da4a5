# replaces: idf_vector
# target: test_idf_vector
# why: smoothing adds 1 to df only, not to the number of documents
def idf_vector(df, n_docs, smooth_idf=True):
    df = np.asarray(df, dtype=np.float64)
    if smooth_idf:
        return np.log(n_docs / (df + 1.0)) + 1.0
    if np.any(df == 0):
        raise ValueError("df = 0 without smoothing")
    return np.log(n_docs / df) + 1.0
