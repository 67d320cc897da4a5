# replaces: build_graph_tables
# target: test_build_graph_tables
# why: deduplicates the triples first, so every edge has weight 1
def build_graph_tables(triples, entity_types, min_weight=1):
    edges = {tuple(t): 1 for t in triples}
    edges = {t: w for t, w in edges.items() if w >= min_weight}
    nodes = {}
    for head, _, tail in edges:
        for name in (head, tail):
            nodes[name] = entity_types.get(name, "其他")
    return nodes, edges
