# replaces: textrank_keywords
# target: test_textrank_keywords
# why: forgets to pass window and d on, so the graph always uses window 5 and PageRank d = 0.85
def textrank_keywords(text_or_tokens, topk=10, window=5, allow_pos=("ns", "n", "vn", "v"), stopwords=frozenset(), d=0.85):
    if isinstance(text_or_tokens, str):
        tagged = [(p.word, p.flag) for p in jieba.posseg.lcut(text_or_tokens)]
    else:
        tagged = list(text_or_tokens)
    nodes, W = word_cooccurrence_graph(tagged, allow_pos=allow_pos, stopwords=stopwords)
    scores, _ = pagerank_power(W, tol=1e-6, max_iter=1000)
    ranked = sorted(zip(nodes, scores.tolist(), strict=True), key=lambda t: (-round(t[1], 10), t[0]))
    return ranked if topk is None else ranked[:topk]
