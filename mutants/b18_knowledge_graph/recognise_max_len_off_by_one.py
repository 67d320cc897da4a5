# replaces: recognise_entities
# target: test_recognise_entities
# why: off by one in the window, mentions of the longest length are never tried
def recognise_entities(text, mention_table):
    if not mention_table:
        return []
    max_len = max(len(m) for m in mention_table)
    spans = []
    i = 0
    while i < len(text):
        for length in range(min(max_len - 1, len(text) - i), 0, -1):
            entity = mention_table.get(text[i:i + length])
            if entity is not None:
                spans.append((i, i + length, entity))
                i += length
                break
        else:
            i += 1
    return spans
