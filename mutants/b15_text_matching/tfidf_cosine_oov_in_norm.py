# replaces: tfidf_cosine
# target: test_tfidf_cosine
# why: out-of-vocabulary tokens still add weight 1 to the norm, so unknown words dilute the cosine
def tfidf_cosine(a, b, vocab, idf, sublinear_tf=False):
    def weights(tokens):
        tf, unknown = {}, 0
        for t in tokens:
            if t in vocab:
                tf[vocab[t]] = tf.get(vocab[t], 0) + 1
            else:
                unknown += 1
        w = {j: (1.0 + np.log(c) if sublinear_tf else float(c)) * float(idf[j]) for j, c in tf.items()}
        return w, unknown

    (x, ux), (y, uy) = weights(a), weights(b)
    nx = np.sqrt(sum(v * v for v in x.values()) + ux)
    ny = np.sqrt(sum(v * v for v in y.values()) + uy)
    if nx == 0.0 or ny == 0.0:
        return 0.0
    return float(sum(v * y[j] for j, v in x.items() if j in y) / (nx * ny))
