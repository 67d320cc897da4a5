# replaces: avg_word_vector
# target: test_avg_word_vector
# why: right numbers, but returned as float64 (the stated dtype is float32, like the vectors)
def avg_word_vector(tokens, kv, weights=None):
    kept = [t for t in tokens if t in kv and (weights is None or t in weights)]
    if not kept:
        return np.zeros(kv.vector_size)
    w = np.array([1.0 if weights is None else weights[t] for t in kept])
    vecs = np.array([kv[t] for t in kept], dtype=np.float64)
    return (w[:, None] * vecs).sum(axis=0) / w.sum()
