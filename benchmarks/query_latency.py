"""Query latency benchmark: named queries on a large graph, Neo4j beside the embedded store.

    .venv/bin/python benchmarks/query_latency.py [--n 1000000] [--actors 20000] [--runs 100]
                                                 [--local-n 100000] [--only CASE...]
                                                 [--skip-neo4j] [--loaded]

Loads N synthetic interactions among ACTORS people (skewed: some actors are hubs) into Neo4j
(NEO4J_URI if set, else a provisioned server on a scratch home; the database is cleared), then
runs each named query RUNS times with random actors and prints p50 and p95 in milliseconds. The
whole-graph queries (top-actors, state-pairs, accusations, timeline) run RUNS // 10 times. The
embedded store is measured the same way on LOCAL_N interactions. With --loaded, the graph an
earlier run left in NEO4J_URI is measured as it is (and left there).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from neo4j_target import neo4j_target

from diplograph.graph import Interaction, LocalStore, Neo4jStore, state_pairs
from diplograph.queries import run_query
from diplograph.queries.library import actor_index

TYPES = [
    "CALLED",
    "MET",
    "VISITED",
    "HOSTED",
    "URGED",
    "PRAISED",
    "ACCUSED",
    "CRITICIZED",
    "DENIED",
    "WARNED",
    "DISCUSSED",
    "AGREED",
]
STATES = ["USA", "CHN", "RUS", "FRA", "DEU", "GBR", "IND", "JPN", "KOR", "BRA", "ZAF", "EGY"]
ATTENDEES_PER_SUMMIT = 20  # a summit has tens of participants, not thousands


def actor_name(i: int) -> str:
    return f"Actor {i:05d}"


def facts(n: int, actors: int, seed: int, start: int = 0, total: int | None = None):
    rng = random.Random(seed + start)
    weights = [1.0 / (i + 1) ** 0.6 for i in range(actors)]  # a few hubs, a long tail
    picks = rng.choices(range(actors), weights=weights, k=2 * n)
    for i in range(n):
        a, b = picks[2 * i], picks[2 * i + 1]
        if a == b:
            b = (b + 1) % actors
        kind = rng.choice(TYPES)
        source = {"kind": "person", "name": actor_name(a), "state": STATES[a % len(STATES)]}
        if i % 25 == 0:
            kind = "ATTENDED"
            summits = max(1, (total or n) // 25 // ATTENDEES_PER_SUMMIT)
            target = {"kind": "summit", "name": f"Summit {rng.randrange(summits)}", "date": "2025"}
        else:
            target = {"kind": "person", "name": actor_name(b), "state": STATES[b % len(STATES)]}
        yield Interaction.model_validate(
            {
                "type": kind,
                "source": source,
                "target": target,
                "status": "actual" if i % 10 else "planned",
                "date": f"{rng.choice([2023, 2024, 2025])}-{rng.randint(1, 12):02d}-"
                f"{rng.randint(1, 28):02d}",
                "evidence": f"{actor_name(a)} and {actor_name(b)}: sentence {start + i}.",
                "document": {"id": f"doc-{(start + i) // 10}", "published": "2025-12-31"},
            }
        )


def load(store, n: int, actors: int, chunk: int = 100_000) -> float:
    t0 = time.perf_counter()
    for start in range(0, n, chunk):
        store.write_facts(list(facts(min(chunk, n - start), actors, seed=11, start=start, total=n)))
    return time.perf_counter() - t0


def cases(rng: random.Random, actors: list[str], summits: int) -> dict[str, callable]:
    def actor() -> str:
        return rng.choice(actors)

    def state() -> str:  # a state answers for its officials: a twelfth of the people each
        return rng.choice(STATES)

    return {
        "talked-to": lambda: {"actor": actor()},
        "talked-to (state)": lambda: {"actor": state()},
        "between": lambda: {"a": actor(), "b": actor()},
        "between (states)": lambda: {"a": state(), "b": state()},
        "between (person, state)": lambda: {"a": actor(), "b": state()},
        "path": lambda: {"a": actor(), "b": actor(), "max_hops": 4},
        "path (person, state)": lambda: {"a": actor(), "b": state(), "max_hops": 4},
        "path (states)": lambda: {"a": state(), "b": state(), "max_hops": 4},
        "path (MET,CALLED)": lambda: {
            "a": actor(),
            "b": actor(),
            "max_hops": 4,
            "type": "MET,CALLED",
        },
        "timeline (actor)": lambda: {"actor": actor(), "since": "2024-06"},
        "timeline (state)": lambda: {"actor": state(), "since": "2025-12"},
        "accusations (actor)": lambda: {"actor": actor()},
        "attendees": lambda: {"summit": f"Summit {rng.randrange(summits)}"},
        "top-actors": lambda: {"type": rng.choice(TYPES)},
        "state-pairs": lambda: {},
        "state-pairs (recount)": lambda: {},
        "timeline (all)": lambda: {"since": "2025-12"},
    }


ONLY: set[str] = set()  # --only: the cases to run (all when empty)
WHOLE_GRAPH = {"top-actors", "state-pairs", "state-pairs (recount)", "timeline (all)"}
# The baseline beside the rollup state-pairs reads: the same counts computed from every
# interaction at query time (what state-pairs did before the writer kept the rollup).
RECOUNT = {"state-pairs (recount)": state_pairs.RECOUNTED}


def measure(store, actors: int, runs: int, label: str, n: int) -> None:
    rng = random.Random(5)
    summits = max(1, n // 25 // ATTENDEES_PER_SUMMIT)
    present = sorted(key for label, key in actor_index(store).names if label == "Person")
    for case, make in cases(rng, present, summits).items():
        if (ONLY and case not in ONLY) or (case in RECOUNT and label != "neo4j"):
            continue
        name = case.split(" (")[0]
        count = max(3, runs // 10) if case in WHOLE_GRAPH else runs
        times, rows = [], 0
        for i in range(count + 3):
            params = make()
            while params.get("a") is not None and params["a"] == params.get("b"):
                params = make()
            t0 = time.perf_counter()
            if case in RECOUNT:
                result = store.read(RECOUNT[case])
            else:
                result = run_query(store, name, **params)
            elapsed = (time.perf_counter() - t0) * 1000
            if i >= 3:  # the first runs plan the query and fill caches
                times.append(elapsed)
                rows += len(result)
        times.sort()
        p50 = statistics.median(times)
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(
            f"{label:6} {case:20} runs {len(times):4}  p50 {p50:8.1f} ms  p95 {p95:8.1f} ms  "
            f"mean rows {rows / len(times):7.1f}",
            flush=True,
        )


def fail(message: str) -> None:
    raise SystemExit(f"query_latency.py: error: {message}")


def measure_neo4j(args: argparse.Namespace) -> None:
    with neo4j_target(port=17689) as settings, Neo4jStore(settings) as store:
        if args.loaded:
            relationships = store.stats()["relationships"]
            if not any(relationships.values()):
                fail(f"--loaded: the graph at {settings.safe_uri} is empty; load it first")
            print(f"neo4j  reusing the loaded graph: {relationships}", flush=True)
        else:
            store.clear()
            seconds = load(store, args.n, args.actors)
            print(
                f"neo4j  loaded {args.n} interactions among {args.actors} actors in "
                f"{seconds:.0f} s ({args.n / seconds:,.0f}/s): {store.stats()['relationships']}",
                flush=True,
            )
        measure(store, args.actors, args.runs, "neo4j", args.n)
        if not args.loaded:
            store.clear()


def measure_local(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        local = LocalStore(Path(tmp) / "g.json")
        seconds = load(local, args.local_n, args.actors)
        print(f"local  loaded {args.local_n} interactions in {seconds:.0f} s", flush=True)
        measure(local, args.actors, args.runs, "local", args.local_n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--local-n", type=int, default=100_000)
    parser.add_argument("--skip-neo4j", action="store_true", help="measure the embedded store only")
    parser.add_argument(
        "--only",
        nargs="+",
        default=[],
        metavar="CASE",
        help='run only these cases, e.g. talked-to "accusations (actor)"',
    )
    parser.add_argument(
        "--loaded",
        action="store_true",
        help="NEO4J_URI already holds this graph (an earlier load with the same --n and "
        "--actors): measure it as it is and leave it there",
    )
    args = parser.parse_args()
    if args.loaded and not os.environ.get("NEO4J_URI"):
        parser.error("--loaded measures the graph at NEO4J_URI; set NEO4J_URI")
    ONLY.update(args.only)
    if not args.skip_neo4j:
        measure_neo4j(args)
    measure_local(args)


if __name__ == "__main__":
    main()
