# replaces: extract_pattern_triples
# target: test_extract_pattern_triples
# why: re.search accepts a connector anywhere in the in-between text (遣 inside 遣人见)
def extract_pattern_triples(clause, spans, patterns):
    triples = []
    for (_, end_left, left), (start_right, _, right) in zip(spans, spans[1:], strict=False):
        if left == right:
            continue
        between = clause[end_left:start_right]
        for relation, connector, direction in patterns:
            if re.search(connector, between):
                triples.append((left, relation, right) if direction == 1 else (right, relation, left))
                break
    return triples
