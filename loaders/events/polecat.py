"""POLECAT events: tab-separated with a header line; ``None`` or empty for null; unknown
columns are ignored; a multi-valued country (``"USA; CAN"``) gives its first value.

>>> header = ["Event ID", "Event Date", "Event Type", "Event Mode", "Actor Name", "Actor Country",
...           "Recipient Name", "Recipient Country"]
>>> row = ["e1", "2024-05-02", "CONSULT", "phone", "France", "FRA", "Japan", "JPN"]
>>> lines = ["\\t".join(header), "\\t".join(row)]
>>> [(f.type.value, f.source.key, f.target.key) for f in parse_polecat(lines, tally=Tally())]
[('CALLED', 'FRA', 'JPN')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from diplograph.graph import Interaction
from diplograph.graph.facts import Record

from .actors import named_actor
from .codes import plover_type
from .fields import BadField, integer, iso_day, null, number
from .icews import header, sectors
from .tally import Tally, interactions, invalid, resolved_pairs

REQUIRED = ("Event ID", "Event Date", "Event Type", "Actor Name", "Recipient Name")
_COLUMNS = {
    "date": "Event Date",
    "goldstein": "Intensity",
    "quad_class": "Quad Code",
    "id": "Event ID",
}


def parse_polecat(
    lines: Iterable[str], *, name: str = "<input>", tally: Tally
) -> Iterator[Interaction]:
    """The diplomatic interactions of POLECAT rows; everything else is counted in ``tally``."""
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    columns = header(first, REQUIRED, name, tally)
    if columns is None:
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
        yield from _row(row, columns, name, line_no, tally)


def _get(row, columns, column) -> str | None:
    at = columns.get(column)
    return null(row[at]) if at is not None else None


def _first(value: str | None) -> str:
    return (value or "").split(";")[0].strip()


def _actor(row, columns, side: str, date: str):
    sector = {_get(row, columns, f"Primary {side} Sector") or ""}
    return named_actor(
        _get(row, columns, f"{side} Name") or "",
        frozenset(sector - {""}) | sectors(_get(row, columns, f"{side} Sectors")),
        _first(_get(row, columns, f"{side} Country")),
        date,
        "polecat",
    )


def _row(row, columns, name, line, tally) -> list[Interaction]:
    column = "Event Type"
    try:
        category = _get(row, columns, column)
        if not category:
            raise BadField("missing")
        column = "Event Date"
        date = iso_day(_get(row, columns, column) or "")
        column = "Event ID"
        event_id = _get(row, columns, column)
        if not event_id:
            raise BadField("missing")
        column = "Quad Code"
        quad = integer(_get(row, columns, column) or "")
        column = "Intensity"
        intensity = number(
            _get(row, columns, "Intensity") or _get(row, columns, "Event Intensity") or ""
        )
    except BadField as e:
        tally.problem(name, line, column, str(e))
        return []
    mode = _get(row, columns, "Event Mode")
    mapped = plover_type(category, mode)
    if mapped is None:
        tally.skipped_codes[category.upper()] += 1
        return []
    try:
        record = Record(
            dataset="polecat",
            id=event_id,
            code=f"{category.upper()}/{mode}" if mode else category.upper(),
            quad_class=quad,
            goldstein=intensity,
            source_code=_get(row, columns, "Actor Name"),
            target_code=_get(row, columns, "Recipient Name"),
        )
        source = _actor(row, columns, "Actor", date)
        target = _actor(row, columns, "Recipient", date)
        pairs = resolved_pairs(tally, [source], [target])
        if not pairs:
            return []
        return interactions(tally, mapped, pairs, record=record, date=date, document=None)
    except ValidationError as e:
        invalid(tally, name, line, e, _COLUMNS)
        return []
