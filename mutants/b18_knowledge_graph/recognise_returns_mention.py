# replaces: recognise_entities
# target: test_recognise_entities
# why: returns the surface mention (刘玄德) instead of the canonical name (刘备)
def recognise_entities(text, mention_table):
    if not mention_table:
        return []
    max_len = max(len(m) for m in mention_table)
    spans = []
    i = 0
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 0, -1):
            mention = text[i:i + length]
            if mention in mention_table:
                spans.append((i, i + length, mention))
                i += length
                break
        else:
            i += 1
    return spans
