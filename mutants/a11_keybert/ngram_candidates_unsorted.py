# replaces: ngram_candidates
# target: test_ngram_candidates
# why: distinct n-grams in order of first appearance, never sorted
def ngram_candidates(tokens, ngram_range=(1, 1), stop_words=()):
    stop = set(stop_words)
    kept = [t for t in tokens if t not in stop]
    grams = []
    for n in range(ngram_range[0], ngram_range[1] + 1):
        for i in range(len(kept) - n + 1):
            gram = " ".join(kept[i : i + n])
            if gram not in grams:
                grams.append(gram)
    return grams
