# replaces: joint_metrics
# target: test_joint_metrics
# why: an entity is matched by its boundaries alone; a from_city predicted as to_city counts as correct
def joint_metrics(intent_true, intent_pred, tags_true, tags_pred):
    def spans(tags):
        out, start, kind = [], None, None
        for i, tag in enumerate(list(tags) + ["O"]):
            prefix, typ = ("O", None) if tag == "O" else (tag[0], tag[2:])
            if start is not None and (prefix != "I" or typ != kind):
                out.append((start, i))
                start = None
            if prefix == "B" or (prefix == "I" and start is None):
                start, kind = i, typ
        return out

    gold = {(i, *s) for i, tags in enumerate(tags_true) for s in spans(tags)}
    pred = {(i, *s) for i, tags in enumerate(tags_pred) for s in spans(tags)}
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    n = len(intent_true)
    intent_ok = [a == b for a, b in zip(intent_true, intent_pred, strict=True)]
    sentence_ok = [
        ok and list(t) == list(q) for ok, t, q in zip(intent_ok, tags_true, tags_pred, strict=True)
    ]
    return {
        "intent_acc": sum(intent_ok) / n,
        "slot_f1": float(f1),
        "sentence_acc": sum(sentence_ok) / n,
    }
