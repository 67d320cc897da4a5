# replaces: avg_word_vector
# target: test_avg_word_vector
# why: averages over the set of tokens, so a repeated word counts once
def avg_word_vector(tokens, kv, weights=None):
    kept = [t for t in dict.fromkeys(tokens) if t in kv and (weights is None or t in weights)]
    if not kept:
        return np.zeros(kv.vector_size, dtype=np.float32)
    w = np.array([1.0 if weights is None else weights[t] for t in kept])
    vecs = np.array([kv[t] for t in kept], dtype=np.float64)
    return ((w[:, None] * vecs).sum(axis=0) / w.sum()).astype(np.float32)
