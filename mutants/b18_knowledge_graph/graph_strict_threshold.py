# replaces: build_graph_tables
# target: test_build_graph_tables
# why: keeps weight > min_weight instead of >=
def build_graph_tables(triples, entity_types, min_weight=1):
    counts = {}
    for head, relation, tail in triples:
        counts[(head, relation, tail)] = counts.get((head, relation, tail), 0) + 1
    edges = {t: w for t, w in counts.items() if w > min_weight}
    nodes = {}
    for head, _, tail in edges:
        for name in (head, tail):
            nodes[name] = entity_types.get(name, "其他")
    return nodes, edges
