# replaces: idf_vector
# target: test_idf_vector
# why: copies sklearn and returns inf for df = 0 without smoothing (silenced) instead of raising
def idf_vector(df, n_docs, smooth_idf=True):
    df = np.asarray(df, dtype=np.float64)
    with np.errstate(divide="ignore"):
        return np.log((n_docs + float(smooth_idf)) / (df + float(smooth_idf))) + 1.0
