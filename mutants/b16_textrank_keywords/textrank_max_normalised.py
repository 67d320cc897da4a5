# replaces: textrank_keywords
# target: test_textrank_keywords
# why: rescales the scores so that the best word gets 1.0 (as jieba reports them) instead of returning PageRank scores
def textrank_keywords(text_or_tokens, topk=10, window=5, allow_pos=("ns", "n", "vn", "v"), stopwords=frozenset(), d=0.85):
    if isinstance(text_or_tokens, str):
        tagged = [(p.word, p.flag) for p in jieba.posseg.lcut(text_or_tokens)]
    else:
        tagged = list(text_or_tokens)
    nodes, W = word_cooccurrence_graph(tagged, window, allow_pos, stopwords)
    scores, _ = pagerank_power(W, d, tol=1e-6, max_iter=1000)
    if len(scores):
        scores = scores / scores.max()
    ranked = sorted(zip(nodes, scores.tolist(), strict=True), key=lambda t: (-round(t[1], 10), t[0]))
    return ranked if topk is None else ranked[:topk]
