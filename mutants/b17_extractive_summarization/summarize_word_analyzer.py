# replaces: summarize
# target: test_summarize
# why: TfidfVectorizer's default word analyzer: a Chinese sentence without spaces is one 'word'
def summarize(document, method, k):
    sentences = cut_sentences(document)
    if method not in ("lead", "textrank", "kmeans"):
        raise ValueError(method)
    if k >= len(sentences):
        return sentences
    if method == "lead":
        return sentences[:k]
    texts = ["".join(char_tokens(s)) for s in sentences]
    X = TfidfVectorizer().fit_transform(texts)
    if method == "textrank":
        scores = np.round(textrank_sentence_scores((X @ X.T).toarray()), 9)
        chosen = sorted(sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:k])
    else:
        chosen = kmeans_select_sentences(X.toarray(), k, seed=0)
    return [sentences[i] for i in chosen]
