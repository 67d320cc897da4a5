# replaces: rouge_l
# target: test_rouge_l
# why: the DP forgets the left neighbour (only T[i-1][j] is carried on a mismatch)
def rouge_l(candidate, reference):
    if not candidate or not reference:
        return (0.0, 0.0, 0.0)
    prev = [0] * (len(candidate) + 1)
    for r in reference:
        cur = [0]
        for j, c in enumerate(candidate, start=1):
            cur.append(prev[j - 1] + 1 if r == c else prev[j])
        prev = cur
    lcs = max(prev)
    precision, recall = lcs / len(candidate), lcs / len(reference)
    f1 = 2 * precision * recall / (precision + recall) if lcs else 0.0
    return (float(precision), float(recall), float(f1))
