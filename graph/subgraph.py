"""A typed piece of the graph by node ids, read from either store the same way: what a page, an
export or a notebook object is built from. On Neo4j every read goes through the key
constraints' indexes, so a selection reads what it shows, not the whole database.

Node ids are ``Label:key`` ("Person:Marco Rubio", "State:USA"); labels never hold a colon.

>>> split_id("Person:A: B")
('Person', 'A: B')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from .cypher import data_node
from .rows import sort_key
from .vocabulary import InteractionType, Label, StructuralType, quote_name

INTERACTIONS = tuple(t.value for t in InteractionType)
BELONGS = (StructuralType.REPRESENTS.value, StructuralType.LOCATED_IN.value)
SHOWN_LABELS = tuple(label.value for label in Label if label is not Label.ARTICLE)


@dataclass
class Subgraph:
    """Nodes by id with their label, key and properties; the interactions among them (from
    id, to id, type, properties); the state codes each node represents or lies in; and the
    properties of the articles those interactions cite, by article key."""

    nodes: dict[str, tuple[str, str, dict[str, Any]]] = field(default_factory=dict)
    interactions: list[tuple[str, str, str, dict[str, Any]]] = field(default_factory=list)
    states: dict[str, tuple[str, ...]] = field(default_factory=dict)
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)


def _in_key_order(sub: Subgraph) -> Subgraph:
    """Both stores list interactions in one order: by key, as Neo4j orders strings."""
    sub.interactions.sort(key=lambda e: sort_key(e[3].get("key") or ""))
    return sub


def node_id(label: str, key: str) -> str:
    return f"{label}:{key}"


def split_id(node: str) -> tuple[str, str]:
    label, _, key = node.partition(":")
    return label, key


def _by_label(ids: Iterable[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for node in ids:
        label, key = split_id(node)
        if label in SHOWN_LABELS:
            grouped[label].append(key)
    return grouped


def _label(name: str) -> str:
    return quote_name(Label(name))


# --- the embedded store: its networkx graph ---------------------------------------------------


def local_subgraph(graph: Any, ids: Collection[str] | None) -> Subgraph:
    """The subgraph of the embedded store's MultiDiGraph."""
    wanted = graph.nodes if ids is None else [n for n in ids if n in graph]
    sub = Subgraph()
    for node in wanted:
        data = graph.nodes[node]
        if data["label"] != Label.ARTICLE.value:
            sub.nodes[node] = (data["label"], data["key"], data["props"])
    cited: set[str] = set()
    for node, (label, key, _) in sub.nodes.items():
        states = {key} if label == Label.STATE.value else set()
        for _, other, data in graph.out_edges(node, data=True):
            if data["type"] in BELONGS and graph.nodes[other]["label"] == Label.STATE.value:
                states.add(graph.nodes[other]["key"])
            elif data["type"] in INTERACTIONS and other in sub.nodes:
                sub.interactions.append((node, other, data["type"], data["props"]))
                cited.update(data["props"].get("articles") or ())
        if states:
            sub.states[node] = tuple(sorted(states))
    for article in cited:
        found = graph.nodes.get(node_id(Label.ARTICLE.value, article))
        if found is not None:
            sub.articles[article] = found["props"]
    return _in_key_order(sub)


def local_officials(graph: Any, state: str) -> list[str]:
    """The persons who represent the node ``state``: those a state answers for in a query."""
    return [
        u
        for u, _, d in graph.in_edges(state, data=True)
        if d["type"] == StructuralType.REPRESENTS.value
        and graph.nodes[u]["label"] == Label.PERSON.value
    ]


def local_represented(graph: Any, person: str) -> list[str]:
    """The state nodes the node ``person`` represents."""
    return [
        v
        for _, v, d in graph.out_edges(person, data=True)
        if d["type"] == StructuralType.REPRESENTS.value
        and graph.nodes[v]["label"] == Label.STATE.value
    ]


def local_neighbourhood(graph: Any, start: str, hops: int, officials: bool = False) -> set[str]:
    """Nodes within ``hops`` interactions of ``start``, either way; with ``officials``, a state
    ``start`` stands for itself and the persons who represent it, as a query's state does."""
    seen = {start}
    if officials and start in graph and graph.nodes[start]["label"] == Label.STATE.value:
        seen |= set(local_officials(graph, start))
    frontier = set(seen)
    for _ in range(hops):
        reached = set()
        for node in frontier:
            for edges in (graph.out_edges(node, data=True), graph.in_edges(node, data=True)):
                for u, v, data in edges:
                    if data["type"] in INTERACTIONS:
                        reached.add(v if u == node else u)
        frontier = reached - seen
        seen |= frontier
    return seen


def local_interaction_ends(graph: Any, keys: Collection[str]) -> dict[str, tuple[str, str]]:
    wanted = set(keys)
    return {
        d["props"]["key"]: (u, v)
        for u, v, d in graph.edges(data=True)
        if d["type"] in INTERACTIONS and d["props"].get("key") in wanted
    }


# --- Neo4j: indexed reads by key --------------------------------------------------------------

_ALL_NODES = (
    f"MATCH (n) WHERE NOT n:Article AND {data_node('n')} "
    "RETURN labels(n)[0] AS label, n.key AS key, properties(n) AS props"
)
_ALL_INTERACTIONS = (
    "MATCH (a)-[r]->(b) WHERE type(r) IN $types "
    "RETURN labels(a)[0] AS sl, a.key AS src, labels(b)[0] AS tl, b.key AS tgt, "
    "type(r) AS type, properties(r) AS props"
)
_ALL_BELONGS = (
    "MATCH (a)-[:REPRESENTS|LOCATED_IN]->(s:State) "
    "RETURN labels(a)[0] AS label, a.key AS key, s.key AS state"
)
_NODES = (
    "UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key AS key, properties(n) AS props"
)
_INTERACTIONS = (
    "UNWIND $keys AS k MATCH (a:{label} {{key: k}})-[r]->(b) WHERE type(r) IN $types "
    "RETURN a.key AS src, labels(b)[0] AS tl, b.key AS tgt, type(r) AS type, "
    "properties(r) AS props"
)
_BELONGS = (
    "UNWIND $keys AS k MATCH (a:{label} {{key: k}})-[:REPRESENTS|LOCATED_IN]->(s:State) "
    "RETURN a.key AS key, s.key AS state"
)
_NEIGHBOURS = (
    "UNWIND $keys AS k MATCH (a:{label} {{key: k}})-[r]-(b) WHERE type(r) IN $types "
    "RETURN DISTINCT labels(b)[0] AS label, b.key AS key"
)
_OFFICIALS = (
    f"MATCH (p:{_label('Person')})-[:{quote_name(StructuralType.REPRESENTS)}]->"
    f"(:{_label('State')} {{key: $key}}) RETURN p.key AS key"
)
_ENDS = (
    "MATCH (a)-[r:{type}]->(b) WHERE r.key IN $keys "
    "RETURN r.key AS id, labels(a)[0] AS sl, a.key AS src, labels(b)[0] AS tl, b.key AS tgt"
)
_ARTICLES = "MATCH (x:Article) WHERE x.key IN $keys RETURN x.key AS key, properties(x) AS props"


def neo4j_subgraph(store: Any, ids: Collection[str] | None) -> Subgraph:
    """The subgraph read from Neo4j: by label and key through the constraints' indexes."""
    sub = Subgraph()
    states: dict[str, set[str]] = defaultdict(set)
    if ids is None:
        for r in store.read(_ALL_NODES):
            sub.nodes[node_id(r["label"], r["key"])] = (r["label"], r["key"], r["props"])
        for r in store.read(_ALL_INTERACTIONS, {"types": list(INTERACTIONS)}):
            ends = node_id(r["sl"], r["src"]), node_id(r["tl"], r["tgt"])
            sub.interactions.append((*ends, r["type"], r["props"]))
        for r in store.read(_ALL_BELONGS):
            states[node_id(r["label"], r["key"])].add(r["state"])
    else:
        for label, keys in _by_label(ids).items():
            text = _label(label)
            for r in store.read(_NODES.format(label=text), {"keys": keys}):
                sub.nodes[node_id(label, r["key"])] = (label, r["key"], r["props"])
            for r in store.read(_BELONGS.format(label=text), {"keys": keys}):
                states[node_id(label, r["key"])].add(r["state"])
        for label, keys in _by_label(sub.nodes).items():
            query = _INTERACTIONS.format(label=_label(label))
            for r in store.read(query, {"keys": keys, "types": list(INTERACTIONS)}):
                target = node_id(r["tl"], r["tgt"])
                if target in sub.nodes:
                    sub.interactions.append(
                        (node_id(label, r["src"]), target, r["type"], r["props"])
                    )
    for node, (label, key, _) in sub.nodes.items():
        if label == Label.STATE.value:
            states[node].add(key)
    sub.states = {n: tuple(sorted(s)) for n, s in states.items() if n in sub.nodes}
    cited = sorted({a for *_, props in sub.interactions for a in props.get("articles") or ()})
    if cited:
        sub.articles = {r["key"]: r["props"] for r in store.read(_ARTICLES, {"keys": cited})}
    return _in_key_order(sub)


def neo4j_neighbourhood(store: Any, start: str, hops: int, officials: bool = False) -> set[str]:
    seen = {start}
    label, key = split_id(start)
    if officials and label == Label.STATE.value:
        seen |= {
            node_id(Label.PERSON.value, r["key"]) for r in store.read(_OFFICIALS, {"key": key})
        }
    frontier = set(seen)
    for _ in range(hops):
        reached = set()
        for label, keys in _by_label(frontier).items():
            query = _NEIGHBOURS.format(label=_label(label))
            for r in store.read(query, {"keys": keys, "types": list(INTERACTIONS)}):
                reached.add(node_id(r["label"], r["key"]))
        frontier = reached - seen
        seen |= frontier
    return seen


def neo4j_interaction_ends(store: Any, keys: Collection[str]) -> dict[str, tuple[str, str]]:
    by_type: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        kind = key.split("|", 1)[0]  # an interaction key opens with its type (rows.identity_key)
        if kind in INTERACTIONS:
            by_type[kind].append(key)
    ends = {}
    for kind, wanted in by_type.items():
        query = _ENDS.format(type=quote_name(InteractionType(kind)))
        for r in store.read(query, {"keys": wanted}):
            ends[r["id"]] = (node_id(r["sl"], r["src"]), node_id(r["tl"], r["tgt"]))
    return ends
