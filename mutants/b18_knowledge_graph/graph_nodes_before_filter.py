# replaces: build_graph_tables
# target: test_build_graph_tables
# why: collects nodes from all triples before the weight filter, leaving isolated nodes
def build_graph_tables(triples, entity_types, min_weight=1):
    counts, nodes = {}, {}
    for head, relation, tail in triples:
        counts[(head, relation, tail)] = counts.get((head, relation, tail), 0) + 1
        for name in (head, tail):
            nodes[name] = entity_types.get(name, "其他")
    edges = {t: w for t, w in counts.items() if w >= min_weight}
    return nodes, edges
