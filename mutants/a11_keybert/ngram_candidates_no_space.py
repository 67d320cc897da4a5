# replaces: ngram_candidates
# target: test_ngram_candidates
# why: joins the words of an n-gram without a space (natural for Chinese, but not CountVectorizer's vocabulary)
def ngram_candidates(tokens, ngram_range=(1, 1), stop_words=()):
    stop = set(stop_words)
    kept = [t for t in tokens if t not in stop]
    grams = set()
    for n in range(ngram_range[0], ngram_range[1] + 1):
        for i in range(len(kept) - n + 1):
            grams.add("".join(kept[i : i + n]))
    return sorted(grams)
