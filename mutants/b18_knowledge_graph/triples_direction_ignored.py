# replaces: extract_pattern_triples
# target: test_extract_pattern_triples
# why: ignores direction, so passive sentences (潘凤又被华雄斩了) give (潘凤, 杀, 华雄)
def extract_pattern_triples(clause, spans, patterns):
    triples = []
    for (_, end_left, left), (start_right, _, right) in zip(spans, spans[1:], strict=False):
        if left == right:
            continue
        between = clause[end_left:start_right]
        for relation, connector, _direction in patterns:
            if re.fullmatch(connector, between):
                triples.append((left, relation, right))
                break
    return triples
