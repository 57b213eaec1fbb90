"""Rows and selections as other things: a networkx graph for analysis, a pandas DataFrame.

A selection (``select_graph``) converts with stable node ids ("Person:Marco Rubio") and typed
values; query rows carry display names only, so their graph is keyed by name.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import networkx as nx

from diplograph.graph import QueryError, parse_date

from .fields import interval

DATE_COLUMNS = ("date", "first", "last")  # partial ISO dates in query rows

_EDGE_COLUMNS = (("source", "target"), ("accuser", "accused"), ("state_a", "state_b"))


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def selection_to_networkx(selection: Any) -> nx.MultiDiGraph:
    """A selection as a MultiDiGraph keyed by stable ids: nodes carry label, kind, key, state,
    titles and aliases; edges (keyed by the interaction's id) carry every field, with ``start``
    and ``end`` as ``datetime.date`` for the window the date stands for."""
    graph = nx.MultiDiGraph()
    for node in selection.nodes:
        graph.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in selection.edges:
        start, end = interval(edge.get("date"), edge.get("date_precision"))
        attrs = {k: v for k, v in edge.items() if k not in ("id", "from", "to")}
        graph.add_edge(
            edge["from"], edge["to"], key=edge["id"], **attrs, start=_day(start), end=_day(end)
        )
    return graph


def to_networkx(rows: Any, center: str | None = None) -> nx.MultiDiGraph:
    """A graph of the actors in query rows, for centrality, communities and the like; given a
    selection, the graph of ``selection_to_networkx`` (stable ids, typed values).

    Rows with source/target (or accuser/accused, state_a/state_b) become edges carrying the other
    columns; ``path`` rows become chains; rows with a ``counterpart`` (talked-to) or ``attendee``
    become edges from ``center``; any other row with an ``actor`` becomes a lone node.

    >>> g = to_networkx([{"source": "A", "target": "B", "type": "MET"}])
    >>> list(g.edges(data="type"))
    [('A', 'B', 'MET')]
    """
    if hasattr(rows, "nodes") and hasattr(rows, "edges"):  # a Selection
        return selection_to_networkx(rows)
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


def to_dataframe(rows: Any) -> Any:
    """Rows (or a selection's interactions) as a pandas DataFrame, with real dates: each date
    column (``date``, ``first``, ``last``) holds the first day of its period as a datetime, and
    ``<column>_precision`` beside it says whether that was a day, a month or a year
    (install the extra: ``pip install 'diplograph[pandas]'``)."""
    try:
        import pandas as pd
    except ImportError:
        raise QueryError("pandas is not installed: pip install 'diplograph[pandas]'") from None
    if hasattr(rows, "nodes") and hasattr(rows, "edges"):  # a Selection: one row an interaction
        rows = [
            {
                "source": e["from"],
                "target": e["to"],
                **{k: v for k, v in e.items() if k not in ("from", "to")},
            }
            for e in rows.edges
        ]
    frame = pd.DataFrame.from_records(list(rows))
    for column in DATE_COLUMNS:
        if column not in frame.columns:
            continue
        texts = frame[column]
        precision = texts.map(lambda d: parse_date(d).value if isinstance(d, str) else None)
        frame[column] = pd.to_datetime(
            texts.map(lambda d: interval(d, None)[0] if isinstance(d, str) else None),
            format="%Y-%m-%d",
        )
        if f"{column}_precision" in frame.columns:  # a selection carries it already
            frame[f"{column}_precision"] = precision
        else:
            frame.insert(frame.columns.get_loc(column) + 1, f"{column}_precision", precision)
    return frame
