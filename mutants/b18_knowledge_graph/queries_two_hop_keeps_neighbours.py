# replaces: kg_cypher_queries
# target: test_kg_cypher_queries
# why: two_hop returns everything two steps away, including direct neighbours
def kg_cypher_queries():
    return {
        "neighbours": (
            "MATCH (a:Entity {name: $name})-[:Rel]-(b:Entity) WHERE b.name <> $name "
            "RETURN DISTINCT b.name AS name ORDER BY name"),
        "two_hop": (
            "MATCH (a:Entity {name: $name})-[:Rel]-(b:Entity)-[:Rel]-(c:Entity) "
            "WHERE c.name <> $name RETURN DISTINCT c.name AS name ORDER BY name"),
        "top_degree": (
            "MATCH (p:Entity)-[:Rel]-(q:Entity) WHERE p.type = '人名' AND q.name <> p.name "
            "RETURN p.name AS name, COUNT(DISTINCT q.name) AS degree ORDER BY degree DESC, name LIMIT $k"),
    }
