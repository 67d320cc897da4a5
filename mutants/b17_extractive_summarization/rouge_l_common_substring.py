# replaces: rouge_l
# target: test_rouge_l
# why: longest common substring (contiguous) instead of subsequence
def rouge_l(candidate, reference):
    if not candidate or not reference:
        return (0.0, 0.0, 0.0)
    best = 0
    prev = [0] * (len(candidate) + 1)
    for r in reference:
        cur = [0]
        for j, c in enumerate(candidate, start=1):
            cur.append(prev[j - 1] + 1 if r == c else 0)
        best = max(best, max(cur))
        prev = cur
    precision, recall = best / len(candidate), best / len(reference)
    f1 = 2 * precision * recall / (precision + recall) if best else 0.0
    return (float(precision), float(recall), float(f1))
