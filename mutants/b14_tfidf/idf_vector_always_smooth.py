# replaces: idf_vector
# target: test_idf_vector
# why: ignores smooth_idf=False and always smooths
def idf_vector(df, n_docs, smooth_idf=True):
    df = np.asarray(df, dtype=np.float64)
    if not smooth_idf and np.any(df == 0):
        raise ValueError("df = 0 without smoothing")
    return np.log((n_docs + 1.0) / (df + 1.0)) + 1.0
