"""Load benchmark: batched UNWIND writes vs one MERGE per row, on the real Neo4j.

    .venv/bin/python benchmarks/load_neo4j.py [--n 100000] [--actors 5000] [--sample 2000]

Uses NEO4J_URI if set, else starts the project's provisioned server on a scratch home. Clears the
database it is pointed at. Prints interactions/s for both ways and their ratio, then the server's
own ceiling: keyed relationships created inside Neo4j with no client data at all.
"""

from __future__ import annotations

import argparse
import random
import time

from neo4j_target import neo4j_target

from diplograph.graph import Interaction, Neo4jStore
from diplograph.graph.rows import build_batch

TYPES = ["CALLED", "MET", "VISITED", "URGED", "PRAISED", "ACCUSED", "CRITICIZED", "WARNED"]
STATES = ["USA", "CHN", "RUS", "FRA", "DEU", "GBR", "IND", "JPN", "KOR", "BRA"]

# The baseline: what a naive loader does, one auto-commit transaction per interaction.
PER_ROW = """
MERGE (s:Person {key: $src}) SET s.name = $src
MERGE (t:Person {key: $tgt}) SET t.name = $tgt
MERGE (s)-[r:MET {key: $key}]->(t)
SET r.status = $status, r.date = $date, r.evidence = [$evidence]
"""


# The server's own ceiling: relationships made inside Neo4j from a range, no client data at all.
CEILING = """
UNWIND range(0, $n - 1) AS i
MATCH (s:Person {key: 'Actor ' + toString(i % $actors)})
MATCH (t:Person {key: 'Actor ' + toString((i * 7 + 1) % $actors)})
CREATE (s)-[r:MET {key: 'ceiling-' + toString(i)}]->(t)
"""
CEILING_PROPS = (
    CEILING.strip()
    + """
SET r.status = 'actual', r.date = '2025-01-01', r.date_precision = 'day', r.cameo = '040',
    r.plover = 'CONSULT', r.confidence = 1.0, r.first_seen = '2025-01-01',
    r.last_seen = '2025-01-01', r.corroboration = 1, r.evidence = ['Sentence ' + toString(i)],
    r.articles = ['doc-' + toString(i / 20)], r.date_texts = ['today'], r.topics = ['t']
"""
)


def ceiling(store: Neo4jStore, actors: int, n: int = 40_000) -> float:
    """What Neo4j itself does here, with no client in the way: keyed MET relationships under
    the uniqueness constraint, bare and with the 13 properties an interaction carries. Returns
    the rate with properties."""
    store.write(
        [
            (
                "UNWIND range(0, $actors - 1) AS i MERGE (:Person {key: 'Actor ' + toString(i)})",
                {"actors": actors},
            )
        ]
    )
    for label, statement in (("key only", CEILING), ("with properties", CEILING_PROPS)):
        rates = []
        for _ in range(3):  # the first run warms the JIT
            t0 = time.perf_counter()
            store.write([(statement, {"n": n, "actors": actors})])
            rates.append(n / (time.perf_counter() - t0))
            store.write([("MATCH ()-[r:MET]->() WHERE r.key STARTS WITH 'ceiling-' DELETE r", {})])
        print(
            f"server ceiling ({label}): {max(rates):,.0f} relationships/s "
            f"(best of 3 runs of {n} in one transaction, no client data)"
        )
    return max(rates)


def synthetic(n: int, actors: int, seed: int = 7) -> list[Interaction]:
    rng = random.Random(seed)
    facts = []
    for i in range(n):
        a, b = rng.sample(range(actors), 2)
        facts.append(
            Interaction.model_validate(
                {
                    "type": rng.choice(TYPES),
                    "source": {"kind": "person", "name": f"Actor {a}", "state": STATES[a % 10]},
                    "target": {"kind": "person", "name": f"Actor {b}", "state": STATES[b % 10]},
                    "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "evidence": f"Actor {a} and Actor {b}, sentence {i}.",
                    "document": {"id": f"doc-{i // 20}", "published": "2025-12-31"},
                }
            )
        )
    return facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--batch-size", type=int, default=5_000)
    args = parser.parse_args()

    facts = synthetic(args.n, args.actors)
    with neo4j_target(port=17688) as settings:
        with Neo4jStore(settings, batch_size=args.batch_size) as store:
            store.clear()
            store.ensure_constraints()
            t0 = time.perf_counter()
            report = store.write_facts(facts)
            batched_s = time.perf_counter() - t0
            batched_rate = args.n / batched_s
            print(
                f"batched: {args.n} interactions, {report.nodes_created} nodes and "
                f"{report.relationships_created} relationships created in {batched_s:.1f} s "
                f"-> {batched_rate:,.0f} interactions/s"
            )

            # Second load of the same facts: everything matches, nothing is created.
            t0 = time.perf_counter()
            again = store.write_facts(facts)
            print(
                f"re-load (all matched): {again.nodes_created} nodes, "
                f"{again.relationships_created} relationships created, "
                f"{args.n / (time.perf_counter() - t0):,.0f} interactions/s"
            )

            store.clear()
            sample = facts[: args.sample]
            rows = build_batch(sample, "2026-01-01T00:00:00+00:00")
            assert rows.relationship_count
            t0 = time.perf_counter()
            for fact in sample:
                store.write(
                    [
                        (
                            PER_ROW,
                            {
                                "src": fact.source.key,
                                "tgt": fact.target.key,
                                "key": f"{fact.source.key}|{fact.target.key}|{fact.date}",
                                "status": fact.status.value,
                                "date": fact.date,
                                "evidence": fact.evidence,
                            },
                        )
                    ]
                )
            per_row_s = time.perf_counter() - t0
            per_row_rate = args.sample / per_row_s
            print(
                f"per-row MERGE: {args.sample} interactions in {per_row_s:.1f} s "
                f"-> {per_row_rate:,.0f} interactions/s"
            )
            print(f"ratio batched / per-row: {batched_rate / per_row_rate:.1f}x")
            store.clear()
            ceiling(store, args.actors)
            store.clear()


if __name__ == "__main__":
    main()
