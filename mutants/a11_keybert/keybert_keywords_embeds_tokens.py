# replaces: keybert_keywords
# target: test_keybert_keywords
# why: embeds the tokenized document (what tokenize kept, joined by spaces) instead of the raw text
def keybert_keywords(
    doc,
    embed,
    tokenize,
    ngram_range=(1, 1),
    stop_words=(),
    top_n=5,
    method="cosine",
    diversity=0.5,
    nr_candidates=20,
):
    if method not in ("cosine", "mmr", "maxsum"):
        raise ValueError(f"unknown method {method!r}")
    tokens = tokenize(doc)
    words = ngram_candidates(tokens, ngram_range, stop_words)
    if not words:
        return []
    doc_embedding = np.asarray(embed([" ".join(tokens)]))
    word_embeddings = np.asarray(embed(words))
    if method == "mmr":
        return mmr_keywords(doc_embedding, word_embeddings, words, top_n, diversity)
    if method == "maxsum":
        return max_sum_keywords(doc_embedding, word_embeddings, words, top_n, nr_candidates)
    return cosine_keywords(doc_embedding, word_embeddings, words, top_n)
