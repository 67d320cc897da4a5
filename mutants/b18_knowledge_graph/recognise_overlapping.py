# replaces: recognise_entities
# target: test_recognise_entities
# why: after a match the scan moves on by one character, so spans overlap (张飞 and 飞将军)
def recognise_entities(text, mention_table):
    if not mention_table:
        return []
    max_len = max(len(m) for m in mention_table)
    spans = []
    for i in range(len(text)):
        for length in range(min(max_len, len(text) - i), 0, -1):
            entity = mention_table.get(text[i:i + length])
            if entity is not None:
                spans.append((i, i + length, entity))
                break
    return spans
