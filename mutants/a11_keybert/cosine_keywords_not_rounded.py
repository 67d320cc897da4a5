# replaces: cosine_keywords
# target: test_cosine_keywords
# why: returns the cosine as a NumPy scalar, not rounded to 4 decimals
def cosine_keywords(doc_embedding, word_embeddings, words, top_n=5):
    if len(words) == 0:
        return []
    sims = cosine_similarity(np.asarray(doc_embedding).reshape(1, -1), np.asarray(word_embeddings))[
        0
    ]
    order = np.argsort(-sims, kind="stable")[:top_n]
    return [(words[i], sims[i]) for i in order]
