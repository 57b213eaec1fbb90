"""Which part of the graph to draw or export: the whole graph, a named query's rows, or an
ego network, filtered by type, status and period. Returns plain nodes and edges.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from diplograph.graph import (
    InteractionType,
    LocalStore,
    Neo4jStore,
    QueryError,
    StructuralType,
    render_html,
)
from diplograph.graph.rows import sort_key

from .actors import ACTOR_LABELS, actor_names
from .convert import selection_to_networkx, to_dataframe
from .library import Param, _coerce, actor_index, get_query, run_query
from .local import in_period, period_end, period_start
from .notebook import page_frame

INTERACTIONS = {t.value for t in InteractionType}
_BELONGS = {StructuralType.REPRESENTS.value, StructuralType.LOCATED_IN.value}
_NAME_COLUMNS = (
    "source",
    "target",
    "accuser",
    "accused",
    "counterpart",
    "attendee",
    "actor",
    "state_a",
    "state_b",
)


@dataclass
class Selection:
    """Plain nodes and edges (dicts), ready for graph.viz or graph.export; in Jupyter it shows
    as the interactive page, and it converts to networkx and pandas with stable ids."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    dropped_nodes: int = 0
    dropped_edges: int = 0
    note: str = ""
    heading: str = "diplograph"

    def __repr__(self) -> str:
        return f"Selection({len(self.nodes)} nodes, {len(self.edges)} interactions: {self.heading})"

    def page(self) -> str:
        """The self-contained interactive page (what ``diplograph viz`` writes)."""
        return render_html(self.nodes, self.edges, heading=self.heading, note=self.note)

    def _repr_html_(self) -> str:
        return page_frame(self.page())

    def to_networkx(self) -> nx.MultiDiGraph:
        return selection_to_networkx(self)

    def to_dataframe(self) -> Any:
        return to_dataframe(self)


def _graph(store: Neo4jStore | LocalStore) -> tuple[nx.MultiDiGraph, dict[str, dict]]:
    if isinstance(store, LocalStore):  # the embedded store is a graph already: no copy
        articles = {
            d["key"]: d["props"] for _, d in store.graph.nodes(data=True) if d["label"] == "Article"
        }
        return store.graph, articles  # structural edges are filtered where edges are read
    snap = store.snapshot()
    graph = nx.MultiDiGraph()
    articles = {}
    for label, key, props in snap["nodes"]:
        if label == "Article":
            articles[key] = props
            continue
        graph.add_node(f"{label}:{key}", label=label, key=key, props=props)
    for rel, sl, s, tl, t, props in snap["relationships"]:
        if rel in INTERACTIONS or rel in _BELONGS:
            graph.add_edge(f"{sl}:{s}", f"{tl}:{t}", key=props.get("key"), type=rel, props=props)
    return graph, articles


def _states(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """The state each person represents and each place lies in, as state codes."""
    states: dict[str, set[str]] = defaultdict(set)
    for u, v, d in graph.edges(data=True):
        if d["type"] in _BELONGS:
            states[u].add(graph.nodes[v]["key"])
    for node, data in graph.nodes(data=True):
        if data["label"] == "State":
            states[node].add(data["key"])
    return states


def _keep_edge(
    data: dict,
    types: set[str] | None,
    statuses: set[str] | None,
    since: str | None,
    until: str | None,
) -> bool:
    props = data["props"]
    if types and data["type"] not in types:
        return False
    if statuses and props.get("status") not in statuses:
        return False
    return in_period(props, since, until)


def select_graph(
    store: Neo4jStore | LocalStore,
    *,
    query: str | None = None,
    params: dict[str, Any] | None = None,
    ego: str | None = None,
    hops: int = 1,
    types: list[str] | str | None = None,
    statuses: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    max_nodes: int = 2000,
) -> Selection:
    """The nodes and interaction edges to show.

    Above ``max_nodes`` the actors with the most counterparts are kept and the rest are counted
    in ``dropped_nodes`` (the page says so), so that a page never freezes the browser.
    """
    type_set = set(_coerce(Param("type", "types", ""), types) or []) or None
    for name, value in (("since", since), ("until", until)):
        if value is not None:
            _coerce(Param(name, "date", ""), value)
    if since is not None and until is not None and period_start(since) > period_end(until):
        raise QueryError(f"since {since} is after until {until}: nothing can fall between")
    graph, articles = _graph(store)
    keep_nodes: set[str] | None = None
    keep_edges: set[str] | None = None
    if ego is not None:
        label, key = actor_index(store).resolve(ego, ACTOR_LABELS)
        start = f"{label}:{key}"
        undirected = nx.Graph()
        undirected.add_node(start)
        undirected.add_edges_from(
            (u, v) for u, v, d in graph.edges(data=True) if d["type"] in INTERACTIONS
        )
        keep_nodes = set(nx.single_source_shortest_path_length(undirected, start, cutoff=hops))
    if query is not None:
        get_query(query)
        rows = run_query(store, query, **(params or {}))
        keep_nodes, keep_edges = _from_rows(graph, rows, store, query, params or {})
    sub = graph if keep_nodes is None else graph.subgraph(keep_nodes)
    since_p = period_start(since) if since else None
    until_p = period_end(until) if until else None
    edges = [
        (u, v, d)
        for u, v, d in sub.edges(data=True)
        if d["type"] in INTERACTIONS
        and _keep_edge(d, type_set, set(statuses) if statuses else None, since_p, until_p)
        and (keep_edges is None or d["props"]["key"] in keep_edges)
    ]
    used = {n for u, v, _ in edges for n in (u, v)}
    if keep_nodes is not None:
        used |= set(keep_nodes) & set(graph.nodes)
    counterparts: dict[str, set[str]] = defaultdict(set)
    for u, v, _ in edges:
        counterparts[u].add(v)
        counterparts[v].add(u)
    selection = Selection(heading=_heading(query, params, ego, hops))
    if len(used) > max_nodes:
        ranked = sorted(used, key=lambda n: (-len(counterparts[n]), sort_key(n)))
        kept = set(ranked[:max_nodes])
        selection.dropped_nodes = len(used) - max_nodes
        before = len(edges)
        edges = [(u, v, d) for u, v, d in edges if u in kept and v in kept]
        selection.dropped_edges = before - len(edges)
        used = kept
        selection.note = (
            f"Showing the {max_nodes} actors with the most counterparts; "
            f"{selection.dropped_nodes} more actors and {selection.dropped_edges} "
            "interactions are left out (narrow the selection to see them)."
        )
    states = _states(graph)
    for node in sorted(used, key=sort_key):
        data = graph.nodes[node]
        props = data["props"]
        selection.nodes.append(
            {
                "id": node,
                "label": props.get("name") or data["key"],
                "kind": data["label"].lower(),
                "key": data["key"],
                "state": " | ".join(sorted(states.get(node, ()))) or None,
                "titles": props.get("titles") or [],
                "aliases": props.get("aliases") or [],
                "names": actor_names(
                    data["label"], data["key"], props.get("name"), props.get("aliases")
                ),
                "date": props.get("date"),
                "counterparts": len(counterparts[node] & used),
            }
        )
    for u, v, data in sorted(edges, key=lambda e: sort_key(e[2]["props"]["key"])):
        props = data["props"]
        selection.edges.append(
            {
                "id": props["key"],
                "from": u,
                "to": v,
                "type": data["type"],
                "status": props.get("status"),
                "date": props.get("date"),
                "evidence": props.get("evidence") or [],
                "topics": props.get("topics") or [],
                "event": props.get("event"),
                "corroboration": props.get("corroboration", 0),
                "date_precision": props.get("date_precision"),
                "cameo": props.get("cameo"),
                "plover": props.get("plover"),
                "event_code": props.get("event_code"),
                "articles": [
                    articles.get(a, {}).get("title") or a for a in props.get("articles") or []
                ],
                "urls": [
                    url
                    for a in props.get("articles") or []
                    if (url := articles.get(a, {}).get("url"))
                ],
                "links": [  # (title, url or None) per article, for the page's details
                    [articles.get(a, {}).get("title") or a, articles.get(a, {}).get("url")]
                    for a in props.get("articles") or []
                ],
                "dataset": props.get("dataset"),
                "event_id": props.get("event_id"),
                "directed": not InteractionType(data["type"]).symmetric,
                "conflict": InteractionType(data["type"]).conflict,
            }
        )
    return selection


def _heading(query: str | None, params: dict | None, ego: str | None, hops: int) -> str:
    parts = ["diplograph"]
    if query:
        parts.append(f"{query}({', '.join(f'{k}={v}' for k, v in (params or {}).items())})")
    if ego:
        parts.append(f"around {ego} ({hops} hops)")
    return " · ".join(parts)


def _from_rows(
    graph: nx.MultiDiGraph, rows: list[dict], store, query: str, params: dict
) -> tuple[set[str], set[str] | None]:
    by_name: dict[str, list[str]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        by_name[data["props"].get("name") or data["key"]].append(node)
    nodes: set[str] = set()
    edge_ids: set[str] = set()
    for row in rows:
        if row.get("id"):
            edge_ids.add(row["id"])
        edge_ids.update(row.get("ids") or [])
        for column in _NAME_COLUMNS:
            if row.get(column) is not None:
                nodes.update(by_name.get(row[column], []))
        for path_name in row.get("path") or []:
            nodes.update(by_name.get(path_name, []))
        if row.get("key") is not None and row.get("kind"):
            nodes.add(f"{row['kind']}:{row['key']}")
    spec = get_query(query)
    for param in spec.params:
        if param.kind in ("actor", "summit") and params.get(param.name) is not None:
            labels = ACTOR_LABELS if param.kind == "actor" else ("Summit",)
            label, key = actor_index(store).resolve(str(params[param.name]), labels)
            nodes.add(f"{label}:{key}")
    if not nodes:
        raise QueryError(f"query {query!r} returned nothing to draw")
    return nodes, edge_ids or None
