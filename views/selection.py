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
)
from diplograph.graph.rows import sort_key
from diplograph.graph.subgraph import node_id
from diplograph.queries.actors import ACTOR_LABELS, actor_names
from diplograph.queries.library import Param, _coerce, actor_index, get_query, run_query
from diplograph.queries.local import in_period, period_end, period_start

from .convert import selection_to_networkx, to_dataframe
from .page import page_frame, render_html

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


def _keep_edge(
    kind: str,
    props: dict,
    types: set[str] | None,
    statuses: set[str] | None,
    since: str | None,
    until: str | None,
) -> bool:
    if types and kind not in types:
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
    officials: bool = True,
    types: list[str] | str | None = None,
    statuses: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    max_nodes: int = 2000,
) -> Selection:
    """The nodes and interaction edges to show.

    Above ``max_nodes`` the actors with the most counterparts are kept and the rest are counted
    in ``dropped_nodes`` (the page says so), so that a page never freezes the browser.
    ``officials``: an ``ego`` state reaches out from the persons who represent it too.
    """
    type_set = set(_coerce(Param("type", "types", ""), types) or []) or None
    for name, value in (("since", since), ("until", until)):
        if value is not None:
            _coerce(Param(name, "date", ""), value)
    if since is not None and until is not None and period_start(since) > period_end(until):
        raise QueryError(f"since {since} is after until {until}: nothing can fall between")
    keep_nodes: set[str] | None = None
    keep_edges: set[str] | None = None
    if ego is not None:
        label, key = actor_index(store).resolve(ego, ACTOR_LABELS)
        keep_nodes = store.neighbourhood(node_id(label, key), hops, officials)
    if query is not None:
        get_query(query)
        rows = run_query(store, query, **(params or {}))
        keep_nodes, keep_edges = _from_rows(rows, store, query, params or {})
    sub = store.subgraph(keep_nodes)  # what is shown is all that is read
    since_p = period_start(since) if since else None
    until_p = period_end(until) if until else None
    status_set = set(statuses) if statuses else None
    edges = [
        (u, v, kind, props)
        for u, v, kind, props in sub.interactions
        if _keep_edge(kind, props, type_set, status_set, since_p, until_p)
        and (keep_edges is None or props["key"] in keep_edges)
    ]
    used = {n for u, v, *_ in edges for n in (u, v)}
    if keep_nodes is not None:
        used |= set(keep_nodes) & set(sub.nodes)
    counterparts: dict[str, set[str]] = defaultdict(set)
    for u, v, *_ in edges:
        counterparts[u].add(v)
        counterparts[v].add(u)
    selection = Selection(heading=_heading(query, params, ego, hops))
    if len(used) > max_nodes:
        ranked = sorted(used, key=lambda n: (-len(counterparts[n]), sort_key(n)))
        kept = set(ranked[:max_nodes])
        selection.dropped_nodes = len(used) - max_nodes
        before = len(edges)
        edges = [e for e in edges if e[0] in kept and e[1] in kept]
        selection.dropped_edges = before - len(edges)
        used = kept
        selection.note = (
            f"Showing the {max_nodes} actors with the most counterparts; "
            f"{selection.dropped_nodes} more actors and {selection.dropped_edges} "
            "interactions are left out (narrow the selection to see them)."
        )
    articles = sub.articles
    for node in sorted(used, key=sort_key):
        label, key, props = sub.nodes[node]
        selection.nodes.append(
            {
                "id": node,
                "label": props.get("name") or key,
                "kind": label.lower(),
                "key": key,
                "state": " | ".join(sub.states.get(node, ())) or None,
                "titles": props.get("titles") or [],
                "aliases": props.get("aliases") or [],
                "names": actor_names(label, key, props.get("name"), props.get("aliases")),
                "date": props.get("date"),
                "counterparts": len(counterparts[node] & used),
            }
        )
    for u, v, kind, props in sorted(edges, key=lambda e: sort_key(e[3]["key"])):
        cited = [(a, articles.get(a, {})) for a in props.get("articles") or []]
        selection.edges.append(
            {
                "id": props["key"],
                "from": u,
                "to": v,
                "type": kind,
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
                "articles": [art.get("title") or a for a, art in cited],
                "urls": [art["url"] for _, art in cited if art.get("url")],
                "links": [[art.get("title") or a, art.get("url")] for a, art in cited],
                "dataset": props.get("dataset"),
                "event_id": props.get("event_id"),
                "directed": not InteractionType(kind).symmetric,
                "conflict": InteractionType(kind).conflict,
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
    rows: list[dict], store, query: str, params: dict
) -> tuple[set[str], set[str] | None]:
    """The node ids and interaction keys a query's rows show: interactions by their key (with
    both ends), actors by the names the rows give them."""
    index = actor_index(store)
    by_name: dict[str, list[str]] = defaultdict(list)
    for (label, key), name in index.names.items():
        by_name[name].append(node_id(label, key))
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
            nodes.add(node_id(row["kind"], row["key"]))
    for ends in store.interaction_ends(edge_ids).values():
        nodes.update(ends)
    spec = get_query(query)
    for param in spec.params:
        if param.kind in ("actor", "summit") and params.get(param.name) is not None:
            labels = ACTOR_LABELS if param.kind == "actor" else ("Summit",)
            label, key = index.resolve(str(params[param.name]), labels)
            nodes.add(node_id(label, key))
    if not nodes:
        raise QueryError(f"query {query!r} returned nothing to draw")
    return nodes, edge_ids or None
