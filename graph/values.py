"""Driver values as plain Python: what rows carry out of a store."""

from __future__ import annotations

from typing import Any

from neo4j import graph as neo4j_graph


def plain(value: Any) -> Any:
    """Turn nodes, relationships, paths and temporal values into JSON-friendly Python.

    >>> plain([1, "a", {"b": None}])
    [1, 'a', {'b': None}]
    """
    if isinstance(value, neo4j_graph.Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j_graph.Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j_graph.Path):
        return {
            "nodes": [plain(n) for n in value.nodes],
            "relationships": [plain(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
