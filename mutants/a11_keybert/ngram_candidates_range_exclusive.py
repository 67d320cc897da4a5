# replaces: ngram_candidates
# target: test_ngram_candidates
# why: treats ngram_range like Python's range: the upper length is left out
def ngram_candidates(tokens, ngram_range=(1, 1), stop_words=()):
    stop = set(stop_words)
    kept = [t for t in tokens if t not in stop]
    lo, hi = ngram_range
    grams = set()
    for n in range(lo, max(hi, lo + 1)):
        for i in range(len(kept) - n + 1):
            grams.add(" ".join(kept[i : i + n]))
    return sorted(grams)
