"""Run ``diplograph load`` and ``ingest`` as separate processes on synthetic facts and articles,
and compare the graphs they leave: what the crash, restart and parallel-writer tests share."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path


def write_facts(path: Path, n: int, *, offset: int = 0) -> Path:
    """``n`` MET facts between 997 US and 991 French people over 50 documents; fact ``i`` is the
    same in every file, so files with overlapping ranges overlap exactly."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(offset, offset + n):
            row = {
                "type": "MET",
                "source": {"kind": "person", "name": f"Person {i % 997}", "state": "USA"},
                "target": {
                    "kind": "person",
                    "name": f"Person {(i * 7 + 1) % 991 + 1000}",
                    "state": "FRA",
                },
                "date": f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                "evidence": f"Sentence {i}.",
                "document": {"id": f"doc-{i % 50}", "published": "2025-12-31"},
            }
            f.write(json.dumps(row) + "\n")
    return path


ARTICLE = """Ministers meet, round {i}

{state_a}'s Foreign Minister Jonas Berg met {state_b}'s Foreign Minister Ana Ferreira in Oslo \
on {day} {month} {year} to discuss fisheries.

On {day} {month} {year}, Berg spoke by phone with Chile's Foreign Minister Rosa Lima about trade.

Ferreira accused Spain of delaying the talks on {day} {month} {year}.
"""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
PUBLISHED = "2026-01-31"


def write_articles(folder: Path, n: int) -> Path:
    """``n`` short readouts, each with its own date, so each adds interactions of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = ARTICLE.format(
            i=i,
            state_a=("Norway", "Denmark")[i % 2],
            state_b=("Portugal", "Ireland")[i % 2],
            day=i % 28 + 1,
            month=MONTHS[i // 28 % 12],
            year=2020 + i // 336,
        )
        (folder / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def start_ingest(folder: Path, store: str, env: dict, batch_size: int = 20) -> subprocess.Popen:
    command = [sys.executable, "-m", "diplograph.cli", "ingest", str(folder), "--store", store]
    return subprocess.Popen(
        [*command, "--published", PUBLISHED, "--batch-size", str(batch_size), "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def start_load(path: Path, store: str, env: dict, batch_size: int = 200) -> subprocess.Popen:
    command = [sys.executable, "-m", "diplograph.cli", "load", str(path), "--store", store]
    return subprocess.Popen(
        [*command, "--batch-size", str(batch_size), "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def load_counted(path: Path, store: str, env: dict, batch_size: int = 200) -> tuple:
    """Run ``diplograph load`` to its end: its exit code, its stderr, and the (nodes, relationships)
    it reported created (None when it failed)."""
    command = [sys.executable, "-m", "diplograph.cli", "load", str(path), "--store", store]
    options = ["--batch-size", str(batch_size), "--format", "json", "--quiet"]
    run = subprocess.run([*command, *options], env=env, capture_output=True, text=True)
    counts = None
    if run.returncode == 0:
        (row,) = json.loads(run.stdout)
        counts = row["nodes_created"], row["relationships_created"]
    return run.returncode, run.stderr, counts


def without_ingest_times(snapshot: dict) -> dict:
    for _, _, props in snapshot["nodes"]:
        props.pop("ingested_at", None)
    return snapshot


def digest(snapshot: dict) -> str:
    """A content digest of a snapshot, ingest times left out."""
    text = json.dumps(without_ingest_times(snapshot), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def assert_neo4j_equals_a_clean_load(store, facts: Path, uri: str, env: dict) -> None:
    """The graph ``store`` holds now (its CONTACT index kept right) equals what one clean load of
    ``facts`` into the emptied database gives."""
    from contact_index import assert_derived_indexes

    recovered = digest(store.snapshot())
    assert_derived_indexes(store)
    store.clear()
    assert start_load(facts, uri, env).wait() == 0
    assert digest(store.snapshot()) == recovered


def interactions_per_document(snapshot: dict) -> Counter:
    """How many interactions cite each document (article key), in a snapshot."""
    return Counter(
        a for *_, props in snapshot["relationships"] for a in props.get("articles") or ()
    )


def incomplete_documents(store, expected: Counter) -> list[str]:
    """Documents a Neo4j store marks as stored (an Article node) while some of their
    interactions are missing: what a killed ingest must never leave."""
    stored = [r["key"] for r in store.read("MATCH (a:Article) RETURN a.key AS key")]
    cited = {
        r["k"]: r["n"]
        for r in store.read(
            "MATCH ()-[r]->() WHERE r.articles IS NOT NULL UNWIND r.articles AS k "
            "RETURN k, count(*) AS n"
        )
    }
    return [key for key in stored if cited.get(key, 0) != expected[key]]
