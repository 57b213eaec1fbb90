"""Selections as files for other tools: GEXF 1.3 and GraphML (Gephi, networkx), node-link JSON
(``networkx.node_link_graph``), CSV as a node table and an edge table (Gephi's spreadsheet
import, pandas), and PLOVER JSON Lines (one record per interaction, for event-data tools). The
attributes they carry are one table: ``fields.py``.

>>> text = export_graph([{"id": "a", "label": "A", "kind": "state"}], [], "json")
>>> json.loads(text)["nodes"][0]["label"], json.loads(text)["multigraph"]
('A', True)
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from diplograph.graph.escape import csv_safe, xml_safe
from diplograph.graph.vocabulary import InteractionType, quad_class

from .fields import GENERATOR, edge_values, flat, node_values
from .gexf import gexf
from .targets import export_paths, write_outputs

FORMATS = ("graphml", "gexf", "json", "csv", "plover")
CSV_TABLES = ("nodes", "edges")


def node_link(nodes: list[dict], edges: list[dict]) -> dict[str, Any]:
    """The selection as node-link data: ``nx.node_link_graph`` reads it as a directed
    multigraph keyed by the interactions' ids, lists and numbers as themselves."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"generator": GENERATOR},
        "nodes": [{"id": n["id"], "label": n["label"], **node_values(n)} for n in nodes],
        "edges": [
            {"source": e["from"], "target": e["to"], "key": e["id"], **edge_values(e)}
            for e in edges
        ],
    }


def _graphml(nodes: list[dict], edges: list[dict]) -> str:
    graph = nx.MultiDiGraph(generator=GENERATOR)
    for node in nodes:
        values = {k: xml_safe(flat(v)) for k, v in node_values(node).items()}
        graph.add_node(xml_safe(node["id"]), label=xml_safe(node["label"]), **values)
    for edge in edges:
        values = {k: xml_safe(flat(v)) for k, v in edge_values(edge).items()}
        ends = xml_safe(edge["from"]), xml_safe(edge["to"])
        graph.add_edge(*ends, key=xml_safe(edge["id"]), **values)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    return buffer.getvalue().decode("utf-8")


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([csv_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def csv_tables(nodes: list[dict], edges: list[dict]) -> dict[str, str]:
    """The selection as two CSV tables, ``nodes`` and ``edges``. The first columns are the ones
    Gephi's spreadsheet import knows (``Id``, ``Label``; ``Source``, ``Target``, ``Type`` as the
    direction, ``Id``, ``Label``, ``Weight``); the interaction type is ``interaction``; lists are
    joined with `` | ``; every cell a spreadsheet would run as a formula is quoted."""
    node_rows = []
    for node in nodes:
        values = node_values(node)
        node_rows.append([node["id"], node["label"], *(flat(v) for v in values.values())])
    edge_rows = []
    for edge in edges:
        values = edge_values(edge)
        direction = "Directed" if values["directed"] else "Undirected"
        weight = max(values["corroboration"], 1)
        head = [edge["from"], edge["to"], direction, edge["id"], edge["type"], weight]
        edge_rows.append([*head, *(flat(v) for v in values.values())])
    node_header = ["Id", "Label", *node_values({}).keys()]
    edge_names = ["interaction" if k == "type" else k for k in edge_values({}).keys()]
    edge_header = ["Source", "Target", "Type", "Id", "Label", "Weight", *edge_names]
    return {"nodes": _csv(node_header, node_rows), "edges": _csv(edge_header, edge_rows)}


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
    """The selection as text in ``fmt`` (graphml, gexf, json or plover; csv is two tables:
    ``csv_tables``)."""
    if fmt == "plover":  # JSON Lines; json.dumps escapes every control character
        return "".join(
            json.dumps(record, ensure_ascii=False) + "\n" for record in plover_records(nodes, edges)
        )
    if fmt == "json":
        return json.dumps(node_link(nodes, edges), ensure_ascii=False, indent=2) + "\n"
    if fmt == "gexf":
        return gexf(nodes, edges)
    if fmt == "graphml":
        return _graphml(nodes, edges)
    if fmt == "csv":
        raise ValueError("csv is two tables, nodes and edges: use csv_tables()")
    raise ValueError(f"unknown export format {fmt!r}")


def export_files(
    nodes: list[dict],
    edges: list[dict],
    fmt: str,
    out: Path,
    *,
    store: Path | None = None,
    force: bool = False,
) -> list[Path]:
    """Write the selection to ``out`` in ``fmt`` (csv: ``STEM.nodes.csv`` and ``STEM.edges.csv``)
    and return the paths. Refuses the store's file, and any existing file that is not an earlier
    export of that format unless ``force``; nothing is written when one target is refused."""
    paths = export_paths(out, fmt)
    if fmt == "csv":
        tables = csv_tables(nodes, edges)
        texts = {path: tables[name] for path, name in zip(paths, CSV_TABLES, strict=True)}
    else:
        texts = {out: export_graph(nodes, edges, fmt)}
    write_outputs(texts, fmt, store=store, force=force)
    return paths
