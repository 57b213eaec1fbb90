"""Interactive HTML from plain nodes and edges: one self-contained page, safe for any text.

vis-network (the library pyvis bundles) is inlined, so the page draws with no network; a
Content-Security-Policy forbids every request and every script but the page's own. All data
travels as JSON in a ``<script type="application/json">`` block, escaped for that context, and
the page only ever writes it with ``textContent`` or as vis-network plain-text tooltips.

>>> html = render_html([{"id": "a", "label": "<b>A</b>", "kind": "person"}], [], heading="<x>")
>>> "<b>A</b>" in html, "\\\\u003cb\\\\u003eA" in html
(False, True)
"""

from __future__ import annotations

import html
import json
import math
import re
import secrets
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from diplograph.graph.vocabulary import InteractionType

PHYSICS_LIMIT = 300  # above this many nodes, positions come from Python and physics is off
LABELLED = 25  # the most connected actors, whose labels stay readable at every zoom
LINKS = 5  # articles listed per drawn edge in the details panel

KIND_STYLE = {
    "person": {"color": "#4e79a7", "shape": "dot"},
    "state": {"color": "#f28e2b", "shape": "square"},
    "summit": {"color": "#59a14f", "shape": "star"},
    "organization": {"color": "#b07aa1", "shape": "triangle"},
    "place": {"color": "#9c9c9c", "shape": "diamond"},
}
TYPE_COLOR = {
    "CALLED": "#1f77b4",
    "MET": "#2ca02c",
    "VISITED": "#17becf",
    "HOSTED": "#9edae5",
    "ATTENDED": "#98df8a",
    "INVITED": "#9467bd",
    "PLANNED_MEETING": "#c5b0d5",
    "URGED": "#8c564b",
    "PRAISED": "#bcbd22",
    "AGREED": "#006d2c",
    "DISCUSSED": "#6baed6",
    "ACCUSED": "#d62728",
    "CRITICIZED": "#ff7f0e",
    "DENIED": "#e377c2",
    "WARNED": "#fd8d3c",
    "THREATENED": "#a50f15",
    "REJECTED": "#7f2704",
    "EXPELLED": "#67000d",
    "SANCTIONED": "#3f007d",
}


@cache
def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def json_for_script(value: Any) -> str:
    """JSON that cannot end its <script> block or open markup: <, >, & and line separators
    are written as \\u escapes (JSON.parse reads them back as the same characters)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _node_title(node: dict[str, Any]) -> str:
    lines = [node["label"], node["kind"]]
    if node.get("titles"):
        lines.append("; ".join(node["titles"]))
    if node.get("aliases"):
        lines.append("also: " + ", ".join(node["aliases"]))
    if node.get("date"):
        lines.append(node["date"])
    lines.append(f"{node.get('counterparts', 0)} counterparts")
    return "\n".join(lines)


def _edge_title(edge: dict[str, Any], names: dict[str, str]) -> str:
    lines = [
        f"{names.get(edge['from'], edge['from'])} {edge['type']} "
        f"{names.get(edge['to'], edge['to'])}",
        f"{edge.get('date') or 'undated'} · {edge.get('status')}",
    ]
    if edge.get("count", 1) > 1:
        lines.append(f"{edge['count']} interactions")
    for evidence in (edge.get("evidence") or [])[:3]:
        lines.append(f"“{evidence}”")
    for title in (edge.get("articles") or [])[:3]:
        lines.append(f"— {title}")
    return "\n".join(lines)


def merge_parallel(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One drawn edge per (from, to, type, status): its width and tooltip carry the count."""
    merged: dict[tuple, dict[str, Any]] = {}
    for edge in edges:
        key = (edge["from"], edge["to"], edge["type"], edge.get("status"))
        if key not in merged:
            merged[key] = {**edge, "count": 1, "dates": [edge.get("date")]}
            continue
        kept = merged[key]
        kept["count"] += 1
        kept["dates"].append(edge.get("date"))
        kept["evidence"] = list(
            dict.fromkeys([*kept.get("evidence", []), *edge.get("evidence", [])])
        )
        kept["articles"] = list(
            dict.fromkeys([*kept.get("articles", []), *edge.get("articles", [])])
        )
        kept["links"] = [
            list(pair)
            for pair in dict.fromkeys(
                tuple(p) for p in [*kept.get("links", []), *edge.get("links", [])]
            )
        ]
        dated = sorted(d for d in kept["dates"] if d)
        kept["date"] = f"{dated[0]} to {dated[-1]}" if len(dated) > 1 else (dated or [None])[0]
    return list(merged.values())


def layout(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], iterations: int = 25
) -> dict[str, tuple[float, float]]:
    """Positions for large graphs, computed once here so the browser draws with physics off.

    Fruchterman-Reingold with numpy arrays: repulsion from a random sample of nodes (scaled to
    stand for all), attraction along edges, a cooling step. Deterministic (fixed seed) and
    linear in nodes and edges a step.
    """
    count = len(nodes)
    if count == 0:
        return {}
    index = {n["id"]: i for i, n in enumerate(nodes)}
    pairs = np.array(
        [
            (index[e["from"]], index[e["to"]])
            for e in edges
            if e["from"] in index and e["to"] in index and e["from"] != e["to"]
        ],
        dtype=np.int64,
    ).reshape(-1, 2)
    scale = 40.0 * math.sqrt(count)
    k = scale / math.sqrt(count)
    rng = np.random.default_rng(7)
    pos = (rng.random((count, 2), dtype=np.float32) - 0.5) * scale
    step = scale / 10
    sample = min(count, 200)
    if count > 1000:
        iterations = min(iterations, 20)
    for _ in range(iterations):
        # repulsion against a random sample of nodes, scaled up: O(n * 256) a step, not O(n^2)
        others = pos[rng.choice(count, size=sample, replace=False)]
        delta = pos[:, None, :] - others[None, :, :]
        dist2 = np.einsum("ijk,ijk->ij", delta, delta) + np.float32(1.0)
        disp = np.einsum("ij,ijk->ik", (k * k) / dist2, delta) * np.float32(count / sample)
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            pull = d * (np.sqrt(np.einsum("ij,ij->i", d, d)) / k)[:, None]
            np.add.at(disp, pairs[:, 0], -pull)
            np.add.at(disp, pairs[:, 1], pull)
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp)) + np.float32(1e-6)
        pos += disp * (np.minimum(length, step) / length)[:, None]
        step *= 0.92
    return {
        n["id"]: (round(float(x), 1), round(float(y), 1))
        for n, (x, y) in zip(nodes, pos, strict=True)
    }


def render_html(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    heading: str = "diplograph",
    note: str = "",
) -> str:
    """A self-contained interactive page: network, legend, filters, search and a timeline."""
    edges = merge_parallel(edges)
    names = {n["id"]: n["label"] for n in nodes}
    positions = layout(nodes, edges) if len(nodes) > PHYSICS_LIMIT else {}
    ranked = sorted(nodes, key=lambda n: (-n.get("counterparts", 0), n["label"]))
    labelled = {n["id"] for n in ranked[:LABELLED]}  # their labels show at every zoom
    vis_nodes = []
    for node in nodes:
        style = KIND_STYLE.get(node["kind"], KIND_STYLE["place"])
        item = {
            "id": node["id"],
            "label": node["label"],
            "title": _node_title(node),
            "kind": node["kind"],
            "color": style["color"],
            "shape": style["shape"],
            "size": round(8 + 4 * math.sqrt(node.get("counterparts", 0)), 1),
            "names": node.get("names") or [node["label"], *(node.get("aliases") or [])],
            "state": node.get("state"),
            "titles": node.get("titles") or [],
            "counterparts": node.get("counterparts", 0),
            "top": node["id"] in labelled,
        }
        if node["id"] in positions:
            item["x"], item["y"] = positions[node["id"]]
        vis_nodes.append(item)
    vis_edges = []
    for index, edge in enumerate(edges):
        vis_edges.append(
            {
                "id": f"e{index}",
                "from": edge["from"],
                "to": edge["to"],
                "type": edge["type"],
                "status": edge.get("status"),
                "date": edge.get("date"),
                "dates": [d for d in edge.get("dates", [edge.get("date")]) if d],
                "count": edge.get("count", 1),
                "links": [list(pair) for pair in (edge.get("links") or [])[:LINKS]],
                "title": _edge_title(edge, names),
                "color": TYPE_COLOR.get(edge["type"], "#777"),
                "dashes": edge.get("status") != "actual",
                "arrows": "to" if edge.get("directed") else "",
                "width": round(1 + 1.5 * math.log2(edge.get("count", 1)), 1),
                "conflict": bool(edge.get("conflict")),
            }
        )
    data = {
        "heading": heading,
        "note": note,
        "nodes": vis_nodes,
        "edges": vis_edges,
        "physics": not positions,
        "kinds": [
            {"kind": k, **v} for k, v in KIND_STYLE.items() if any(n["kind"] == k for n in nodes)
        ],
        "types": [
            {"type": t.value, "color": TYPE_COLOR[t.value], "conflict": t.conflict}
            for t in InteractionType
            if any(e["type"] == t.value for e in edges)
        ],
    }
    js, css = _vis_assets()
    nonce = secrets.token_urlsafe(16)
    page = resources.files(__package__).joinpath("page.html").read_text(encoding="utf-8")
    values = {"NONCE": nonce, "VIS_CSS": css, "DATA": json_for_script(data), "VIS_JS": js}
    # one pass over the template: text inside the data is never scanned for placeholders
    return re.sub(r"__(NONCE|VIS_CSS|DATA|VIS_JS)__", lambda m: values[m.group(1)], page)


def page_frame(page: str, height: int = 640) -> str:
    """The page in an iframe of its own: ``srcdoc`` carries it whole (no file, no server), and
    ``sandbox="allow-scripts"`` gives it an opaque origin, so its script cannot reach the
    notebook."""
    return (
        f'<iframe sandbox="allow-scripts" style="width:100%;height:{int(height)}px;border:0" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe>'
    )
