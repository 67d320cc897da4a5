# replaces: ngram_f1
# target: test_ngram_f1
# why: compares the sets of distinct n-grams, so repeated n-grams count once on both sides
def ngram_f1(candidate, reference, n):
    cand = {tuple(list(candidate)[i : i + n]) for i in range(len(candidate) - n + 1)}
    ref = {tuple(list(reference)[i : i + n]) for i in range(len(reference) - n + 1)}
    matches = len(cand & ref)
    if matches == 0:
        return 0.0
    precision, recall = matches / len(cand), matches / len(ref)
    return 2 * precision * recall / (precision + recall)
