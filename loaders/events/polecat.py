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
from .fields import BadField, integer, iso_day, number
from .headed import cell, headed_rows
from .icews import sectors
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
    for line_no, row, columns in headed_rows(lines, REQUIRED, name, tally):
        yield from _row(row, columns, name, line_no, tally)


def _first(value: str | None) -> str:
    return (value or "").split(";")[0].strip()


def _actor(row, columns, side: str, date: str):
    sector = {cell(row, columns, f"Primary {side} Sector") or ""}
    return named_actor(
        cell(row, columns, f"{side} Name") or "",
        frozenset(sector - {""}) | sectors(cell(row, columns, f"{side} Sectors")),
        _first(cell(row, columns, f"{side} Country")),
        date,
        "polecat",
    )


def _row(row, columns, name, line, tally) -> list[Interaction]:
    column = "Event Type"
    try:
        category = cell(row, columns, column)
        if not category:
            raise BadField("missing")
        column = "Event Date"
        date = iso_day(cell(row, columns, column) or "")
        column = "Event ID"
        event_id = cell(row, columns, column)
        if not event_id:
            raise BadField("missing")
        column = "Quad Code"
        quad = integer(cell(row, columns, column) or "")
        column = "Intensity"
        intensity = number(
            cell(row, columns, "Intensity") or cell(row, columns, "Event Intensity") or ""
        )
    except BadField as e:
        tally.problem(name, line, column, str(e))
        return []
    mode = cell(row, columns, "Event Mode")
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
            source_code=cell(row, columns, "Actor Name"),
            target_code=cell(row, columns, "Recipient Name"),
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
