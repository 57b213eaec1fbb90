"""What every export carries: one table of node and edge attributes with their types, and the
time window a partial date stands for. GEXF, GraphML, node-link JSON and the CSV tables all read
these tables, so a new attribute is one line here.

>>> interval("2025-02", "month")
('2025-02-01', '2025-02-28')
>>> interval("2024", "year"), interval("2025-03-04", "day"), interval(None, None)
(('2024-01-01', '2024-12-31'), ('2025-03-04', '2025-03-04'), (None, None))
"""

from __future__ import annotations

import calendar
from typing import Any

GENERATOR = "diplograph export"  # every export names its writer: see export_target.py
LIST_SEPARATOR = " | "  # lists in formats that hold only scalars (GEXF, GraphML, CSV)

# (attribute, type, from the selection's dict): types are GEXF's / GraphML's names
NODE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("kind", "string"),
    ("key", "string"),
    ("state", "string"),
    ("titles", "list"),
    ("aliases", "list"),
    ("date", "string"),
    ("counterparts", "integer"),
)
EDGE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("type", "string"),
    ("status", "string"),
    ("directed", "boolean"),
    ("date", "string"),
    ("date_precision", "string"),
    ("start", "string"),
    ("end", "string"),
    ("corroboration", "integer"),
    ("cameo", "string"),
    ("plover", "string"),
    ("event_code", "string"),
    ("event", "string"),
    ("dataset", "string"),
    ("event_id", "string"),
    ("urls", "list"),
    ("articles", "list"),
    ("topics", "list"),
    ("evidence", "list"),
)


def interval(date: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """The first and last day a partial ISO date means: a day, a month or a year."""
    if not date:
        return None, None
    parts = date.split("-")
    if precision == "day" or len(parts) == 3:
        return date, date
    year = int(parts[0])
    if precision == "month" or len(parts) == 2:
        month = int(parts[1])
        return f"{date}-01", f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{date}-01-01", f"{date}-12-31"


def edge_values(edge: dict[str, Any]) -> dict[str, Any]:
    """An edge of the selection with every export attribute (start and end from its date)."""
    start, end = interval(edge.get("date"), edge.get("date_precision"))
    values = {**edge, "start": start, "end": end}
    values["directed"] = bool(edge.get("directed"))
    values["corroboration"] = int(edge.get("corroboration") or 0)
    return {name: _plain(values.get(name), kind) for name, kind in EDGE_ATTRIBUTES}


def node_values(node: dict[str, Any]) -> dict[str, Any]:
    """A node of the selection with every export attribute."""
    values = {**node, "counterparts": int(node.get("counterparts") or 0)}
    return {name: _plain(values.get(name), kind) for name, kind in NODE_ATTRIBUTES}


def _plain(value: Any, kind: str) -> Any:
    if kind == "list":
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else []
    return value


def flat(value: Any) -> Any:
    """A value for a scalar-only format: a list joined, None as the empty string."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return "" if value is None else value
