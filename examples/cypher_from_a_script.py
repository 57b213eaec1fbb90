"""Arbitrary Cypher from a script, with parameters, on Neo4j (read-only unless write=True).

    NEO4J_URI=bolt://127.0.0.1:7687 .venv/bin/python examples/cypher_from_a_script.py

Uses NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (or the password `diplograph neo4j start` kept).
"""

from pathlib import Path

from diplograph.graph import Neo4jStore
from diplograph.loaders import load_facts
from diplograph.queries import run_cypher

QUERY = """
MATCH (p:Person)-[:REPRESENTS]->(s:State {key: $state})
OPTIONAL MATCH (p)-[r]-(other)
WHERE type(r) IN $types
RETURN p.name AS person, count(r) AS interactions
ORDER BY interactions DESC, person
"""

with Neo4jStore() as store:
    load_facts(store, Path(__file__).parent / "seed_facts.jsonl")
    for row in run_cypher(store, QUERY, {"state": "USA", "types": ["CALLED", "MET", "ACCUSED"]}):
        print(f"{row['person']}: {row['interactions']}")
