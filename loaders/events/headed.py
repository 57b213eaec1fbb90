"""Tab-separated files with a header line (ICEWS, POLECAT): rows with their columns by name.

>>> tally = Tally()
>>> [(n, cell(row, cols, "b")) for n, row, cols in headed_rows(["a\\tb", "1\\tNA", "2\\t3"],
...                                                          ("a",), "f", tally)]
[(2, None), (3, '3')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .fields import null
from .tally import Tally


def headed_rows(
    lines: Iterable[str], required: tuple[str, ...], name: str, tally: Tally
) -> Iterator[tuple[int, list[str], dict[str, int]]]:
    """(line number, fields, column positions) of every data row; a missing required column or
    a row whose width differs from the header's is a problem in ``tally``."""
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    columns = {col.strip(): i for i, col in enumerate(first.split("\t"))}
    missing = [col for col in required if col not in columns]
    if missing:
        tally.problem(name, 1, "(header)", f"missing column {missing[0]!r}")
        return
    width = len(first.split("\t"))
    for line_no, line in enumerate(lines, start=2):
        if not line.strip():
            continue
        tally.rows += 1
        row = line.split("\t")
        if len(row) != width:
            tally.problem(name, line_no, "(line)", f"{len(row)} columns, the header has {width}")
            continue
        yield line_no, row, columns


def cell(row: list[str], columns: dict[str, int], column: str) -> str | None:
    """A row's value in a column by name; None when the column is absent or the value null."""
    at = columns.get(column)
    return null(row[at]) if at is not None else None
