# replaces: avg_word_vector
# target: test_avg_word_vector
# why: the weighted sum is divided by the number of tokens, not by the sum of the weights
def avg_word_vector(tokens, kv, weights=None):
    kept = [t for t in tokens if t in kv and (weights is None or t in weights)]
    if not kept:
        return np.zeros(kv.vector_size, dtype=np.float32)
    w = np.array([1.0 if weights is None else weights[t] for t in kept])
    vecs = np.array([kv[t] for t in kept], dtype=np.float64)
    return ((w[:, None] * vecs).sum(axis=0) / len(kept)).astype(np.float32)
