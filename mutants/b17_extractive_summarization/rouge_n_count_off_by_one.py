# replaces: rouge_n
# target: test_rouge_n
# why: the last n-gram is never formed (range(len - n) instead of range(len - n + 1))
def rouge_n(candidate, reference, n):
    cand = Counter(tuple(candidate[i:i + n]) for i in range(len(candidate) - n))
    ref = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n))
    overlap = sum(min(c, ref[g]) for g, c in cand.items())
    precision = overlap / max(sum(cand.values()), 1)
    recall = overlap / max(sum(ref.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return (float(precision), float(recall), float(f1))
