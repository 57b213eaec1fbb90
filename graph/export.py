"""Selections as files for other tools: GraphML, GEXF (with dates for Gephi's timeline), JSON, CSV.

>>> text = export_graph([{"id": "a", "label": "A", "kind": "state"}], [], "json")
>>> json.loads(text)["nodes"][0]["label"]
'A'
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import networkx as nx

from .escape import csv_safe, xml_safe

FORMATS = ("graphml", "gexf", "json", "csv")
_NODE_FIELDS = ("id", "label", "kind", "key", "counterparts")
_EDGE_FIELDS = ("id", "from", "to", "type", "status", "date", "corroboration", "event")


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def _networkx(nodes: list[dict], edges: list[dict], dynamic: bool) -> nx.MultiDiGraph:
    """The selection as a graph for the XML writers: every text through ``xml_safe``."""
    graph = nx.MultiDiGraph()
    for node in nodes:
        attrs = {k: xml_safe(_flat(node.get(k))) for k in _NODE_FIELDS if k != "id"}
        graph.add_node(xml_safe(node["id"]), **attrs)
    for edge in edges:
        attrs = {
            k: xml_safe(_flat(edge.get(k))) for k in _EDGE_FIELDS if k not in ("id", "from", "to")
        }
        attrs["evidence"] = xml_safe(_flat(edge.get("evidence")))
        if dynamic and edge.get("date"):
            attrs["start"] = edge["date"]  # GEXF dynamic mode: Gephi's timeline reads this
        ends = xml_safe(edge["from"]), xml_safe(edge["to"])
        graph.add_edge(*ends, key=xml_safe(edge["id"]), **attrs)
    return graph


def export_graph(nodes: list[dict], edges: list[dict], fmt: str) -> str:
    """The selection as text in ``fmt`` (graphml, gexf, json or csv)."""
    if fmt == "json":
        return json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["source", "target", "type", "status", "date", "corroboration", "evidence"])
        labels = {n["id"]: n["label"] for n in nodes}
        for edge in edges:
            row = [
                labels.get(edge["from"]),
                labels.get(edge["to"]),
                edge["type"],
                edge.get("status"),
                edge.get("date") or "",
                edge.get("corroboration", ""),
                _flat(edge.get("evidence")),
            ]
            writer.writerow([csv_safe(cell) for cell in row])
        return buffer.getvalue()
    graph = _networkx(nodes, edges, dynamic=fmt == "gexf")
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer)
    elif fmt == "gexf":
        graph.graph["mode"] = "dynamic"
        nx.write_gexf(graph, buffer)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return buffer.getvalue().decode("utf-8")
