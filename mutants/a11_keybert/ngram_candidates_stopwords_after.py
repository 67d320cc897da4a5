# replaces: ngram_candidates
# target: test_ngram_candidates
# why: n-grams taken over the original text, then those containing a stop word dropped (not sklearn's rule)
def ngram_candidates(tokens, ngram_range=(1, 1), stop_words=()):
    stop = set(stop_words)
    grams = set()
    for n in range(ngram_range[0], ngram_range[1] + 1):
        for i in range(len(tokens) - n + 1):
            window = tokens[i : i + n]
            if not any(t in stop for t in window):
                grams.add(" ".join(window))
    return sorted(grams)
