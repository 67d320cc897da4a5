# replaces: tfidf_cosine
# target: test_tfidf_cosine
# why: sublinear tf written as ln(tf) without the + 1, so a word seen once gets weight 0
def tfidf_cosine(a, b, vocab, idf, sublinear_tf=False):
    def weights(tokens):
        tf = {}
        for t in tokens:
            if t in vocab:
                tf[vocab[t]] = tf.get(vocab[t], 0) + 1
        return {j: (np.log(c) if sublinear_tf else float(c)) * float(idf[j]) for j, c in tf.items()}

    x, y = weights(a), weights(b)
    nx = np.sqrt(sum(v * v for v in x.values()))
    ny = np.sqrt(sum(v * v for v in y.values()))
    if nx == 0.0 or ny == 0.0:
        return 0.0
    return float(sum(v * y[j] for j, v in x.items() if j in y) / (nx * ny))
