"""How commands print rows: a table on a terminal, JSON or CSV when asked. Data only, on stdout."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Sequence
from typing import Any

from diplograph.graph.escape import csv_safe, terminal_safe

FORMATS = ("table", "json", "csv")
_MAX_WIDTH = 60  # no column wider, even on a wide terminal
_MIN_WIDTH = 8  # a column gives way down to this; when that does not fit, one line a value


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
    rows: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    width: int | None = None,
) -> str:
    """Render rows as ``table``, ``json`` (a list of row objects) or ``csv``. A table fits
    ``width`` (default: the terminal's, COLUMNS when set), long values cut with an ellipsis; JSON
    and CSV always carry the full values.

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
    columns = [terminal_safe(c) for c in columns]
    total = width if width is not None else shutil.get_terminal_size((100, 24)).columns
    widths = fit_widths(
        [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)],
        [_MIN_WIDTH] * len(columns),
        total,
    )
    if widths is None:  # too many columns for the terminal: one "column  value" line each
        return _records(columns, cells, total)

    def line(values: Sequence[str]) -> str:
        return "  ".join(_clip(v, w).ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    return "\n".join(out) + "\n"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def fit_widths(natural: list[int], minimum: list[int], total: int) -> list[int] | None:
    """Column widths that fit ``total`` characters with two spaces between columns: the widest
    columns give way first, none below its minimum; None when even the minimums do not fit.

    >>> fit_widths([10, 50, 8], [4, 4, 4], 40)
    [10, 18, 8]
    """
    room = total - 2 * (len(natural) - 1)
    natural = [min(w, _MAX_WIDTH) for w in natural]
    if sum(natural) <= room:
        return natural
    floor = [max(1, min(m, w)) for m, w in zip(minimum, natural, strict=True)]
    if sum(floor) > room:
        return None
    low, high = 1, max(natural)  # the largest cap under which every column fits
    while low < high:
        cap = (low + high + 1) // 2
        if sum(max(f, min(w, cap)) for f, w in zip(floor, natural, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(w, low)) for f, w in zip(floor, natural, strict=True)]


def _records(columns: list[str], cells: list[list[str]], total: int) -> str:
    name_width = min(max(len(c) for c in columns), total // 3)
    blocks = []
    for row in cells:
        lines = [
            f"{_clip(c, name_width).ljust(name_width)}  {_clip(v, total - name_width - 2)}".rstrip()
            for c, v in zip(columns, row, strict=True)
        ]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
