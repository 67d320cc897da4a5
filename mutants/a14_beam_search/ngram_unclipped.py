# replaces: ngram_f1
# target: test_ngram_f1
# why: counts every candidate n-gram that occurs in the reference, without clipping to the reference count
def ngram_f1(candidate, reference, n):
    cand = [tuple(list(candidate)[i : i + n]) for i in range(len(candidate) - n + 1)]
    ref = [tuple(list(reference)[i : i + n]) for i in range(len(reference) - n + 1)]
    matches = sum(1 for g in cand if g in ref)
    if matches == 0:
        return 0.0
    precision, recall = matches / len(cand), min(1.0, matches / len(ref))
    return 2 * precision * recall / (precision + recall)
