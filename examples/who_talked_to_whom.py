"""Who talked to whom, from a script: load facts, ask named queries, analyse with networkx.

    .venv/bin/python examples/who_talked_to_whom.py [STORE]

STORE is a file path (the embedded store; default: a temporary file) or a Neo4j URI.
"""

import sys
import tempfile
from pathlib import Path

import networkx as nx

from diplograph.graph import open_store
from diplograph.loaders import load_facts
from diplograph.queries import run_query
from diplograph.views import to_networkx

HERE = Path(__file__).parent
target = sys.argv[1] if len(sys.argv) > 1 else str(Path(tempfile.mkdtemp()) / "graph.json")

with open_store(target) as store:
    report = load_facts(store, HERE / "seed_facts.jsonl").report
    print(f"loaded {report.interactions} interactions into {store.location}")

    for row in run_query(store, "talked-to", actor="Rubio"):
        print(
            f"Rubio talked to {row['counterpart']}: {', '.join(row['types'])} "
            f"({row['interactions']}x, {row['first']} to {row['last']})"
        )

    for row in run_query(store, "between", a="Rubio", b="Wang Yi"):
        print(f"  {row['date']}  {row['type']:8} {row['evidence'][0]}")

    graph = to_networkx(run_query(store, "timeline"))
    ranked = sorted(nx.degree_centrality(graph).items(), key=lambda kv: -kv[1])[:3]
    print("most connected:", ", ".join(f"{name} {score:.2f}" for name, score in ranked))
