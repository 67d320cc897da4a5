# replaces: bio_to_spans
# target: test_bio_to_spans
# why: copies seqeval's inclusive end instead of the stated exclusive end
def bio_to_spans(tags):
    spans = []
    start, etype = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, kind = ("O", None) if tag == "O" else (tag[0], tag[2:])
        if start is not None and (prefix != "I" or kind != etype):
            spans.append((etype, start, i - 1))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, etype = i, kind
    return spans
