# replaces: textrank_keywords
# target: test_textrank_keywords
# why: segments raw text with jieba.lcut and tags every word as a noun, so the POS filter does nothing
def textrank_keywords(text_or_tokens, topk=10, window=5, allow_pos=("ns", "n", "vn", "v"), stopwords=frozenset(), d=0.85):
    if isinstance(text_or_tokens, str):
        tagged = [(w, "n") for w in jieba.lcut(text_or_tokens) if w.strip()]
    else:
        tagged = list(text_or_tokens)
    nodes, W = word_cooccurrence_graph(tagged, window, allow_pos, stopwords)
    scores, _ = pagerank_power(W, d, tol=1e-6, max_iter=1000)
    ranked = sorted(zip(nodes, scores.tolist(), strict=True), key=lambda t: (-round(t[1], 10), t[0]))
    return ranked if topk is None else ranked[:topk]
