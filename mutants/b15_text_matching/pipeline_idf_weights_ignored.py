# replaces: match_pipeline
# target: test_match_pipeline
# why: "w2v_idf" falls through to the plain mean: the weights are never passed on
def match_pipeline(val_pairs, test_pairs, method, vocab=None, idf=None, kv=None):
    def score(ta, tb):
        if method == "jaccard":
            return jaccard_similarity(ta, tb)
        if method == "tfidf":
            return tfidf_cosine(ta, tb, vocab, idf)
        return vector_cosine(avg_word_vector(ta, kv), avg_word_vector(tb, kv))

    def scored(pairs):
        s = np.array([score(content_tokens(a), content_tokens(b)) for a, b, _ in pairs], dtype=np.float64)
        return s, np.array([y for *_, y in pairs], dtype=np.int64)

    val_scores, val_labels = scored(val_pairs)
    test_scores, test_labels = scored(test_pairs)
    threshold = choose_threshold(val_scores, val_labels)
    accuracy, auc = accuracy_and_auc(test_scores, test_labels, threshold)
    return {"threshold": threshold, "val_scores": val_scores, "test_scores": test_scores,
            "test_pred": (test_scores >= threshold).astype(np.int64), "accuracy": accuracy, "auc": auc}
