# replaces: cosine_keywords
# target: test_cosine_keywords
# why: ranks by the raw dot product: long vectors win whatever their direction
def cosine_keywords(doc_embedding, word_embeddings, words, top_n=5):
    if len(words) == 0:
        return []
    scores = np.asarray(word_embeddings) @ np.asarray(doc_embedding).reshape(-1)
    order = np.argsort(-scores, kind="stable")[:top_n]
    return [(words[i], round(float(scores[i]), 4)) for i in order]
