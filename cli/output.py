"""How commands print rows: a table on a terminal, JSON or CSV when asked. Data only, on stdout."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from diplograph.graph.escape import csv_safe, terminal_safe

FORMATS = ("table", "json", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _csv_cell(value: Any) -> str:
    """Text as spreadsheets show it safely (no formula); numbers, even negative, as numbers."""
    return csv_safe(value) if isinstance(value, str) else terminal_safe(_cell(value))


def render_rows(
    rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None
) -> str:
    """Render rows as ``table``, ``json`` (a list of row objects) or ``csv``.

    >>> print(render_rows([{"a": 1, "b": ["x", "y"]}], "csv"), end="")
    a,b
    1,x; y
    """
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n"
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
        return buffer.getvalue()
    if not rows:
        return "(no rows)\n"
    cells = [[terminal_safe(_cell(row.get(c)).replace("\n", " ")) for c in columns] for row in rows]
    widths = [min(60, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            (v if len(v) <= w else v[: w - 1] + "…").ljust(w)
            for v, w in zip(values, widths, strict=True)
        ).rstrip()

    columns = [terminal_safe(c) for c in columns]
    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    return "\n".join(out) + "\n"
