"""Run ``diplograph load`` as separate processes on synthetic facts, and compare the graphs they
leave: what the crash, restart and parallel-writer tests share."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
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


def start_load(path: Path, store: str, env: dict, batch_size: int = 200) -> subprocess.Popen:
    command = [sys.executable, "-m", "diplograph.cli", "load", str(path), "--store", store]
    return subprocess.Popen(
        [*command, "--batch-size", str(batch_size), "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


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
    from contact_index import assert_contacts_index

    recovered = digest(store.snapshot())
    assert_contacts_index(store)
    store.clear()
    assert start_load(facts, uri, env).wait() == 0
    assert digest(store.snapshot()) == recovered
