# replaces: question_to_cypher
# target: test_question_to_cypher
# why: formats the entity names into the query text (Cypher injection) instead of passing them as parameters
def question_to_cypher(question, mention_table, intent_fn):
    plan = {"intent": None, "entities": [], "query": None, "params": {}, "error": None}
    if not re.sub(r"[\s？?。！!，,]", "", question):
        plan["error"] = "empty question: please ask about a person or a province"
        return plan
    intent = intent_fn(question)
    plan["intent"] = intent
    direction, _, relation = intent.partition(":") if isinstance(intent, str) else ("", "", "")
    if not (intent == "between" or (direction in ("out", "in") and relation)):
        plan["error"] = f"unknown intent {intent!r}: the question is not one this graph can answer"
        return plan
    entities, i = [], 0
    max_len = max(map(len, mention_table), default=0)
    while i < len(question):
        for length in range(min(max_len, len(question) - i), 0, -1):
            name = mention_table.get(question[i : i + length])
            if name is not None:
                if name not in entities:
                    entities.append(name)
                i += length
                break
        else:
            i += 1
    plan["entities"] = entities
    needed = 2 if intent == "between" else 1
    if len(entities) != needed:
        plan["error"] = (
            f"intent {intent} needs {needed} entities, found {len(entities)}: {entities}"
        )
        return plan
    if intent == "between":
        plan["query"] = (
            "MATCH (a:Entity {name: $a})-[r:Rel]-(b:Entity {name: $b}) "
            "RETURN DISTINCT r.relation AS answer ORDER BY answer"
        )
        plan["params"] = {"a": entities[0], "b": entities[1]}
    else:
        arrow = (
            "(e:Entity {name: $name})-[r:Rel]->(x:Entity)"
            if direction == "out"
            else "(x:Entity)-[r:Rel]->(e:Entity {name: $name})"
        )
        plan["query"] = (
            f"MATCH {arrow.replace('$name', repr(entities[0]))} WHERE r.relation = $relation "
            "RETURN DISTINCT x.name AS answer ORDER BY answer"
        )
        plan["params"] = {"relation": relation}
    return plan
