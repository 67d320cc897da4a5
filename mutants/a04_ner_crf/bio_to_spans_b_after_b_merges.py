# replaces: bio_to_spans
# target: test_bio_to_spans
# why: a B- of the same type right after an entity is read as its continuation (two adjacent entities merge)
def bio_to_spans(tags):
    spans = []
    start, etype = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, kind = ("O", None) if tag == "O" else (tag[0], tag[2:])
        if start is not None and (prefix == "O" or kind != etype):
            spans.append((etype, start, i))
            start = None
        if start is None and prefix in ("B", "I"):
            start, etype = i, kind
    return spans
