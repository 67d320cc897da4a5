# replaces: entity_prf
# target: test_entity_prf
# why: a predicted span counts as correct when its boundaries match, whatever its type
def entity_prf(y_true, y_pred, entity_type=None):
    gold, pred = set(), set()
    for i, (yt, yp) in enumerate(zip(y_true, y_pred, strict=True)):
        gold |= {
            (i, s[1], s[2]) for s in bio_to_spans(yt) if entity_type is None or s[0] == entity_type
        }
        pred |= {
            (i, s[1], s[2]) for s in bio_to_spans(yp) if entity_type is None or s[0] == entity_type
        }
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return float(p), float(r), float(f)
