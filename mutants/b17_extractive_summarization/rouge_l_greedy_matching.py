# replaces: rouge_l
# target: test_rouge_l
# why: matches candidate tokens greedily from left to right instead of solving the LCS
def rouge_l(candidate, reference):
    if not candidate or not reference:
        return (0.0, 0.0, 0.0)
    lcs, start = 0, 0
    for c in candidate:
        for j in range(start, len(reference)):
            if reference[j] == c:
                lcs += 1
                start = j + 1
                break
    precision, recall = lcs / len(candidate), lcs / len(reference)
    f1 = 2 * precision * recall / (precision + recall) if lcs else 0.0
    return (float(precision), float(recall), float(f1))
