# replaces: text_to_answer
# target: test_text_to_answer
# why: adds one 同现 triple per pair, ignoring how many sentences it co-occurs in
def text_to_answer(text, mention_table, patterns, entity_types, query, params=None, min_weight=1):
    triples, sentence_entities = [], []
    for sentence in [s for s in re.split(r"[。！？；\n]", text) if s]:
        spans = recognise_entities(sentence, mention_table)
        triples += extract_pattern_triples(sentence, spans, patterns)
        sentence_entities.append([e for _, _, e in spans])
    triples += [(a, "同现", b) for (a, b) in cooccurrence_counts(sentence_entities)]
    nodes, edges = build_graph_tables(triples, entity_types, min_weight)
    with tempfile.TemporaryDirectory() as folder:
        db, conn = load_kuzu(folder, nodes, edges)
        rows = [tuple(row) for row in conn.execute(query, params or {}).get_all()]
        conn.close()
        db.close()
    return rows
