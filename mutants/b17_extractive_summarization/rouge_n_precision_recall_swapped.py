# replaces: rouge_n
# target: test_rouge_n
# why: divides by the reference length for precision and by the candidate length for recall
def rouge_n(candidate, reference, n):
    cand = Counter(tuple(candidate[i:i + n]) for i in range(len(candidate) - n + 1))
    ref = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n + 1))
    overlap = sum(min(c, ref[g]) for g, c in cand.items())
    recall = overlap / max(sum(cand.values()), 1)
    precision = overlap / max(sum(ref.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return (float(precision), float(recall), float(f1))
