# replaces: recognise_entities
# target: test_recognise_entities
# why: tries lengths from short to long, so 玄德 wins over 刘玄德
def recognise_entities(text, mention_table):
    if not mention_table:
        return []
    max_len = max(len(m) for m in mention_table)
    spans = []
    i = 0
    while i < len(text):
        for length in range(1, min(max_len, len(text) - i) + 1):
            entity = mention_table.get(text[i:i + length])
            if entity is not None:
                spans.append((i, i + length, entity))
                i += length
                break
        else:
            i += 1
    return spans
