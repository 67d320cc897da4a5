# replaces: span_prf1
# target: test_span_prf1
# why: no guard for an empty corpus or empty sentences (ZeroDivisionError instead of 0.0)
def to_spans(words):
    spans, start = set(), 0
    for w in words:
        spans.add((start, start + len(w)))
        start += len(w)
    return spans


def span_prf1(gold, pred):
    if len(gold) != len(pred):
        raise ValueError("different number of sentences")
    correct = n_gold = n_pred = 0
    for g, p in zip(gold, pred, strict=True):
        if "".join(g) != "".join(p):
            raise ValueError("texts differ")
        gs, ps = to_spans(g), to_spans(p)
        correct += len(gs & ps)
        n_gold += len(gs)
        n_pred += len(ps)
    precision = correct / n_pred
    recall = correct / n_gold
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
