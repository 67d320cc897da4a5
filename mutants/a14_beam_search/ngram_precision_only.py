# replaces: ngram_f1
# target: test_ngram_f1
# why: returns the clipped precision, not the F1 of precision and recall
def ngram_f1(candidate, reference, n):
    def grams(seq):
        seq = list(seq)
        return Counter(tuple(seq[i : i + n]) for i in range(len(seq) - n + 1))

    cand, ref = grams(candidate), grams(reference)
    matches = sum(min(c, ref[g]) for g, c in cand.items())
    if matches == 0:
        return 0.0
    return matches / sum(cand.values())
