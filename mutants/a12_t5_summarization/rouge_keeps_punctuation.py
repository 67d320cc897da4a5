# replaces: char_rouge
# target: test_char_rouge
# why: every non-space character is a token, punctuation included
def char_rouge(candidate: str, reference: str) -> dict:
    """ROUGE-1, ROUGE-2 and ROUGE-L (precision, recall, f1) on the isalnum characters of two texts."""
    cand = [c for c in candidate if not c.isspace()]
    ref = [c for c in reference if not c.isspace()]

    def prf(overlap, n_cand, n_ref):
        p, r = overlap / max(n_cand, 1), overlap / max(n_ref, 1)
        return (float(p), float(r), float(2 * p * r / (p + r)) if p + r > 0 else 0.0)

    out = {}
    for n in (1, 2):
        cg = Counter(tuple(cand[i : i + n]) for i in range(len(cand) - n + 1))
        rg = Counter(tuple(ref[i : i + n]) for i in range(len(ref) - n + 1))
        overlap = sum(min(count, rg[g]) for g, count in cg.items())
        out[f"rouge{n}"] = prf(overlap, sum(cg.values()), sum(rg.values()))
    if not cand or not ref:
        out["rougeL"] = (0.0, 0.0, 0.0)
    else:
        prev = [0] * (len(cand) + 1)
        for r in ref:
            cur = [0]
            for j, c in enumerate(cand, start=1):
                cur.append(prev[j - 1] + 1 if r == c else max(prev[j], cur[j - 1]))
            prev = cur
        out["rougeL"] = prf(prev[-1], len(cand), len(ref))
    return out
