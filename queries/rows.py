"""What a named query or Cypher returns: ``Rows``, a plain list of dicts that Jupyter shows as
an HTML table, every value escaped.

>>> rows = Rows([{"source": "<b>A</b>", "n": 2}])
>>> "&lt;b&gt;A&lt;/b&gt;" in rows._repr_html_(), rows == [{"source": "<b>A</b>", "n": 2}]
(True, True)
"""

from __future__ import annotations

import html
import json
from typing import Any

SHOWN_ROWS = 200  # a notebook table shows this many rows and says how many more there are


class Rows(list):
    """A query's rows: a plain list of dicts that also displays as a table in Jupyter."""

    def _repr_html_(self) -> str:
        if not self:
            return "<p><em>(no rows)</em></p>"
        columns = list(dict.fromkeys(k for row in self[:SHOWN_ROWS] for k in row))
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>"
            for row in self[:SHOWN_ROWS]
        )
        more = len(self) - SHOWN_ROWS
        note = f"<p><em>{more} more rows</em></p>" if more > 0 else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "<br>".join(_cell(v) for v in value)
    if isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return html.escape(str(value))
