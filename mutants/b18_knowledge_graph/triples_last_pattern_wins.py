# replaces: extract_pattern_triples
# target: test_extract_pattern_triples
# why: keeps overwriting the match, so the last matching pattern wins instead of the first
def extract_pattern_triples(clause, spans, patterns):
    triples = []
    for (_, end_left, left), (start_right, _, right) in zip(spans, spans[1:], strict=False):
        if left == right:
            continue
        between = clause[end_left:start_right]
        found = None
        for relation, connector, direction in patterns:
            if re.fullmatch(connector, between):
                found = (left, relation, right) if direction == 1 else (right, relation, left)
        if found is not None:
            triples.append(found)
    return triples
