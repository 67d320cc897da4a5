# replaces: kg_cypher_queries
# target: test_kg_cypher_queries
# why: COUNT(*) counts edges, so a pair linked by two relations counts twice
def kg_cypher_queries():
    return {
        "neighbours": (
            "MATCH (a:Entity {name: $name})-[:Rel]-(b:Entity) WHERE b.name <> $name "
            "RETURN DISTINCT b.name AS name ORDER BY name"),
        "two_hop": (
            "MATCH (a:Entity {name: $name})-[:Rel]-(b:Entity)-[:Rel]-(c:Entity) "
            "WHERE c.name <> $name AND NOT EXISTS { MATCH (a)-[:Rel]-(c) } "
            "RETURN DISTINCT c.name AS name ORDER BY name"),
        "top_degree": (
            "MATCH (p:Entity)-[:Rel]-(q:Entity) WHERE p.type = '人名' "
            "RETURN p.name AS name, COUNT(*) AS degree ORDER BY degree DESC, name LIMIT $k"),
    }
