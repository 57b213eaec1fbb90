"""Reliability, the long run: kills of loads and ingests, a restart, parallel writers, fuzz; a
table of what held.

    .venv/bin/python benchmarks/reliability.py [--kills 30] [--rounds 3] [--fuzz 2000]

Starts a scratch Neo4j of its own (it restarts it mid-load). Every loss and leak column should
read 0. tests/reliability/ runs the short version of each in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import shutil
import signal
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from bolt_proxy import BoltProxy  # noqa: E402
from load_runs import (  # noqa: E402
    digest,
    incomplete_documents,
    interactions_per_document,
    load_counted,
    start_ingest,
    start_load,
    write_articles,
    write_facts,
)

from diplograph.cli import main  # noqa: E402
from diplograph.graph import LocalStore, Neo4jServer, Neo4jStore  # noqa: E402

FRAGMENTS = [
    '{"type": "MET", ',
    '"source": {"kind": "state", "code": "USA"}, ',
    '"target": {"kind": "person", "name": "',
    '"date": "2025-01-0',
    "\u2028",
    "[" * 3000,
    "}",
    "9" * 5000,
    "\x00",
    "|Person:",
    "\n",
    "=HYPERLINK(",
    "\x1b[2J",
    "\ud800",
]


class Tally:
    def __init__(self, password: str):
        self.password = password
        self.rows: dict[str, dict[str, int]] = {}
        self.leaks = 0

    def add(self, what: str, **counts: int) -> None:
        row = self.rows.setdefault(what, {})
        for name, n in counts.items():
            row[name] = row.get(name, 0) + n

    def heard(self, *texts: str) -> None:
        self.leaks += sum(t.count(self.password) for t in texts if t)


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def kills(tally, label, start, n, check, rng, window, reset=lambda: None):
    """Start a run ``n`` times and kill it after a random delay within ``window``; a run that
    finished first is undone with ``reset`` (an ingest would skip every document after it)."""
    for _ in range(n):
        run = start()
        time.sleep(rng.uniform(*window))
        landed = run.poll() is None
        run.send_signal(signal.SIGKILL)
        run.wait()
        tally.heard(run.stderr.read())
        survived = check()
        tally.add(label, tried=int(landed), survived=int(landed and survived))
        if not landed:
            reset()


def parallel(tally, label, files, store, env, expected, read_digest, reset):
    reset()
    runs = [start_load(f, store, env) for f in files]
    codes = [r.wait() for r in runs]
    for r in runs:
        tally.heard(r.stderr.read())
    held = codes == [0] * len(files) and read_digest() == expected
    tally.add(label, tried=1, survived=int(held))


def lost_commits(tally, neo, facts, settings, env, expected, n, rng):
    """A commit's answer cut at a random transaction of a load, through a proxy: the load must
    exit 0 with the clean run's counts and graph."""
    neo.clear()
    _, _, clean = load_counted(facts, settings.uri, env)
    proxy = BoltProxy(("127.0.0.1", int(settings.uri.rsplit(":", 1)[1])))
    try:
        for _ in range(n):
            neo.clear()
            proxy.lost = 0
            proxy.lose_commit(rng.randint(1, 30))
            code, err, counts = load_counted(facts, proxy.uri, env)
            tally.heard(err)
            held = code == 0 and counts == clean and digest(neo.snapshot()) == expected
            tally.add(
                "commit answer lost, Neo4j", tried=proxy.lost, survived=int(held and proxy.lost)
            )
    finally:
        proxy.close()


def fuzz(tally, n, rng, folder):
    """Hostile files through load and extract in process: anything but a user error escapes."""
    tracebacks = partial = 0
    for i in range(n):
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 8)))
        data = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.3:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
        path = folder / f"in{i}.jsonl"
        path.write_bytes(data)
        store = folder / f"g{i}.json"
        for args in (["load", str(path), "--store", str(store)], ["extract", str(path)]):
            out, err = io.StringIO(), io.StringIO()
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    code = main(args)
            except BaseException:  # noqa: BLE001 - a traceback is what is counted
                tracebacks += 1
                continue
            if args[0] == "load" and code != 0 and store.exists():
                partial += 1
    tally.add("fuzz (load, extract)", tried=2 * n, survived=2 * n - tracebacks)
    return tracebacks, partial


def run(kills_n: int, rounds: int, fuzz_n: int) -> None:
    rng = random.Random(7)
    work = Path(tempfile.mkdtemp(prefix="dg-rel-"))
    password = "rel-" + os.urandom(6).hex()
    server = Neo4jServer(home=work / "neo4j", port=_port(), password=password)
    settings = server.start()
    env = {**os.environ, "NEO4J_PASSWORD": password}
    tally = Tally(password)
    try:
        neo = Neo4jStore(settings, batch_size=200)
        big = write_facts(work / "big.jsonl", 12000)
        mid = write_facts(work / "mid.jsonl", 4000)

        path = work / "g.json"
        kills(
            tally,
            "kill -9 load, embedded",
            lambda: start_load(big, str(path), os.environ),
            kills_n,
            lambda: not path.exists() or bool(LocalStore(path).snapshot()),
            rng,
            (0.8, 3.0),
        )
        start_load(big, str(path), os.environ).wait()
        clean = work / "clean.json"
        start_load(big, str(clean), os.environ).wait()
        same = digest(LocalStore(path).snapshot()) == digest(LocalStore(clean).snapshot())
        tally.add("kill -9 load, embedded", lost=int(not same))

        def whole_batches() -> bool:
            met = neo.read("MATCH ()-[r:MET]->() RETURN count(r) AS n")[0]["n"]
            return met % 200 == 0 or met == 4000

        neo.clear()
        kills(
            tally,
            "kill -9 load, Neo4j",
            lambda: start_load(mid, settings.uri, env),
            kills_n,
            whole_batches,
            rng,
            (0.8, 6.0),
        )
        start_load(mid, settings.uri, env).wait()
        recovered = digest(neo.snapshot())
        neo.clear()
        start_load(mid, settings.uri, env).wait()
        clean_neo = digest(neo.snapshot())
        tally.add("kill -9 load, Neo4j", lost=int(recovered != clean_neo))

        articles = write_articles(work / "articles", 300)
        ingested, clean_ingest = work / "ingested.json", work / "clean-ingest.json"
        start_ingest(articles, str(clean_ingest), os.environ).wait()
        clean_ingest_digest = digest(LocalStore(clean_ingest).snapshot())
        kills(
            tally,
            "kill -9 ingest, embedded",
            lambda: start_ingest(articles, str(ingested), os.environ),
            kills_n,
            lambda: not ingested.exists() or bool(LocalStore(ingested).snapshot()),
            rng,
            (1.0, 8.0),
            reset=lambda: ingested.unlink(missing_ok=True),
        )
        start_ingest(articles, str(ingested), os.environ).wait()
        same = digest(LocalStore(ingested).snapshot()) == clean_ingest_digest
        tally.add("kill -9 ingest, embedded", lost=int(not same))
        expected = interactions_per_document(LocalStore(clean_ingest).snapshot())
        neo.clear()
        kills(
            tally,
            "kill -9 ingest, Neo4j",
            lambda: start_ingest(articles, settings.uri, env),
            kills_n,
            lambda: not incomplete_documents(neo, expected),
            rng,
            (4.5, 10.0),
            reset=neo.clear,
        )
        start_ingest(articles, settings.uri, env).wait()
        tally.add("kill -9 ingest, Neo4j", lost=int(digest(neo.snapshot()) != clean_ingest_digest))

        neo.clear()
        load = start_load(mid, settings.uri, env, batch_size=50)
        while not neo.read("MATCH ()-[r:MET]->() RETURN count(r) AS n")[0]["n"]:
            time.sleep(0.05)
        server.stop()
        server.start()
        code = load.wait(600)
        err = load.stderr.read()
        tally.heard(err)
        if code != 0:
            start_load(mid, settings.uri, env).wait()
        restarted = digest(neo.snapshot()) == clean_neo and "Traceback" not in err
        tally.add("Neo4j restart mid-load", tried=1, survived=int(restarted))

        lost_commits(tally, neo, mid, settings, env, clean_neo, kills_n, rng)

        files = [write_facts(work / f"p{i}.jsonl", 3000, offset=i * 1500) for i in range(4)]
        seq = work / "seq.json"
        for f in files:
            start_load(f, str(seq), os.environ).wait()
        expected_local = digest(LocalStore(seq).snapshot())
        neo.clear()
        for f in files:
            start_load(f, settings.uri, env).wait()
        expected_neo = digest(neo.snapshot())
        for r in range(rounds):
            target = work / f"par{r}.json"
            parallel(
                tally,
                "4 parallel writers, embedded",
                files,
                str(target),
                os.environ,
                expected_local,
                lambda t=target: digest(LocalStore(t).snapshot()),
                lambda: None,
            )
            parallel(
                tally,
                "4 parallel writers, Neo4j",
                files,
                settings.uri,
                env,
                expected_neo,
                lambda: digest(neo.snapshot()),
                neo.clear,
            )
        neo.close()
        fuzz_dir = work / "fuzz"
        fuzz_dir.mkdir()
        tracebacks, partial = fuzz(tally, fuzz_n, rng, fuzz_dir)
        tally.heard(*(p.read_text(errors="replace") for p in (work / "neo4j").glob("*.log")))
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'case':32} {'tried':>7} {'held':>7} {'lost':>5}")
    for what, row in tally.rows.items():
        tried, held = row.get("tried", 0), row.get("survived", 0)
        print(f"{what:32} {tried:7d} {held:7d} {tried - held + row.get('lost', 0):5d}")
    print(
        f"tracebacks {tracebacks}   partial writes {partial}   password occurrences {tally.leaks}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30, help="kill points per store")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of 4 parallel writers")
    parser.add_argument("--fuzz", type=int, default=2000, help="hostile files tried")
    args = parser.parse_args()
    run(args.kills, args.rounds, args.fuzz)
