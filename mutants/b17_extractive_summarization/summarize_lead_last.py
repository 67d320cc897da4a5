# replaces: summarize
# target: test_summarize
# why: Lead-k built from sentences split on 。 only (the '！？' and line-break rule of cut_sentences skipped)
def summarize(document, method, k):
    if method not in ("lead", "textrank", "kmeans"):
        raise ValueError(method)
    if method == "lead":
        parts = [p.strip() + "。" for p in document.split("。") if any(c.isalnum() for c in p)]
        return parts[:k]
    sentences = cut_sentences(document)
    if k >= len(sentences):
        return sentences
    texts = ["".join(char_tokens(s)) for s in sentences]
    X = TfidfVectorizer(analyzer="char", ngram_range=(1, 2)).fit_transform(texts)
    if method == "textrank":
        scores = np.round(textrank_sentence_scores((X @ X.T).toarray()), 9)
        chosen = sorted(sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:k])
    else:
        chosen = kmeans_select_sentences(X.toarray(), k, seed=0)
    return [sentences[i] for i in chosen]
