# replaces: span_prf1
# target: test_span_prf1
# why: averages P and R per sentence (macro) instead of summing counts over the corpus (micro)
def to_spans(words):
    spans, start = set(), 0
    for w in words:
        spans.add((start, start + len(w)))
        start += len(w)
    return spans


def span_prf1(gold, pred):
    if len(gold) != len(pred):
        raise ValueError("different number of sentences")
    ps, rs = [], []
    for g, p in zip(gold, pred, strict=True):
        if "".join(g) != "".join(p):
            raise ValueError("texts differ")
        correct = len(to_spans(g) & to_spans(p))
        ps.append(correct / len(p) if p else 0.0)
        rs.append(correct / len(g) if g else 0.0)
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
