# replaces: avg_word_vector
# target: test_avg_word_vector
# why: a known token missing from the weights gets weight 1 instead of being skipped
def avg_word_vector(tokens, kv, weights=None):
    kept = [t for t in tokens if t in kv]
    if not kept:
        return np.zeros(kv.vector_size, dtype=np.float32)
    w = np.array([1.0 if weights is None else weights.get(t, 1.0) for t in kept])
    vecs = np.array([kv[t] for t in kept], dtype=np.float64)
    return ((w[:, None] * vecs).sum(axis=0) / w.sum()).astype(np.float32)
