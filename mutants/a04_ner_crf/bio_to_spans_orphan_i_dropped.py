# replaces: bio_to_spans
# target: test_bio_to_spans
# why: an I- without a preceding entity is skipped (strict reading), not started as seqeval's default mode does
def bio_to_spans(tags):
    spans = []
    start, etype = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, kind = ("O", None) if tag == "O" else (tag[0], tag[2:])
        if start is not None and (prefix != "I" or kind != etype):
            spans.append((etype, start, i))
            start = None
        if prefix == "B":
            start, etype = i, kind
    return spans
