# replaces: extract_pattern_triples
# target: test_extract_pattern_triples
# why: tries every pair of spans in the clause, not only adjacent ones
def extract_pattern_triples(clause, spans, patterns):
    triples = []
    for i, (_, end_left, left) in enumerate(spans):
        for start_right, _, right in spans[i + 1:]:
            if left == right:
                continue
            between = clause[end_left:start_right]
            for relation, connector, direction in patterns:
                if re.fullmatch(connector, between):
                    triples.append((left, relation, right) if direction == 1 else (right, relation, left))
                    break
    return triples
