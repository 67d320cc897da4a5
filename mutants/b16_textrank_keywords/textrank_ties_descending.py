# replaces: textrank_keywords
# target: test_textrank_keywords
# why: sorts (score, word) pairs in reverse, so tied words come in descending order
def textrank_keywords(text_or_tokens, topk=10, window=5, allow_pos=("ns", "n", "vn", "v"), stopwords=frozenset(), d=0.85):
    if isinstance(text_or_tokens, str):
        tagged = [(p.word, p.flag) for p in jieba.posseg.lcut(text_or_tokens)]
    else:
        tagged = list(text_or_tokens)
    nodes, W = word_cooccurrence_graph(tagged, window, allow_pos, stopwords)
    scores, _ = pagerank_power(W, d, tol=1e-6, max_iter=1000)
    ranked = sorted(((round(s, 10), w) for w, s in zip(nodes, scores.tolist(), strict=True)), reverse=True)
    out = [(w, float(s)) for s, w in ranked]
    return out if topk is None else out[:topk]
