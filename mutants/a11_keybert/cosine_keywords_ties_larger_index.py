# replaces: cosine_keywords
# target: test_cosine_keywords
# why: keybert's argsort()[-top_n:][::-1] with a stable sort: among equal cosines the larger index comes first
def cosine_keywords(doc_embedding, word_embeddings, words, top_n=5):
    if len(words) == 0:
        return []
    sims = cosine_similarity(np.asarray(doc_embedding).reshape(1, -1), np.asarray(word_embeddings))[
        0
    ]
    order = np.argsort(sims, kind="stable")[::-1][:top_n]
    return [(words[i], round(float(sims[i]), 4)) for i in order]
