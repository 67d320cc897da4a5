# replaces: avg_word_vector
# target: test_avg_word_vector
# why: unknown tokens are averaged in as zero vectors (divides by every token, known or not)
def avg_word_vector(tokens, kv, weights=None):
    total = np.zeros(kv.vector_size, dtype=np.float64)
    weight_sum = 0.0
    for t in tokens:
        w = 1.0 if weights is None else float(weights.get(t, 1.0))
        if t in kv and (weights is None or t in weights):
            total += w * np.asarray(kv[t], dtype=np.float64)
        weight_sum += w
    if weight_sum > 0:
        total /= weight_sum
    return total.astype(np.float32)
