# replaces: cosine_keywords
# target: test_cosine_keywords
# why: divides by the norms by hand: a zero vector gives NaN, and NaN sorts first
def cosine_keywords(doc_embedding, word_embeddings, words, top_n=5):
    if len(words) == 0:
        return []
    E = np.asarray(word_embeddings, dtype=float)
    d = np.asarray(doc_embedding, dtype=float).reshape(-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        sims = E @ d / (np.linalg.norm(E, axis=1) * np.linalg.norm(d))
    order = np.argsort(-sims, kind="stable")[:top_n]
    return [(words[i], round(float(sims[i]), 4)) for i in order]
