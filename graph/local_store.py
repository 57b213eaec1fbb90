"""LocalStore: the embedded default. A networkx MultiDiGraph kept in one JSON file.

The same API and the same answers as Neo4jStore. A write holds the file's lock (``file_lock``) for
the whole read-merge-replace: it re-reads the file if another process changed it, merges in memory,
and replaces the file atomically (temp file, fsync, rename). So several processes may write one
store (they take turns), a killed write leaves the previous file whole, and readers always see the
last complete file.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Collection, Iterable
from pathlib import Path

import networkx as nx

from .aliases import read as read_aliases
from .errors import StoreUnavailable
from .facts import Interaction
from .file_lock import FileLock
from .merging import MergeReport, rekeyed
from .merging import report as merge_report
from .rows import NODE_RULES, build_batch, merge_properties, rel_type_of, rule_for
from .store import Progress, WriteReport, canonical_snapshot, now_iso, ordered_stats
from .subgraph import (
    Subgraph,
    local_interaction_ends,
    local_neighbourhood,
    local_represented,
    local_subgraph,
)
from .vocabulary import Label

FORMAT = "diplograph-local-graph"
VERSION = 1
TEMP_SUFFIX = ".tmp"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


NEW_FILE_MODE = 0o666 & ~_umask()


class LocalStore:
    """A graph in one file. Nodes are ``"Label:key"``; edges are keyed by their identity key."""

    def __init__(self, path: str | Path, *, existing: bool = False, aliases: Path | None = None):
        """``existing``: the file must exist (a reader's store), else StoreUnavailable.
        ``aliases``: the alias file every write applies (default: ``aliases.default_path``)."""
        self.path = Path(path)
        self.aliases_path = aliases
        if existing and not self.path.is_file():
            raise StoreUnavailable(
                f"No graph file at {self.path}: load or ingest into it first, or check --store."
            )
        self._seen: tuple[int, ...] | None = None  # the file's identity when it was last read
        self.graph = self._read()
        self.generation = 0  # bumped by every write: caches built on reads check it

    def __repr__(self) -> str:
        return f"LocalStore({str(self.path)!r})"

    @property
    def location(self) -> str:
        return str(self.path)

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: every write is saved when it returns."""

    def _signature(self) -> tuple[int, ...] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _read(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        self._seen = self._signature()
        if self._seen is None:
            return graph
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a diplograph graph file")
            for label, key, props in data["nodes"]:
                graph.add_node(f"{label}:{key}", label=label, key=key, props=props)
            for rel, src_label, src, tgt_label, tgt, props in data["relationships"]:
                graph.add_edge(
                    f"{src_label}:{src}",
                    f"{tgt_label}:{tgt}",
                    key=props["key"],
                    type=rel,
                    props=props,
                )
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as e:
            problem = str(e)[:200] if not isinstance(e, RecursionError) else "nested too deep"
            raise StoreUnavailable(
                f"Cannot read the graph file {self.path}: {problem}. It was left as it is."
            ) from None
        return graph

    def _refresh(self) -> None:
        """Under the lock: take up what another process wrote since this one last read."""
        if self._signature() != self._seen:
            self.graph = self._read()

    def _save(self) -> None:
        """Replace the file whole; only under the lock, which also makes leftover temp files
        (from a writer killed mid-save) safe to remove."""
        snap = self.snapshot()
        data = {"format": FORMAT, "version": VERSION, **snap}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            for stale in self.path.parent.glob(f".{self.path.name}.*{TEMP_SUFFIX}"):
                stale.unlink(missing_ok=True)
            try:
                mode = stat.S_IMODE(self.path.stat().st_mode)
            except FileNotFoundError:
                mode = NEW_FILE_MODE
            fd, tmp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=TEMP_SUFFIX, dir=self.path.parent
            )
            try:
                os.fchmod(fd, mode)
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as e:
            raise StoreUnavailable(
                f"Cannot write the graph file {self.path}: {e.strerror or e}"
            ) from None
        self._seen = self._signature()

    def write_facts(
        self,
        facts: Iterable[Interaction],
        *,
        ingested_at: str | None = None,
        progress: Progress | None = None,
    ) -> WriteReport:
        """Merge facts into the graph with the same rules as Neo4jStore, then save the file."""
        facts = list(facts)
        if not facts:  # nothing to merge: the file is neither created nor rewritten
            return WriteReport()
        batch = build_batch(facts, ingested_at or now_iso(), read_aliases(self.aliases_path))
        with FileLock(self.path):
            self._refresh()
            return self._merge(batch, len(facts), progress)

    def _merge(self, batch, interactions: int, progress: Progress | None) -> WriteReport:
        graph = self.graph
        nodes_created = relationships_created = 0
        total = batch.node_count + batch.relationship_count
        for label, rows in batch.nodes.items():
            rule = NODE_RULES[label]
            for key, props in rows.items():
                node = f"{label.value}:{key}"
                if node in graph:
                    old = graph.nodes[node]["props"]
                else:
                    graph.add_node(node, label=label.value, key=key, props={})
                    old = {}
                    nodes_created += 1
                graph.nodes[node]["props"] = merge_properties(rule, old, {"key": key, **props})
                graph.nodes[node]["props"]["key"] = key
            if progress:
                progress(len(rows), total)
        for (rel, src_label, tgt_label), rows in batch.relationships.items():
            rule = rule_for(rel_type_of(rel))
            for key, row in rows.items():
                props = {k: v for k, v in row.items() if k not in ("src", "tgt")}
                src, tgt = f"{src_label.value}:{row['src']}", f"{tgt_label.value}:{row['tgt']}"
                if graph.has_edge(src, tgt, key):
                    old = graph.edges[src, tgt, key]["props"]
                else:
                    graph.add_edge(src, tgt, key=key, type=rel, props={})
                    old = {}
                    relationships_created += 1
                merged = merge_properties(rule, old, props)
                merged["key"] = key
                graph.edges[src, tgt, key]["props"] = merged
            if progress:
                progress(len(rows), total)
        self._save()
        self.generation += 1
        graph.graph["generation"] = self.generation
        return WriteReport(
            interactions=interactions,
            nodes_created=nodes_created,
            relationships_created=relationships_created,
            untargeted=batch.untargeted,
        )

    def merge_node(self, label: Label, old: str, new: str) -> MergeReport:
        """Move everything of the node ``old`` onto ``new`` (see :mod:`.merging`), in one
        locked write of the file."""
        with FileLock(self.path):
            self._refresh()
            graph = self.graph
            node = f"{label.value}:{old}"
            if node not in graph:
                return MergeReport(label.value, old, new, found=False)
            renamed = f"{label.value}:{new}" not in graph
            edges = {
                k: (u, v, d)
                for edges in (
                    graph.out_edges(node, data=True, keys=True),
                    graph.in_edges(node, data=True, keys=True),
                )
                for u, v, k, d in edges
            }
            relationships = [
                _relationship(graph, u, v, d["type"], d["props"]) for u, v, d in edges.values()
            ]
            batch = rekeyed(label, old, new, graph.nodes[node]["props"], relationships)
            graph.remove_node(node)
            try:
                written = self._merge(batch, 0, None)
            except BaseException:  # the file is as it was: so is the graph in memory
                self.graph = self._read()
                raise
        return merge_report(label, old, new, renamed, relationships, written.relationships_created)

    def stats(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {"nodes": {}, "relationships": {}}
        for _, data in self.graph.nodes(data=True):
            out["nodes"][data["label"]] = out["nodes"].get(data["label"], 0) + 1
        for _, _, data in self.graph.edges(data=True):
            out["relationships"][data["type"]] = out["relationships"].get(data["type"], 0) + 1
        return ordered_stats(out)

    def people(self) -> list[tuple[str, list[str], list[str]]]:
        """Every person's key, the states they represent and their titles."""
        graph = self.graph
        return [
            (
                data["key"],
                sorted(graph.nodes[s]["key"] for s in local_represented(graph, node)),
                list(data["props"].get("titles") or ()),
            )
            for node, data in graph.nodes(data=True)
            if data["label"] == Label.PERSON.value
        ]

    def article_ids(self, ids: list[str]) -> set[str]:
        """Which of these document ids the store already holds."""
        return {i for i in ids if f"Article:{i}" in self.graph}

    def subgraph(self, ids: Collection[str] | None = None) -> Subgraph:
        """The nodes ``ids`` names (every actor, summit and place when None) with the
        interactions among them, their states and the articles those interactions cite."""
        return local_subgraph(self.graph, ids)

    def neighbourhood(self, start: str, hops: int, officials: bool = False) -> set[str]:
        """Node ids within ``hops`` interactions of the node ``start`` (with ``officials``, a
        state's officials' too)."""
        return local_neighbourhood(self.graph, start, hops, officials)

    def interaction_ends(self, keys: Collection[str]) -> dict[str, tuple[str, str]]:
        """The (from, to) node ids of the interactions with these keys."""
        return local_interaction_ends(self.graph, keys)

    def snapshot(self) -> dict[str, list]:
        graph = self.graph
        nodes = [(d["label"], d["key"], dict(d["props"])) for _, d in graph.nodes(data=True)]
        rels = [
            _relationship(graph, s, t, d["type"], dict(d["props"]))
            for s, t, d in graph.edges(data=True)
        ]
        return canonical_snapshot(nodes, rels)

    def clear(self) -> None:
        with FileLock(self.path):
            self.graph = nx.MultiDiGraph()
            self._save()
        self.generation += 1
        self.graph.graph["generation"] = self.generation


def _relationship(graph: nx.MultiDiGraph, u: str, v: str, kind: str, props: dict) -> tuple:
    """An edge as the snapshot and a merge take it: (type, from label, from key, to label,
    to key, properties)."""
    ends = graph.nodes[u], graph.nodes[v]
    return (kind, ends[0]["label"], ends[0]["key"], ends[1]["label"], ends[1]["key"], props)
