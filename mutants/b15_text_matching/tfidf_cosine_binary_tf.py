# replaces: tfidf_cosine
# target: test_tfidf_cosine
# why: works on the token sets, so a repeated word counts once (tf forgotten)
def tfidf_cosine(a, b, vocab, idf, sublinear_tf=False):
    x = {vocab[t]: float(idf[vocab[t]]) for t in set(a) if t in vocab}
    y = {vocab[t]: float(idf[vocab[t]]) for t in set(b) if t in vocab}
    nx = np.sqrt(sum(v * v for v in x.values()))
    ny = np.sqrt(sum(v * v for v in y.values()))
    if nx == 0.0 or ny == 0.0:
        return 0.0
    return float(sum(v * y[j] for j, v in x.items() if j in y) / (nx * ny))
