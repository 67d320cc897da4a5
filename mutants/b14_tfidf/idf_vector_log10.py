# replaces: idf_vector
# target: test_idf_vector
# why: base-10 logarithm; sklearn uses the natural log
def idf_vector(df, n_docs, smooth_idf=True):
    df = np.asarray(df, dtype=np.float64)
    if smooth_idf:
        return np.log10((n_docs + 1.0) / (df + 1.0)) + 1.0
    if np.any(df == 0):
        raise ValueError("df = 0 without smoothing")
    return np.log10(n_docs / df) + 1.0
