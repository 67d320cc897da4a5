# replaces: tfidf_cosine
# target: test_tfidf_cosine
# why: the idf is never applied: cosine of raw term counts over the vocabulary
def tfidf_cosine(a, b, vocab, idf, sublinear_tf=False):
    def weights(tokens):
        out = {}
        for t in tokens:
            if t in vocab:
                out[vocab[t]] = out.get(vocab[t], 0.0) + 1.0
        if sublinear_tf:
            out = {j: 1.0 + np.log(c) for j, c in out.items()}
        return out

    x, y = weights(a), weights(b)
    nx = np.sqrt(sum(v * v for v in x.values()))
    ny = np.sqrt(sum(v * v for v in y.values()))
    if nx == 0.0 or ny == 0.0:
        return 0.0
    return float(sum(v * y[j] for j, v in x.items() if j in y) / (nx * ny))
