"""Event-data import benchmark: a synthetic GDELT day parsed, then loaded into Neo4j, beside the
server's own ceiling measured in the same run.

    .venv/bin/python benchmarks/import_gdelt.py [--rows 200000] [--batch-size 5000]

The day is made by benchmarks/synthetic_gdelt.py from the real sample rows (61 columns). Uses
NEO4J_URI if set, else starts the project's provisioned server on a scratch home; clears the
database it is pointed at. Prints rows/s for parsing (cold: the first pass, loading the
tables; warm: a second pass), interactions/s for the transactional load and its ratio to the
ceiling, the bulk path end to end on a scratch server of its own, and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from load_neo4j import ceiling
from neo4j_target import neo4j_target

from diplograph.graph import LocalStore, Neo4jServer, Neo4jStore
from diplograph.graph.bulk import bulk_load
from diplograph.loaders.events import Tally, import_events, parse_events, read_events
from synthetic_gdelt import synthetic_day


@contextmanager
def own_server(port: int) -> Iterator[Neo4jServer]:
    """A scratch server of the benchmark's own: the bulk path stops and restarts it."""
    home = Path(tempfile.mkdtemp(prefix="dg-bulk-"))
    server = Neo4jServer(home=home, port=port, password="bench-" + os.urandom(4).hex())
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def parse_rate(path: Path) -> tuple[float, Tally]:
    tally = Tally()
    t0 = time.perf_counter()
    for _ in parse_events("gdelt", [str(path)], tally):
        pass
    return tally.rows / (time.perf_counter() - t0), tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--batch-size", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dg-gdelt-") as scratch:
        day = synthetic_day(Path(scratch) / "day.export.CSV", args.rows)
        cold, tally = parse_rate(day)
        warm, _ = parse_rate(day)
        print(
            f"parse: {tally.rows} rows -> {tally.events} interactions; "
            f"{cold:,.0f} rows/s cold (tables loading), {warm:,.0f} rows/s warm "
            f"(goal 100,000); skipped codes {sum(tally.skipped_codes.values())}, "
            f"unresolved {sum(tally.unresolved.values())}"
        )
        local = LocalStore(Path(scratch) / "graph.json")
        t0 = time.perf_counter()
        import_events(local, "gdelt", [str(day)])
        local_s = time.perf_counter() - t0
        print(
            f"embedded store: whole import (check pass + write) in {local_s:.1f} s -> "
            f"{tally.events / local_s:,.0f} interactions/s"
        )
        with neo4j_target(port=17689) as settings:
            with Neo4jStore(settings, batch_size=args.batch_size) as store:
                store.clear()
                store.ensure_constraints()
                t0 = time.perf_counter()
                result = import_events(store, "gdelt", [str(day)])
                load_s = time.perf_counter() - t0
                rate = tally.events / load_s
                print(
                    f"neo4j transactional: whole import (check pass + write) of {tally.events} "
                    f"interactions in {load_s:.1f} s -> {rate:,.0f} interactions/s; "
                    f"{result.report.nodes_created} nodes, "
                    f"{result.report.relationships_created} relationships created"
                )
                t0 = time.perf_counter()
                again = import_events(store, "gdelt", [str(day)])
                print(
                    f"re-import: {again.report.nodes_created} nodes, "
                    f"{again.report.relationships_created} relationships created in "
                    f"{time.perf_counter() - t0:.1f} s"
                )
                store.clear()
                best = ceiling(store, 5_000)
                print(
                    f"ratio transactional / ceiling with properties: {rate / best:.2f}x (goal 0.8x)"
                )
                store.clear()
        with own_server(port=17690) as server:
            t0 = time.perf_counter()
            facts, _ = read_events("gdelt", [str(day)])
            parsed_s = time.perf_counter() - t0
            phases: dict[str, float] = {}
            report = bulk_load(server, facts, phases=phases)
            bulk_s = time.perf_counter() - t0
            print(
                f"bulk path (parse + neo4j-admin import + restart + constraints): "
                f"{report.interactions} interactions, {report.relationships_created} "
                f"relationships in {bulk_s:.1f} s -> {report.interactions / bulk_s:,.0f} "
                f"interactions/s (goals: 100,000/s and the day in 30 s)"
            )
            shown = ", ".join(f"{name} {s:.1f} s" for name, s in phases.items())
            print(f"  of which: parse {parsed_s:.1f} s, {shown}")
    print(f"peak RSS: {rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
