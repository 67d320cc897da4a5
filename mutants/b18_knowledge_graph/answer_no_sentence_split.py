# replaces: text_to_answer
# target: test_text_to_answer
# why: treats the whole text as one sentence, so co-occurrence spans sentences and counts once
def text_to_answer(text, mention_table, patterns, entity_types, query, params=None, min_weight=1):
    spans = recognise_entities(text, mention_table)
    triples = extract_pattern_triples(text, spans, patterns)
    for (a, b), n in cooccurrence_counts([[e for _, _, e in spans]]).items():
        triples += [(a, "同现", b)] * n
    nodes, edges = build_graph_tables(triples, entity_types, min_weight)
    with tempfile.TemporaryDirectory() as folder:
        db, conn = load_kuzu(folder, nodes, edges)
        rows = [tuple(row) for row in conn.execute(query, params or {}).get_all()]
        conn.close()
        db.close()
    return rows
