# replaces: idf_vector
# target: test_idf_vector
# why: computes in float32, which neither has the stated dtype nor the precision to match sklearn
def idf_vector(df, n_docs, smooth_idf=True):
    df = np.asarray(df, dtype=np.float32)
    if smooth_idf:
        return np.log(np.float32(n_docs + 1) / (df + np.float32(1))) + np.float32(1)
    if np.any(df == 0):
        raise ValueError("df = 0 without smoothing")
    return np.log(np.float32(n_docs) / df) + np.float32(1)
