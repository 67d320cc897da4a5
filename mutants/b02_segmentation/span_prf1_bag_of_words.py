# replaces: span_prf1
# target: test_span_prf1
# why: counts matching words (as a multiset) instead of matching spans, ignoring positions
from collections import Counter


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
        correct += sum((Counter(g) & Counter(p)).values())
        n_gold += len(g)
        n_pred += len(p)
    precision = correct / n_pred if n_pred else 0.0
    recall = correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
