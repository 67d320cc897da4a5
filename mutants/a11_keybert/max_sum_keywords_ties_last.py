# replaces: max_sum_keywords
# target: test_max_sum_keywords
# why: updates on <= : among subsets of equal cost the last enumerated wins
def max_sum_keywords(doc_embedding, word_embeddings, words, top_n=5, nr_candidates=20):
    if nr_candidates < top_n:
        raise ValueError("nr_candidates must be at least top_n")
    if top_n > len(words):
        return []
    E = np.asarray(word_embeddings)
    to_doc = cosine_similarity(np.asarray(doc_embedding).reshape(1, -1), E)[0]
    pool = np.argsort(to_doc, kind="stable")[-nr_candidates:]
    between = cosine_similarity(E[pool])
    best, best_cost = None, np.inf
    for combo in itertools.combinations(range(len(pool)), top_n):
        cost = sum(between[i, j] for i in combo for j in combo if i != j)
        if cost <= best_cost:
            best, best_cost = combo, cost
    return [(words[pool[i]], round(float(to_doc[pool[i]]), 4)) for i in best]
