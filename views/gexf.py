"""GEXF 1.3 for Gephi: the interaction type as an attribute (GEXF's own edge ``type`` is the
direction), and each edge alive over the window its date stands for, so Gephi's timeline shows
a month-precise meeting for that month. Valid against the published XSD
(tests/unit/test_exports.py).

Symmetric interactions (MET, CALLED...) are ``mutual`` edges, the others ``directed``: GEXF's
``undirected`` would make the file unreadable to networkx, which refuses mixed graphs.

>>> text = gexf([{"id": "a", "label": "A", "kind": "state"}], [])
>>> 'version="1.3"' in text and "<creator>diplograph export</creator>" in text
True
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from typing import Any

from diplograph.graph.escape import xml_safe

from .fields import (
    EDGE_ATTRIBUTES,
    GENERATOR,
    NODE_ATTRIBUTES,
    edge_values,
    flat,
    node_values,
)

NAMESPACE = "http://gexf.net/1.3"
_TYPES = {"string": "string", "integer": "integer", "boolean": "boolean", "list": "string"}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return xml_safe(str(flat(value)))


def _declare(graph: ET.Element, klass: str, attributes: tuple[tuple[str, str], ...]) -> None:
    block = ET.SubElement(graph, "attributes", {"class": klass})
    for name, kind in attributes:
        ET.SubElement(block, "attribute", {"id": name, "title": name, "type": _TYPES[kind]})


def _values(parent: ET.Element, values: dict[str, Any]) -> None:
    block = ET.SubElement(parent, "attvalues")
    for name, value in values.items():
        if value is None or value == []:
            continue
        ET.SubElement(block, "attvalue", {"for": name, "value": _text(value)})


def gexf(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> str:
    """The selection as a GEXF 1.3 document (dynamic, dates as intervals)."""
    root = ET.Element("gexf", {"xmlns": NAMESPACE, "version": "1.3"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": dt.date.today().isoformat()})
    ET.SubElement(meta, "creator").text = GENERATOR
    ET.SubElement(meta, "description").text = "diplomatic interactions (diplograph)"
    graph = ET.SubElement(
        root,
        "graph",
        {
            "defaultedgetype": "directed",
            "mode": "dynamic",
            "timeformat": "date",
            "timerepresentation": "interval",
        },
    )
    _declare(graph, "node", NODE_ATTRIBUTES)
    _declare(graph, "edge", EDGE_ATTRIBUTES)
    node_block = ET.SubElement(graph, "nodes", {"count": str(len(nodes))})
    for node in nodes:
        element = ET.SubElement(
            node_block, "node", {"id": _text(node["id"]), "label": _text(node["label"])}
        )
        _values(element, node_values(node))
    edge_block = ET.SubElement(graph, "edges", {"count": str(len(edges))})
    for edge in edges:
        values = edge_values(edge)
        attrs = {
            "id": _text(edge["id"]),
            "source": _text(edge["from"]),
            "target": _text(edge["to"]),
            "type": "directed" if values["directed"] else "mutual",
            "label": _text(edge["type"]),
            "weight": str(max(values["corroboration"], 1)),
        }
        if values["start"]:
            attrs["start"], attrs["end"] = values["start"], values["end"]
        _values(ET.SubElement(edge_block, "edge", attrs), values)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
