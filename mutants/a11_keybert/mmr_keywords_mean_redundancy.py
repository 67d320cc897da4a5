# replaces: mmr_keywords
# target: test_mmr_keywords
# why: redundancy is the mean similarity to the chosen words instead of the maximum
def mmr_keywords(doc_embedding, word_embeddings, words, top_n=5, diversity=0.5):
    if len(words) == 0:
        return []
    E = np.asarray(word_embeddings)
    to_doc = cosine_similarity(E, np.asarray(doc_embedding).reshape(1, -1))[:, 0]
    between = cosine_similarity(E)
    chosen = [int(np.argmax(to_doc))]
    rest = [i for i in range(len(words)) if i != chosen[0]]
    for _ in range(min(top_n, len(words)) - 1):
        redundancy = between[np.ix_(rest, chosen)].mean(axis=1)
        score = (1 - diversity) * to_doc[rest] - diversity * redundancy
        best = rest[int(np.argmax(score))]
        chosen.append(best)
        rest.remove(best)
    return sorted(
        [(words[i], round(float(to_doc[i]), 4)) for i in chosen], key=lambda kw: kw[1], reverse=True
    )
