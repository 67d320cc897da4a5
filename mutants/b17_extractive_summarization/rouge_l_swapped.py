# replaces: rouge_l
# target: test_rouge_l
# why: precision and recall divided by the wrong lengths
def rouge_l(candidate, reference):
    if not candidate or not reference:
        return (0.0, 0.0, 0.0)
    prev = [0] * (len(candidate) + 1)
    for r in reference:
        cur = [0]
        for j, c in enumerate(candidate, start=1):
            cur.append(prev[j - 1] + 1 if r == c else max(prev[j], cur[j - 1]))
        prev = cur
    lcs = prev[-1]
    precision, recall = lcs / len(reference), lcs / len(candidate)
    f1 = 2 * precision * recall / (precision + recall) if lcs else 0.0
    return (float(precision), float(recall), float(f1))
