"""Neo4jStore: the store of record. One driver, one database name, two doors to the driver."""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors

from . import cypher, state_pairs
from .aliases import read as read_aliases
from .contacts import contact_rows
from .errors import QueryError, ReadOnlyError, StoreError, StoreUnavailable
from .facts import Interaction
from .merging import MergeReport, rekeyed
from .merging import report as merge_report
from .plan_check import explain_statement, refused_operation
from .rows import build_batch, rel_type_of
from .settings import Neo4jSettings
from .store import Progress, WriteReport, canonical_snapshot, chunked, now_iso
from .subgraph import (
    Subgraph,
    neo4j_interaction_ends,
    neo4j_neighbourhood,
    neo4j_subgraph,
)
from .values import plain
from .vocabulary import DerivedType, Label

log = logging.getLogger(__name__)

RACE_RETRIES = 8  # a key created by a concurrent load between our check and our create
LOST_COMMIT_RETRIES = 3  # a batch whose commit's answer never came: its mark tells if it is in
# A batch mark older than this was left by a writer that died: a live writer's retries of a batch
# end within the driver's retry time (30 s).
STALE_MARK_MS = 10 * 60 * 1000


START_HINT = (
    "Start it with `docker compose up -d --wait` or `diplograph neo4j start`, or set NEO4J_URI."
)


_ENDS = ("key", "src", "tgt")


def packed(row: dict[str, Any]) -> dict[str, Any]:
    """A new row as the create statements take it: its key and ends, and its other properties
    in one ``props`` map (set with one ``+=``; absent values left out).

    >>> packed({"key": "k", "src": "A", "tgt": "B", "date": None, "status": "actual"})
    {'key': 'k', 'src': 'A', 'tgt': 'B', 'props': {'status': 'actual'}}
    """
    out = {end: row[end] for end in _ENDS if end in row}
    out["props"] = {k: v for k, v in row.items() if k not in _ENDS and v is not None}
    return out


def _statements(rel_type, src: Label, tgt: Label) -> tuple[str, str, str]:
    """Which keys exist, create new ones, merge into existing ones: for relationships."""
    return (
        cypher.relationship_exists(rel_type),
        cypher.relationship_create(rel_type, src, tgt),
        cypher.relationship_statement(rel_type, src, tgt),
    )


class Neo4jStore:
    """A Neo4j database as the store of record.

    Built from settings (the environment by default) or from a driver you pass in, which the store
    then does not close. Every write is a batched ``UNWIND $rows`` in a managed transaction.
    """

    def __init__(
        self,
        settings: Neo4jSettings | None = None,
        *,
        driver: neo4j.Driver | None = None,
        database: str | None = None,
        batch_size: int = 5000,
        aliases: Path | None = None,
    ):
        self.settings = settings or Neo4jSettings.from_env()
        self.database = database or self.settings.database
        self.batch_size = batch_size
        self.aliases_path = aliases  # the alias file every write applies (None: the default)
        self._owns_driver = driver is None
        if driver is None:
            auth = (self.settings.username, self.settings.password or "")
            try:
                driver = neo4j.GraphDatabase.driver(
                    self.settings.driver_uri,
                    auth=auth,
                    # the server's hints ("property `event` does not exist" on a graph with
                    # no events yet) would be logged to stderr under every query's output
                    notifications_min_severity="OFF",
                )
            except (ValueError, neo4j_errors.ConfigurationError) as e:
                raise StoreUnavailable(
                    f"Bad Neo4j URI {self.settings.safe_uri}: {self.settings.redact(str(e))}"
                ) from None
        self._driver = driver
        self._constraints_done = False
        self._reachable = False
        self._marks: list[str] = []  # this writer's committed batch marks, dropped with the next
        self.generation = 0  # bumped by every write: caches built on reads check it

    def __repr__(self) -> str:
        return f"Neo4jStore({self.settings.safe_uri!r}, database={self.database!r})"

    @property
    def location(self) -> str:
        return f"{self.settings.safe_uri} (database {self.database})"

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_driver:
            self._driver.close()

    # The two doors to the driver -------------------------------------------------------------

    def read(
        self, query: str, params: dict[str, Any] | None = None, *, guarded: bool = False
    ) -> list[dict[str, Any]]:
        """Run Cypher in a READ transaction; Neo4j itself refuses any write. Rows as plain dicts.

        ``guarded`` (a user's Cypher): harmless too, the server's plan for it is checked first
        for file or network access and administration (``plan_check``)."""

        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            explain = explain_statement(query) if guarded else None
            if explain is not None:
                refused = refused_operation(tx.run(explain, params).consume().plan)
                if refused:
                    raise ReadOnlyError(
                        f"Read-only Cypher may not use {refused}. Pass --write to allow it."
                    )
            return [{k: plain(v) for k, v in record.items()} for record in tx.run(query, params)]

        with self._translated():
            for lost in range(LOST_COMMIT_RETRIES + 1):
                try:
                    with self._driver.session(
                        database=self.database, default_access_mode=neo4j.READ_ACCESS
                    ) as session:
                        return session.execute_read(work)
                except neo4j_errors.IncompleteCommit:  # a read may run again
                    if lost == LOST_COMMIT_RETRIES:
                        raise
                    log.warning("Neo4j's answer to a commit was lost; reading again")

    def write(
        self, statements: Iterable[tuple[str, dict[str, Any]]], *, repeatable: bool = False
    ) -> dict[str, Any]:
        """Run statements in one managed write transaction (retried on transient errors, and
        when ``repeatable`` on the errors ``_execute_write`` names).

        Returns the summed counters; rows of the last statement are under ``"rows"``.
        """
        statements = list(statements)

        def work(tx: neo4j.ManagedTransaction) -> dict[str, Any]:
            totals = _Totals()
            for query, params in statements:
                totals.rows = totals.run(tx, query, params)
            return totals.as_dict()

        return self._execute_write(work, repeatable=repeatable)

    def _execute_write(
        self, work: Callable[[neo4j.ManagedTransaction], Any], *, repeatable: bool = False
    ) -> Any:
        """The one place a write transaction is opened. The driver retries transient errors
        (deadlocks, a leader switch, a restart within its retry time). A ``repeatable`` write,
        one that may run twice (a marked merge, a delete), is also retried on

        - a uniqueness conflict: another load created one of its keys after it looked, and the
          retry, looking again, merges into that node instead;
        - a lost commit answer (the connection dropped while the server committed): a merge's
          batch mark tells the retry whether the batch is in."""
        self.generation += 1
        races = lost = 0
        with self._translated():
            while True:
                try:
                    with self._driver.session(database=self.database) as session:
                        return session.execute_write(work)
                except neo4j_errors.ConstraintError:
                    if not repeatable or races == RACE_RETRIES:
                        raise
                    races += 1
                    time.sleep(random.uniform(0.01, 0.05) * races)
                except neo4j_errors.IncompleteCommit:
                    if not repeatable or lost == LOST_COMMIT_RETRIES:
                        raise
                    lost += 1
                    log.warning("Neo4j's answer to a commit was lost; retrying the batch")

    def _merge_rows(
        self,
        statements: tuple[str, str, str],
        rows: list[dict[str, Any]],
        derived: list[tuple[tuple[str, str, str], list[dict[str, Any]]]] = (),
        tally: state_pairs.Tally | None = None,
    ) -> dict[str, Any]:
        """One batch in one transaction: rows whose key is new are created with their merged
        properties in one SET; rows whose key exists go through the full merge rules. The
        ``derived`` groups, the batch's CONTACT rows, are merged the same way in the same
        transaction, and not counted; the ``tally`` changes the STATE_PAIR rollup by what the
        new rows change in it.

        The transaction first looks for its batch mark: found, an earlier attempt committed and
        the counts it recorded are the answer; otherwise it does the work, then marks the batch
        with what it created and drops this writer's previous mark."""
        token = uuid.uuid4().hex

        def merge(tx: neo4j.ManagedTransaction, totals: _Totals, statements, rows, tally=None):
            exists, create, update = statements
            found = {r["k"] for r in totals.run(tx, exists, {"keys": [r["key"] for r in rows]})}
            new = [r for r in rows if r["key"] not in found]
            old = [r for r in rows if r["key"] in found]
            if new and tally and tally.by_ends:
                tx.run(*tally.statement(new, -1)).consume()
            if new:
                totals.run(tx, create, {"rows": [packed(r) for r in new]})
            if old:
                totals.run(tx, update, {"rows": old})
            if new and tally:
                tx.run(*tally.statement(new, 1)).consume()

        def work(tx: neo4j.ManagedTransaction) -> dict[str, Any]:
            totals = _Totals()
            done = tx.run(cypher.BATCH_DONE, {"token": token}).data()
            if done:
                totals.counts.update(done[0])
                return totals.as_dict()
            if tally:  # before any other write: see state_pairs.py on concurrent loads
                tx.run(state_pairs.LOCK).consume()
            merge(tx, totals, statements, rows, tally)
            for group in derived:
                merge(tx, _Totals(), *group)
            created = {name: totals.counts[name] for name in _Totals.CREATED}
            tx.run(cypher.BATCH_MARK, {"token": token, **created}).consume()
            self._unmark(tx)
            return totals.as_dict()

        counters = self._execute_write(work, repeatable=True)
        self._marks = [token]
        return counters

    def _unmark(self, tx: neo4j.ManagedTransaction) -> None:
        """Drop this writer's committed marks and any a dead writer left."""
        tx.run(cypher.BATCH_UNMARK, {"tokens": self._marks, "stale_ms": STALE_MARK_MS}).consume()

    def _drop_marks(self) -> None:
        """After the last batch of a write: its mark is no longer needed."""
        if self._marks:
            self._execute_write(self._unmark, repeatable=True)
            self._marks = []

    def _translated(self) -> _Translate:
        if not self._reachable:  # fail fast, instead of retrying for 30 s, when nothing answers
            with _Translate(self.settings.safe_uri):
                self._driver.verify_connectivity()
            self._reachable = True
        return _Translate(self.settings.safe_uri)

    # The store API, the same as LocalStore's ------------------------------------------------

    def ensure_constraints(self) -> None:
        """Create every uniqueness constraint, idempotently, before the first write."""
        if not self._constraints_done:
            statements = cypher.constraint_statements()  # IF NOT EXISTS: they may run twice
            self.write(((statement, {}) for statement in statements), repeatable=True)
            if self.contacts_missing():
                self._index_contacts()
            if not self.read(state_pairs.BUILT):
                self.write(state_pairs.BUILD, repeatable=True)
            self._constraints_done = True

    def contacts_missing(self) -> bool:
        """Whether the database holds actual interactions but no CONTACT index (it was written
        by a diplograph older than the index); the next write builds it."""
        return not self.read(cypher.CONTACT_COUNT)[0]["n"] and self._holds_interactions()

    def state_pairs_missing(self) -> bool:
        """Whether the database holds actual interactions but no STATE_PAIR rollup (it was
        written by an older diplograph, or imported by neo4j-admin); the next write builds it."""
        return not self.read(state_pairs.BUILT) and self._holds_interactions()

    def _holds_interactions(self) -> bool:
        """Whether the database holds an actual interaction (a derived index would have rows)."""
        return bool(self.read(cypher.actual_interactions() + " LIMIT 1"))

    def _index_contacts(self) -> None:
        """Build the CONTACT index from the interactions, with the writer's own rows."""
        kinds: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for row in self.read(cypher.actual_interactions()):
            kinds.setdefault((row["type"], row["src_label"], row["tgt_label"]), []).append(row)
        for (rel, src, tgt), rows in kinds.items():
            groups = contact_rows(rel_type_of(rel), Label(src), Label(tgt), rows)
            for labels, contacts in groups.items():
                for chunk in chunked(contacts, self.batch_size):
                    self._merge_rows(_statements(DerivedType.CONTACT, *labels), list(chunk))
        self._drop_marks()

    def write_facts(
        self,
        facts: Iterable[Interaction],
        *,
        ingested_at: str | None = None,
        progress: Progress | None = None,
    ) -> WriteReport:
        """Merge facts into the graph in batches of batch_size: actors and places first, then
        relationships, and the documents' Article nodes last. An Article is the mark that its
        document is in (ingest skips a document the store holds), so a write killed part-way
        leaves no document marked whose interactions are missing: a re-run completes them."""
        facts = list(facts)
        batch = build_batch(facts, ingested_at or now_iso(), read_aliases(self.aliases_path))
        self.ensure_constraints()
        created = {"nodes_created": 0, "relationships_created": 0}

        def node_job(label: Label, rows: dict) -> tuple:
            statements = (
                cypher.node_exists(label),
                cypher.node_create(label),
                cypher.node_statement(label),
            )
            return statements, [{"key": key, **props} for key, props in rows.items()], None

        jobs = [node_job(lb, rows) for lb, rows in batch.nodes.items() if lb is not Label.ARTICLE]
        for (rel, src, tgt), rows in batch.relationships.items():
            rel_type = rel_type_of(rel)
            statements = _statements(rel_type, src, tgt)
            rows = [{"key": key, **props} for key, props in rows.items()]
            jobs.append((statements, rows, (rel_type, src, tgt)))
        if Label.ARTICLE in batch.nodes:  # last: see the docstring
            jobs.append(node_job(Label.ARTICLE, batch.nodes[Label.ARTICLE]))
        total = batch.node_count + batch.relationship_count
        for statements, rows, kind in jobs:
            for chunk in chunked(rows, self.batch_size):
                chunk = list(chunk)
                derived = [
                    (_statements(DerivedType.CONTACT, *labels), contacts)
                    for labels, contacts in (contact_rows(*kind, chunk) if kind else {}).items()
                ]
                tally = state_pairs.tally_for(*kind) if kind else None
                counters = self._merge_rows(statements, chunk, derived, tally)
                for name in created:
                    created[name] += counters[name]
                if progress:
                    progress(len(chunk), total)
        self._drop_marks()
        return WriteReport(interactions=len(facts), untargeted=batch.untargeted, **created)

    def merge_node(self, label: Label, old: str, new: str) -> MergeReport:
        """Move everything of the node ``old`` onto ``new`` (see :mod:`.merging`) in one write
        transaction, the CONTACT index of both rebuilt in it and the STATE_PAIR rollup recounted
        for their interactions. Run again, it finds no ``old``."""
        self.ensure_constraints()
        statements = cypher.merge_statements(label)

        def work(tx: neo4j.ManagedTransaction) -> MergeReport:
            totals = _Totals()
            found = totals.run(tx, statements["node"], {"key": old})
            if not found:
                return MergeReport(label.value, old, new, found=False)
            renamed = not totals.run(tx, statements["node"], {"key": new})
            recount = state_pairs.merge_tally(label)
            tx.run(state_pairs.LOCK).consume()
            tx.run(recount, {"keys": [old, new], "sign": -1}).consume()
            relationships = [
                (r["type"], r["src_label"], r["src"], r["tgt_label"], r["tgt"], r["props"])
                for r in totals.run(tx, statements["relationships"], {"key": old})
            ]
            batch = rekeyed(label, old, new, found[0]["props"], relationships)
            totals.run(tx, statements["drop_contacts"], {"keys": [old, new]})
            totals.run(tx, statements["drop_node"], {"key": old})
            rows = [{"key": key, **props} for key, props in batch.nodes[label].items()]
            totals.run(tx, cypher.node_statement(label), {"rows": rows})
            created = totals.counts["relationships_created"]
            for (rel, src, tgt), by_key in batch.relationships.items():
                rows = [{"key": key, **props} for key, props in by_key.items()]
                statement = cypher.relationship_statement(rel_type_of(rel), src, tgt)
                totals.run(tx, statement, {"rows": rows})
            created = totals.counts["relationships_created"] - created
            kinds: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
            for row in totals.run(tx, statements["actual"], {"key": new}):
                kinds.setdefault((row["type"], row["src_label"], row["tgt_label"]), []).append(row)
            for (rel, src, tgt), rows in kinds.items():
                groups = contact_rows(rel_type_of(rel), Label(src), Label(tgt), rows)
                for labels, contacts in groups.items():
                    statement = cypher.relationship_statement(DerivedType.CONTACT, *labels)
                    totals.run(tx, statement, {"rows": contacts})
            tx.run(recount, {"keys": [new], "sign": 1}).consume()
            return merge_report(label, old, new, renamed, relationships, created)

        return self._execute_write(work, repeatable=True)

    def stats(self) -> dict[str, dict[str, int]]:
        """Node counts by label and relationship counts by type (zeros left out)."""
        out: dict[str, dict[str, int]] = {"nodes": {}, "relationships": {}}
        for kind, name, statement in cypher.count_statements():
            count = self.read(statement)[0]["n"]
            if count:
                out[kind][name] = count
        return out

    def people(self) -> list[tuple[str, list[str], list[str]]]:
        """Every person's key, the states they represent and their titles."""
        return [(r["key"], r["states"], r["titles"] or []) for r in self.read(cypher.PEOPLE)]

    def article_ids(self, ids: list[str]) -> set[str]:
        """Which of these document ids the store already holds."""
        return {row["id"] for row in self.read(cypher.ARTICLE_IDS, {"ids": list(ids)})}

    def subgraph(self, ids: Collection[str] | None = None) -> Subgraph:
        """The nodes ``ids`` names (every actor, summit and place when None) with the
        interactions among them, their states and the articles those interactions cite; read
        by key through the constraints' indexes."""
        return neo4j_subgraph(self, ids)

    def neighbourhood(self, start: str, hops: int, officials: bool = False) -> set[str]:
        """Node ids within ``hops`` interactions of the node ``start`` (with ``officials``, a
        state's officials' too)."""
        return neo4j_neighbourhood(self, start, hops, officials)

    def interaction_ends(self, keys: Collection[str]) -> dict[str, tuple[str, str]]:
        """The (from, to) node ids of the interactions with these keys."""
        return neo4j_interaction_ends(self, keys)

    def snapshot(self) -> dict[str, list]:
        """Every node and relationship with its properties, sorted, for comparing stores."""
        nodes = [(r["label"], r["key"], r["props"]) for r in self.read(cypher.SNAPSHOT_NODES)]
        rels = [
            (r["type"], r["src_label"], r["src"], r["tgt_label"], r["tgt"], r["props"])
            for r in self.read(cypher.SNAPSHOT_RELATIONSHIPS)
        ]
        return canonical_snapshot(nodes, rels)

    def clear(self) -> None:
        """Delete every node and relationship, in transactions of bounded size (the rollups'
        markers too: the next write makes them again)."""
        self._constraints_done = False
        while self.write([(cypher.CLEAR_RELATIONSHIPS, {"limit": 20_000})])[
            "relationships_deleted"
        ]:
            pass
        while self.write([(cypher.CLEAR_NODES, {"limit": 20_000})])["nodes_deleted"]:
            pass


class _Totals:
    """Counters summed over the statements of one transaction."""

    CREATED = ("nodes_created", "relationships_created")
    NAMES = (
        *CREATED,
        "nodes_deleted",
        "relationships_deleted",
        "properties_set",
    )

    def __init__(self) -> None:
        self.counts = dict.fromkeys(self.NAMES, 0)
        self.rows: list[dict[str, Any]] = []

    def run(
        self, tx: neo4j.ManagedTransaction, query: str, params: dict[str, Any]
    ) -> list[dict[str, Any]]:
        result = tx.run(query, params)
        rows = [{k: plain(v) for k, v in record.items()} for record in result]
        counters = result.consume().counters
        for name in self.NAMES:
            self.counts[name] += getattr(counters, name)
        return rows

    def as_dict(self) -> dict[str, Any]:
        return {**self.counts, "rows": self.rows}


class _Translate:
    """Turns driver errors into the project's errors, with the fix in the message."""

    def __init__(self, safe_uri: str):
        self.safe_uri = safe_uri

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type | None, exc: BaseException | None, tb: object) -> bool:
        if exc is None or not isinstance(exc, neo4j_errors.Neo4jError | neo4j_errors.DriverError):
            return False
        where = self.safe_uri
        if isinstance(exc, neo4j_errors.AuthError):
            raise StoreUnavailable(
                f"Neo4j at {where} refused the credentials. Set NEO4J_USERNAME and NEO4J_PASSWORD "
                "(or use the password `diplograph neo4j start` generated)."
            ) from None
        if isinstance(exc, neo4j_errors.ServiceUnavailable | neo4j_errors.SessionExpired):
            raise StoreUnavailable(f"Cannot reach Neo4j at {where}. {START_HINT}") from None
        code = getattr(exc, "code", None) or ""
        message = getattr(exc, "message", None) or str(exc)
        if code == "Neo.ClientError.Statement.AccessMode":
            raise ReadOnlyError(
                f"Neo4j refused a write in read-only mode ({message}). Pass --write to allow it."
            ) from None
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            raise StoreUnavailable(f"Neo4j at {where} has no such database: {message}") from None
        if code.startswith("Neo.ClientError."):
            raise QueryError(f"Neo4j rejected the query: {message}") from None
        log.debug("Neo4j error %s at %s", code, where)
        raise StoreError(f"Neo4j at {where} failed: {message}") from exc
