# replaces: entity_prf
# target: test_entity_prf
# why: concatenates all sentences into one sequence, so an entity can run across a sentence boundary
def entity_prf(y_true, y_pred, entity_type=None):
    flat_t = [t for s in y_true for t in s]
    flat_p = [t for s in y_pred for t in s]
    gold = {s for s in bio_to_spans(flat_t) if entity_type is None or s[0] == entity_type}
    pred = {s for s in bio_to_spans(flat_p) if entity_type is None or s[0] == entity_type}
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return float(p), float(r), float(f)
