"""The bulk path for a first load: the graph's rows written as the CSV files and headers that
``neo4j-admin database import full`` reads, run on the server diplograph provisions, then the
constraints and indexes a normal load would make.

The rows are the transactional writer's own (:func:`~.rows.build_batch`, the CONTACT index from
:func:`~.contacts.contact_rows`), so the graph it gives equals a transactional load's. Only an
empty database is accepted: neo4j-admin replaces the database's files.

>>> _header("goldstein", 1.5), _header("evidence", ["a"]), _header("date_inferred", False)
('goldstein:double', 'evidence:string[]', 'date_inferred:boolean')
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from . import cypher
from .aliases import read as read_aliases
from .contacts import contact_rows
from .errors import StoreError
from .facts import Interaction
from .rows import GraphBatch, build_batch, rel_type_of, sort_key
from .store import WriteReport, now_iso
from .vocabulary import DerivedType, Label

ARRAY_DELIMITER = "\x1f"  # no text diplograph stores holds it (checked on every value)
DATABASE = "neo4j"


def _header(prop: str, value: Any) -> str:
    if isinstance(value, bool):
        return f"{prop}:boolean"
    if isinstance(value, int):
        return f"{prop}:long"
    if isinstance(value, float):
        return f"{prop}:double"
    if isinstance(value, list):
        return f"{prop}:string[]"
    return prop


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(map(_text, value))
    return _text(value) if isinstance(value, str) else repr(value)


def _text(value: str) -> str:
    if ARRAY_DELIMITER in value:
        raise StoreError(
            "A value holds the character U+001F, which the bulk import uses between list "
            "items: load this input without --bulk."
        )
    return value


def _signature(props: dict[str, Any]) -> tuple[str, ...]:
    return tuple(_header(p, v) for p, v in sorted(props.items()) if v is not None)


def _write(path: Path, fixed: list[str], header: tuple[str, ...], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([*fixed, *header])
        writer.writerows(rows)


def _by_signature(rows: Iterable[tuple[list[str], dict[str, Any]]]) -> dict[tuple, list[list]]:
    """Rows grouped by the typed properties they have: one CSV file (one header) per group."""
    groups: dict[tuple, list[list]] = {}
    for fixed, props in rows:
        signature = _signature(props)
        values = [_cell(props[h.split(":")[0]]) for h in signature]
        groups.setdefault(signature, []).append([*fixed, *values])
    return groups


def contacts(batch: GraphBatch) -> dict[tuple[Label, Label], dict[str, dict[str, Any]]]:
    """The CONTACT index of a whole batch: one row per pair, its ids across every type."""
    merged: dict[tuple[Label, Label], dict[str, dict[str, Any]]] = {}
    for (rel, src, tgt), rows in batch.relationships.items():
        listed = [{"key": key, **props} for key, props in rows.items()]
        for labels, found in contact_rows(rel_type_of(rel), src, tgt, listed).items():
            target = merged.setdefault(labels, {})
            for row in found:
                entry = target.setdefault(row["key"], {**row, "ids": set()})
                entry["ids"].update(row["ids"])
    for rows in merged.values():
        for row in rows.values():
            row["ids"] = sorted(row["ids"], key=sort_key)
    return merged


def write_import_files(batch: GraphBatch, folder: Path) -> list[str]:
    """Write the batch as neo4j-admin import files into ``folder``; return the command's
    arguments after ``neo4j-admin``."""
    args = ["database", "import", "full"]
    n = 0
    for label, rows in batch.nodes.items():
        groups = _by_signature(
            ([key, label.value], {p: v for p, v in props.items() if p != "key"})
            for key, props in rows.items()
        )
        for header, lines in groups.items():
            n += 1
            path = folder / f"nodes-{n}.csv"
            _write(path, [f"key:ID({label.value})", ":LABEL"], header, lines)
            args.append(f"--nodes={path}")
    groups_by_kind: list[tuple[str, Label, Label, dict[str, dict[str, Any]]]] = [
        (rel, src, tgt, rows) for (rel, src, tgt), rows in batch.relationships.items()
    ]
    for (src, tgt), rows in contacts(batch).items():
        groups_by_kind.append((DerivedType.CONTACT.value, src, tgt, rows))
    for rel, src, tgt, rows in groups_by_kind:
        groups = _by_signature(
            (
                [row["src"], row["tgt"], rel, key],
                {p: v for p, v in row.items() if p not in ("src", "tgt", "key")},
            )
            for key, row in rows.items()
        )
        for header, lines in groups.items():
            n += 1
            path = folder / f"relationships-{n}.csv"
            fixed = [f":START_ID({src.value})", f":END_ID({tgt.value})", ":TYPE", "key"]
            _write(path, fixed, header, lines)
            args.append(f"--relationships={path}")
    return [
        *args,
        f"--array-delimiter={ARRAY_DELIMITER}",
        "--multiline-fields=true",
        "--overwrite-destination=true",
        "--high-parallel-io=on",
        f"--report-file={folder / 'import.report'}",  # not into the user's working folder
        DATABASE,
    ]


def bulk_load(
    server,
    facts: Iterable[Interaction],
    *,
    ingested_at: str | None = None,
    batch_size: int = 5000,
    phases: dict[str, float] | None = None,
    aliases: Path | None = None,
) -> WriteReport:
    """A first load into the provisioned server's empty database through neo4j-admin: the server
    is stopped for the import (while the rows and files are written) and started again, then
    the constraints are created. ``phases``,
    when given, receives the seconds each step took. The alias file (``aliases``, default
    :func:`~.aliases.default_path`) is applied as by a transactional load."""
    from .neo4j_store import Neo4jStore

    spent = phases if phases is not None else {}
    clock = time.perf_counter()

    def step(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        spent[name] = now - clock
        clock = now

    facts = list(facts)
    with Neo4jStore(server.start(), batch_size=batch_size) as store:
        if store.read(cypher.HOLDS_DATA)[0]["any"]:
            raise StoreError(
                "The bulk import replaces the database: it is only for a first load into an "
                "empty database, and this one holds a graph. Load without --bulk."
            )
    step("check")
    scratch = Path(tempfile.mkdtemp(prefix="bulk-", dir=server.home))
    # The server takes seconds to shut down: it stops while the rows and files are made.
    with ThreadPoolExecutor(max_workers=1) as pool:
        stopping = pool.submit(server.stop)
        try:
            batch = build_batch(facts, ingested_at or now_iso(), read_aliases(aliases))
            step("rows")
            args = write_import_files(batch, scratch)
            step("files")
            stopping.result()
            step("stop (after the files)")
            server.run_admin(args)
            step("neo4j-admin import")
        finally:
            stopping.result()  # stopped before it starts again, whatever failed
            server.start()
            step("start")
            shutil.rmtree(scratch, ignore_errors=True)
    with Neo4jStore(server.settings(), batch_size=batch_size) as store:
        store.ensure_constraints()
    step("constraints")
    return WriteReport(
        interactions=len(facts),
        nodes_created=batch.node_count,
        relationships_created=batch.relationship_count,
        untargeted=batch.untargeted,
    )
