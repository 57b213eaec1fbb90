"""Rows as other things: a networkx graph for analysis, a pandas DataFrame."""

from __future__ import annotations

import itertools
from typing import Any

import networkx as nx

from diplograph.graph import QueryError

_EDGE_COLUMNS = (("source", "target"), ("accuser", "accused"), ("state_a", "state_b"))


def to_networkx(rows: list[dict[str, Any]], center: str | None = None) -> nx.MultiDiGraph:
    """A graph of the actors in query rows, for centrality, communities and the like.

    Rows with source/target (or accuser/accused, state_a/state_b) become edges carrying the other
    columns; ``path`` rows become chains; rows with a ``counterpart`` (talked-to) or ``attendee``
    become edges from ``center``; any other row with an ``actor`` becomes a lone node.

    >>> g = to_networkx([{"source": "A", "target": "B", "type": "MET"}])
    >>> list(g.edges(data="type"))
    [('A', 'B', 'MET')]
    """
    graph = nx.MultiDiGraph()
    for row in rows:
        for a, b in _EDGE_COLUMNS:
            if a in row and b in row:
                attrs = {k: v for k, v in row.items() if k not in (a, b)}
                graph.add_edge(row[a], row[b], **attrs)
                break
        else:
            if "path" in row:
                for (u, v), kind in zip(itertools.pairwise(row["path"]), row["types"], strict=True):
                    graph.add_edge(u, v, type=kind)
            elif "counterpart" in row or "attendee" in row:
                other = row.get("counterpart", row.get("attendee"))
                if center is None:
                    raise QueryError("to_networkx needs center= for rows of counterparts")
                attrs = {k: v for k, v in row.items() if k not in ("counterpart", "attendee")}
                graph.add_edge(center, other, **attrs)
            elif "actor" in row:
                graph.add_node(row["actor"], **{k: v for k, v in row.items() if k != "actor"})
    return graph


def to_dataframe(rows: list[dict[str, Any]]) -> Any:
    """Rows as a pandas DataFrame (install the extra: ``pip install 'diplograph[pandas]'``)."""
    try:
        import pandas as pd
    except ImportError:
        raise QueryError("pandas is not installed: pip install 'diplograph[pandas]'") from None
    return pd.DataFrame.from_records(rows)
