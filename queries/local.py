"""The named queries' twins for the embedded store: the same rows, in the same order.

Each function mirrors the ``.cypher`` file of the same name; ``tests/integration`` checks that
both give equal rows on the same data, including random graphs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import networkx as nx

from diplograph.graph.rows import sort_key
from diplograph.graph.subgraph import local_officials as officials
from diplograph.graph.subgraph import local_represented

TALK_TYPES = ("CALLED", "MET", "VISITED", "HOSTED")
Edge = tuple[str, str, dict[str, Any]]  # source node id, target node id, edge data


def _key(*values: Any) -> tuple:
    """Sort key in Cypher's order: nulls last, strings by UTF-16 code units, lists by element."""
    out = []
    for value in values:
        if isinstance(value, list):
            out.append((0, [sort_key(v) for v in value]))
        else:
            out.append((1, 0) if value is None else (0, sort_key(value)))
    return tuple(out)


def _desc(number: int) -> int:
    return -number


def period_start(date: str) -> str:
    """A partial ISO date as the first day it can mean, comparable as text ("2025-07-00")."""
    return date + "-00-00"[: 10 - len(date)]


def period_end(date: str) -> str:
    """A partial ISO date as the last day it can mean, comparable as text ("2025-07-99")."""
    return date + "-99-99"[: 10 - len(date)]


def in_period(props: dict[str, Any], since: str | None, until: str | None) -> bool:
    date = props.get("date")
    if since is not None and (date is None or period_end(date) < since):
        return False
    if until is not None and (date is None or period_start(date) > until):
        return False
    return True


def _node(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    return graph.nodes[node]


def _name(graph: nx.MultiDiGraph, node: str) -> Any:
    return graph.nodes[node]["props"].get("name")


def incident(graph: nx.MultiDiGraph, node: str) -> Iterator[Edge]:
    """Every relationship touching ``node``, once (as ``(a)-[r]-()`` matches it)."""
    for u, v, data in graph.out_edges(node, data=True):
        yield u, v, data
    for u, v, data in graph.in_edges(node, data=True):
        if u != v:
            yield u, v, data


def members(graph: nx.MultiDiGraph, actor: str | None, with_officials: bool) -> dict[str, None]:
    """The nodes a query's actor stands for: itself, and with ``with_officials`` the persons
    who represent it (ordered, for a stable walk)."""
    if actor is None:
        return {}
    found = dict.fromkeys([actor])
    if with_officials:
        found.update(dict.fromkeys(officials(graph, actor)))
    return found


def member_edges(graph: nx.MultiDiGraph, group: dict[str, None]) -> Iterator[Edge]:
    """Every relationship touching one of ``group``'s nodes, once."""
    seen: set[tuple[str, str, str, Any]] = set()
    for node in group:
        for u, v, data in incident(graph, node):
            mark = (u, v, data["type"], data["props"].get("key"))
            if mark not in seen:
                seen.add(mark)
                yield u, v, data


def _through(graph: nx.MultiDiGraph, ends: tuple[str, ...], actors: tuple, group) -> list:
    """The names of an interaction's ends that stand in for a queried actor: its officials."""
    return [_name(graph, n) for n in ends if n in group and n not in actors]


def talked_to(
    graph: nx.MultiDiGraph, actor: str, all_statuses: bool, with_officials: bool = True
) -> list[dict[str, Any]]:
    group = members(graph, actor, with_officials)
    found: dict[str, list[tuple[str, Any, Any, str]]] = {}
    for member in group:
        for u, v, data in incident(graph, member):
            props = data["props"]
            kind = data["type"]
            other = v if u == member else u
            if other in group:
                continue  # the actor itself, or one of its own officials: not a counterpart
            if (
                all_statuses
                and kind in (*TALK_TYPES, "PLANNED_MEETING")
                or (kind in TALK_TYPES and props.get("status") == "actual")
            ):
                found.setdefault(other, []).append(
                    (data["type"], props.get("date"), props.get("status"), member)
                )
        for _, summit, r1 in graph.out_edges(member, data=True):
            if r1["type"] != "ATTENDED" or graph.nodes[summit]["label"] != "Summit":
                continue
            for other, _, r2 in graph.in_edges(summit, data=True):
                if r2["type"] != "ATTENDED" or other in group:
                    continue
                s1, s2 = r1["props"].get("status"), r2["props"].get("status")
                if all_statuses or (s1 == "actual" and s2 == "actual"):
                    status = s1 if s1 != "actual" else s2
                    date = graph.nodes[summit]["props"].get("date")
                    found.setdefault(other, []).append(("ATTENDED", date, status, member))
    rows = []
    for other, items in found.items():
        dates = [d for _, d, _, _ in items if d is not None]
        node = _node(graph, other)
        via = {_name(graph, m) for *_, m in items if m != actor}
        rows.append(
            {
                "counterpart": node["props"].get("name"),
                "kind": node["label"],
                "key": node["key"],
                "types": sorted({t for t, *_ in items}, key=sort_key),
                "statuses": sorted({s for _, _, s, _ in items if s is not None}, key=sort_key),
                "interactions": len(items),
                "first": min(dates, key=sort_key) if dates else None,
                "last": max(dates, key=sort_key) if dates else None,
                "through": sorted((n for n in via if n is not None), key=sort_key),
            }
        )
    rows.sort(key=lambda r: (_desc(r["interactions"]), _key(r["counterpart"], r["key"])))
    return rows


def _interaction_row(
    graph: nx.MultiDiGraph, u: str, v: str, props: dict[str, Any], rel_type: str
) -> dict[str, Any]:
    return {
        "date": props.get("date"),
        "type": rel_type,
        "status": props.get("status"),
        "source": _name(graph, u),
        "target": _name(graph, v),
    }


def _timeline_order(row: dict[str, Any]) -> tuple:
    return (
        row["date"] is None,
        _key(row["date"], row["type"], row["source"], row["target"], row["id"]),
    )


def _title(graph: nx.MultiDiGraph, article: str) -> str:
    """An article's title, or its id when it has none (or is not stored)."""
    node = graph.nodes.get(f"Article:{article}")
    return (node["props"].get("title") if node else None) or article


def between(
    graph: nx.MultiDiGraph,
    a: str,
    b: str,
    types: list[str],
    since: str | None,
    until: str | None,
    with_officials: bool = True,
) -> list[dict[str, Any]]:
    side_a, side_b = members(graph, a, with_officials), members(graph, b, with_officials)
    rows = []
    for u, v, data in member_edges(graph, side_a):
        props = data["props"]
        if u == v or data["type"] not in types or not in_period(props, since, until):
            continue
        if not (u in side_a and v in side_b or v in side_a and u in side_b):
            continue
        rows.append(
            {
                **_interaction_row(graph, u, v, props, data["type"]),
                "evidence": props.get("evidence"),
                "articles": props.get("articles"),
                "titles": [_title(graph, k) for k in props.get("articles") or []],
                "corroboration": props.get("corroboration"),
                "event": props.get("event"),
                "id": props.get("key"),
                "through": _through(graph, (u, v), (a, b), {**side_a, **side_b}),
            }
        )
    rows.sort(key=_timeline_order)
    return rows


def _actual_view(
    graph: nx.MultiDiGraph, types: list[str]
) -> tuple[nx.Graph, dict[frozenset, list[tuple[str, str]]]]:
    """The undirected graph of actual interactions of ``types``, cached until the store writes."""
    cache = graph.graph.setdefault("_path_views", {})
    stamp = (graph.graph.get("generation"), tuple(types))
    if stamp not in cache:
        simple = nx.Graph()
        parallel: dict[frozenset, list[tuple[str, str]]] = {}
        for u, v, data in graph.edges(data=True):
            if data["type"] in types and data["props"].get("status") == "actual" and u != v:
                simple.add_edge(u, v)
                parallel.setdefault(frozenset((u, v)), []).append(
                    (data["type"], data["props"]["key"])
                )
        cache.clear()
        cache[stamp] = (simple, parallel)
    return cache[stamp]


def _shortest_from(
    simple: nx.Graph, sources: list[str], targets: set[str], max_hops: int
) -> tuple[int, list[list[str]]] | None:
    """The shortest chains (at least one hop, at most ``max_hops``) from any of ``sources`` to
    any of ``targets`` other than itself: their length and every one of them."""
    level = dict.fromkeys(sources, 0)
    preds: dict[str, list[str]] = {n: [] for n in sources}
    frontier, depth, reached = list(sources), 0, []
    while frontier and not reached and depth < max_hops:
        depth += 1
        nxt: list[str] = []
        for node in frontier:
            for other in simple.adj[node]:
                if other not in level:
                    level[other] = depth
                    preds[other] = [node]
                    nxt.append(other)
                elif level[other] == depth:
                    preds[other].append(node)
        frontier = nxt
        reached = [n for n in frontier if n in targets]
    if not reached:
        return None

    def back(node: str) -> Iterator[list[str]]:
        if level[node] == 0:
            yield [node]
            return
        for pred in preds[node]:
            for chain in back(pred):
                yield [*chain, node]

    return depth, [chain for end in reached for chain in back(end)]


def path(
    graph: nx.MultiDiGraph,
    a: str,
    b: str,
    types: list[str],
    max_hops: int,
    limit: int,
    with_officials: bool = False,
) -> list[dict[str, Any]]:
    """All shortest paths (up to max_hops) over actual interactions, one row per edge sequence.

    With ``with_officials``, a state end stands for itself or for one of its officials, at one
    hop more (path_officials.cypher): ``through`` names the officials who stood for an end."""
    simple, parallel = _actual_view(graph, types)
    ends = []  # (chain start kind, chain end kind): 0 the actor itself, 1 one of its officials
    for head, tail in itertools.product((0, 1), (0, 1)):
        starts = [a] if not head else officials(graph, a) if with_officials else []
        stops = [b] if not tail else officials(graph, b) if with_officials else []
        starts = [n for n in starts if n in simple]
        stops = {n for n in stops if n in simple}
        if starts and stops:
            found = _shortest_from(simple, starts, stops, max_hops)
            if found is not None:
                ends.append((found[0] + head + tail, head, tail, found[1]))
    if not ends:
        return []
    shortest = min(total for total, *_ in ends)
    keyed = []
    for total, head, tail, chains in ends:
        if total == shortest:
            for nodes in chains:
                full = [a] * head + nodes + [b] * tail
                through = [_name(graph, nodes[0])] * head + [_name(graph, nodes[-1])] * tail
                keyed.append(([graph.nodes[n]["key"] for n in full], nodes, through))
    # The first rows in (keys, ids) order come from the first `limit` chains in keys order, and
    # from the first `limit` interactions of each hop: the rest is never expanded.
    keyed.sort(key=lambda c: _key(c[0]))
    rows = []
    for order, nodes, through in keyed[:limit]:
        hops = [
            sorted(parallel[frozenset(pair)], key=lambda hop: sort_key(hop[1]))[:limit]
            for pair in itertools.pairwise(nodes)
        ]
        for combo in itertools.islice(itertools.product(*hops), limit):
            rows.append(
                {
                    "hops": len(combo),
                    "path": [_name(graph, n) for n in nodes],
                    "types": [t for t, _ in combo],
                    "keys": [graph.nodes[n]["key"] for n in nodes],
                    "ids": [k for _, k in combo],
                    "through": through,
                    "_order": order,
                }
            )
    rows.sort(key=lambda r: _key(r["_order"], r["ids"]))
    for row in rows:
        del row["_order"]
    return rows[:limit]


ACTOR_LABELS = ("Person", "State", "Organization")


def top_actors(
    graph: nx.MultiDiGraph,
    types: list[str],
    since: str | None,
    until: str | None,
    limit: int,
    with_officials: bool = False,
) -> list[dict[str, Any]]:
    """Actors by distinct counterparts; with ``with_officials`` a state also gets its officials'
    counterparts (not its own officials, nor itself) and interactions."""
    counted: dict[str, tuple[set, set]] = {}

    states: dict[str, set[str]] = {}  # a person's states, looked up once

    def represents(node: str) -> set[str]:
        if node not in states:
            person = graph.nodes[node]["label"] == "Person"
            states[node] = set(local_represented(graph, node)) if person else set()
        return states[node]

    def own(other: str, state: str) -> bool:
        return state in represents(other)

    for node, data in graph.nodes(data=True):
        if data["label"] not in ACTOR_LABELS:
            continue
        credited = [node]
        if with_officials and data["label"] == "Person":
            credited += sorted(represents(node))
        for u, v, edge in incident(graph, node):
            props = edge["props"]
            if not (
                edge["type"] in types
                and props.get("status") == "actual"
                and in_period(props, since, until)
            ):
                continue
            other = v if u == node else u
            for actor in credited:
                if actor != node and other == actor:
                    continue
                if with_officials and own(other, actor):
                    continue
                others, edges = counted.setdefault(actor, (set(), set()))
                others.add(other)
                edges.add((u, v, props["key"]))
    rows = [
        {
            "actor": graph.nodes[actor]["props"].get("name"),
            "kind": graph.nodes[actor]["label"],
            "key": graph.nodes[actor]["key"],
            "counterparts": len(others),
            "interactions": len(edges),
        }
        for actor, (others, edges) in counted.items()
        if edges
    ]
    rows.sort(
        key=lambda r: (
            _desc(r["counterparts"]),
            _desc(r["interactions"]),
            _key(r["actor"], r["key"]),
        )
    )
    return rows[:limit]


def _states_of(graph: nx.MultiDiGraph, node: str) -> list[str]:
    label = graph.nodes[node]["label"]
    if label == "State":
        return [node]
    if label == "Person":
        return [
            t
            for _, t, d in graph.out_edges(node, data=True)
            if d["type"] == "REPRESENTS" and graph.nodes[t]["label"] == "State"
        ]
    return []


def state_pairs(
    graph: nx.MultiDiGraph, types: list[str], conflict: list[str]
) -> list[dict[str, Any]]:
    pairs: dict[tuple[str, str], list[str]] = {}
    states: dict[str, set[str]] = {}  # each node's states, looked up once
    for u, v, data in graph.edges(data=True):
        if data["type"] not in types or data["props"].get("status") != "actual":
            continue
        for node in (u, v):
            if node not in states:
                states[node] = set(_states_of(graph, node))
        for sx in states[u]:
            for sy in states[v]:
                if sx == sy:
                    continue
                kx, ky = graph.nodes[sx]["key"], graph.nodes[sy]["key"]
                pair = (sx, sy) if sort_key(kx) < sort_key(ky) else (sy, sx)
                pairs.setdefault(pair, []).append(data["type"])
    rows = []
    for (s1, s2), kinds in pairs.items():
        rows.append(
            {
                "state_a": _name(graph, s1),
                "state_b": _name(graph, s2),
                "interactions": len(kinds),
                "conflict": sum(k in conflict for k in kinds),
                "types": sorted(set(kinds), key=sort_key),
                "a": graph.nodes[s1]["key"],
                "b": graph.nodes[s2]["key"],
            }
        )
    rows.sort(key=lambda r: (_desc(r["interactions"]), _key(r["a"], r["b"])))
    return rows


def accusations(
    graph: nx.MultiDiGraph, actor: str | None, with_officials: bool = True
) -> list[dict[str, Any]]:
    rows = []
    group = members(graph, actor, with_officials)
    edges = member_edges(graph, group) if actor is not None else graph.edges(data=True)
    for u, v, data in edges:
        if data["type"] not in ("ACCUSED", "CRITICIZED"):
            continue
        props = data["props"]
        denials = [
            d["props"].get("date")
            for _, t, d in graph.out_edges(v, data=True)
            if t == u and d["type"] == "DENIED"
        ]
        dated = [d for d in denials if d is not None]
        rows.append(
            {
                "accuser": _name(graph, u),
                "accused": _name(graph, v),
                "type": data["type"],
                "status": props.get("status"),
                "date": props.get("date"),
                "evidence": props.get("evidence"),
                "denials": len(denials),
                "denied_on": min(dated, key=sort_key) if dated else None,
                "id": props.get("key"),
                **({"through": _through(graph, (u, v), (actor,), group)} if group else {}),
            }
        )
    rows.sort(
        key=lambda r: (
            r["date"] is None,
            _key(r["date"], r["accuser"], r["accused"], r["type"], r["id"]),
        )
    )
    return rows


def attendees(graph: nx.MultiDiGraph, summit: str) -> list[dict[str, Any]]:
    rows = []
    for u, _, data in graph.in_edges(summit, data=True):
        if data["type"] != "ATTENDED":
            continue
        node, props = graph.nodes[u], data["props"]
        rows.append(
            {
                "attendee": node["props"].get("name"),
                "kind": node["label"],
                "key": node["key"],
                "status": props.get("status"),
                "date": props.get("date"),
                "evidence": props.get("evidence"),
                "id": props.get("key"),
            }
        )
    rows.sort(key=lambda r: _key(r["status"], r["attendee"], r["key"], r["id"]))
    return rows


def timeline(
    graph: nx.MultiDiGraph,
    actor: str | None,
    types: list[str],
    since: str | None,
    until: str | None,
    limit: int,
    with_officials: bool = True,
) -> list[dict[str, Any]]:
    group = members(graph, actor, with_officials)
    edges = member_edges(graph, group) if actor is not None else graph.edges(data=True)
    rows = []
    for u, v, data in edges:
        props = data["props"]
        if data["type"] in types and in_period(props, since, until):
            rows.append(
                {
                    **_interaction_row(graph, u, v, props, data["type"]),
                    "evidence": props.get("evidence"),
                    "id": props.get("key"),
                    **({"through": _through(graph, (u, v), (actor,), group)} if group else {}),
                }
            )
    rows.sort(key=_timeline_order)
    return rows[:limit]
