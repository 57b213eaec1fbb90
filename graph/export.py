"""Selections as files for other tools: GraphML, GEXF (with dates for Gephi's timeline), JSON, CSV,
and PLOVER JSON Lines (one record per interaction, for event-data tools).

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
from .vocabulary import InteractionType, quad_class

FORMATS = ("graphml", "gexf", "json", "csv", "plover")
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


def _entity(node: dict) -> dict[str, Any]:
    """A PLOVER entity object: a state by its code, anything else by its name."""
    entity: dict[str, Any] = {"entity_text": node["label"]}
    if node["kind"] == "state":
        entity["code"] = node["key"]
    elif node["kind"] == "organization":
        entity["code"] = "IGO"
    return entity


def plover_records(nodes: list[dict], edges: list[dict]) -> list[dict[str, Any]]:
    """Each interaction as a PLOVER 2.0 record (``id``, ``date``, ``actor``, ``recipient``,
    ``event``, ``mode``, ``quad_code``, ``event_scale``, ``event_text``), with diplograph's own
    type, status and corroboration under ``diplograph`` (the manual lets providers add fields).

    >>> nodes = [{"id": "State:FRA", "label": "France", "kind": "state", "key": "FRA"},
    ...          {"id": "State:JPN", "label": "Japan", "kind": "state", "key": "JPN"}]
    >>> edges = [{"id": "e", "from": "State:FRA", "to": "State:JPN", "type": "CALLED",
    ...           "status": "actual", "date": "2025-03-01", "evidence": []}]
    >>> record = plover_records(nodes, edges)[0]
    >>> record["event"], record["mode"], record["actor"][0]["code"], record["quad_code"]
    (['CONSULT'], ['phone'], 'FRA', 1)
    """
    by_id = {node["id"]: node for node in nodes}
    records = []
    for edge in edges:
        kind = InteractionType(edge["type"])
        codes = kind.codes
        actor, recipient = by_id[edge["from"]], by_id[edge["to"]]
        if kind is InteractionType.HOSTED:  # PLOVER 2.0 has only the visit, seen from the visitor
            actor, recipient = recipient, actor
        record: dict[str, Any] = {
            "id": edge["id"],
            "date": edge.get("date"),
            "actor": [_entity(actor)],
            "recipient": [_entity(recipient)],
            "event": [codes.plover],
            "quad_code": quad_class(codes.cameo),
            "event_scale": codes.plover_score,
        }
        if codes.plover_mode:
            record["mode"] = [codes.plover_mode]
        if edge.get("evidence"):
            record["event_text"] = list(edge["evidence"])
        record["diplograph"] = {
            "type": kind.value,
            "status": edge.get("status"),
            "corroboration": edge.get("corroboration"),
            "articles": edge.get("articles") or [],
            **(
                {"dataset": edge["dataset"], "dataset_id": edge["event_id"]}
                if edge.get("dataset")
                else {}
            ),
        }
        records.append(record)
    return records


def export_graph(nodes: list[dict], edges: list[dict], fmt: str) -> str:
    """The selection as text in ``fmt`` (graphml, gexf, json, csv or plover)."""
    if fmt == "plover":  # JSON Lines; json.dumps escapes every control character
        return "".join(
            json.dumps(record, ensure_ascii=False) + "\n" for record in plover_records(nodes, edges)
        )
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
