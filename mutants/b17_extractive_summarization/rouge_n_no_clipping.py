# replaces: rouge_n
# target: test_rouge_n
# why: every candidate n-gram that occurs in the reference counts, however often it repeats
def rouge_n(candidate, reference, n):
    cand = [tuple(candidate[i:i + n]) for i in range(len(candidate) - n + 1)]
    ref = [tuple(reference[i:i + n]) for i in range(len(reference) - n + 1)]
    ref_set = set(ref)
    overlap = sum(1 for g in cand if g in ref_set)
    precision = overlap / max(len(cand), 1)
    recall = min(overlap / max(len(ref), 1), 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return (float(precision), float(recall), float(f1))
