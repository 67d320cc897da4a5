# replaces: ngram_f1
# target: test_ngram_f1
# why: divides by the sequence length instead of the number of n-grams (len - n + 1)
def ngram_f1(candidate, reference, n):
    def grams(seq):
        seq = list(seq)
        return Counter(tuple(seq[i : i + n]) for i in range(len(seq) - n + 1))

    cand, ref = grams(candidate), grams(reference)
    matches = sum(min(c, ref[g]) for g, c in cand.items())
    if matches == 0:
        return 0.0
    precision, recall = matches / len(candidate), matches / len(reference)
    return 2 * precision * recall / (precision + recall)
