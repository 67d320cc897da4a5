# replaces: rouge_n
# target: test_rouge_n
# why: sets of n-grams instead of counts (repeated n-grams vanish from both sides)
def rouge_n(candidate, reference, n):
    cand = {tuple(candidate[i:i + n]) for i in range(len(candidate) - n + 1)}
    ref = {tuple(reference[i:i + n]) for i in range(len(reference) - n + 1)}
    overlap = len(cand & ref)
    precision = overlap / max(len(cand), 1)
    recall = overlap / max(len(ref), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return (float(precision), float(recall), float(f1))
