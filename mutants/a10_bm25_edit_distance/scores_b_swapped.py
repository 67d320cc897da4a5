# replaces: bm25_scores
# target: test_bm25_scores
# why: b and 1 - b exchanged in the length normalisation
def bm25_scores(index, query, k1=1.5, b=0.75):
    scores = np.zeros(index["n_docs"], dtype=np.float64)
    length_norm = k1 * (b + (1.0 - b) * index["doc_len"] / index["avgdl"])
    for term in query:
        if term not in index["postings"]:
            continue
        doc_ids, tf = index["postings"][term]
        scores[doc_ids] += index["idf"][term] * (tf * (k1 + 1.0) / (tf + length_norm[doc_ids]))
    return scores
