# replaces: summarize
# target: test_summarize
# why: TextRank sentences returned best first, not in document order
def summarize(document, method, k):
    sentences = cut_sentences(document)
    if method not in ("lead", "textrank", "kmeans"):
        raise ValueError(method)
    if k >= len(sentences):
        return sentences
    if method == "lead":
        return sentences[:k]
    texts = ["".join(char_tokens(s)) for s in sentences]
    X = TfidfVectorizer(analyzer="char", ngram_range=(1, 2)).fit_transform(texts)
    if method == "textrank":
        scores = np.round(textrank_sentence_scores((X @ X.T).toarray()), 9)
        return [sentences[i] for i in sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:k]]
    return [sentences[i] for i in kmeans_select_sentences(X.toarray(), k, seed=0)]
