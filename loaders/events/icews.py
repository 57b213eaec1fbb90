"""ICEWS coded events: tab-separated with a header line, no quoting, ``NA`` or empty for null.

>>> lines = ["Event ID\\tEvent Date\\tSource Name\\tSource Sectors\\tSource Country\\tEvent Text"
...          "\\tCAMEO Code\\tIntensity\\tTarget Name\\tTarget Sectors\\tTarget Country\\tStory ID"
...          "\\tSentence Number\\tPublisher",
...          "7\\t2018-06-01\\tForeign Affairs (France)\\tNA\\tFrance\\tMake a visit\\t042\\t1.9"
...          "\\tGermany\\tNA\\tGermany\\t99\\t1\\tExample Wire"]
>>> [(f.type.value, f.source.key, f.target.key) for f in parse_icews(lines, tally=Tally())]
[('VISITED', 'FRA', 'DEU')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from diplograph.graph import Document, Interaction
from diplograph.graph.facts import Record

from .actors import named_actor
from .codes import cameo_type
from .fields import BadField, event_code, integer, iso_day, null, number, quad_of
from .tally import Tally, interactions, invalid, resolved_pairs

REQUIRED = ("Event ID", "Event Date", "Source Name", "Source Country", "CAMEO Code", "Target Name")
_COLUMNS = {"date": "Event Date", "goldstein": "Intensity"}


def header(line: str, required: tuple[str, ...], name: str, tally: Tally) -> dict[str, int] | None:
    """Column positions from a header line; None (with the problem tallied) when one is missing."""
    columns = {col.strip(): i for i, col in enumerate(line.split("\t"))}
    missing = [col for col in required if col not in columns]
    if missing:
        tally.problem(name, 1, "(header)", f"missing column {missing[0]!r}")
        return None
    return columns


def sectors(value: str | None) -> frozenset[str]:
    """A sector list compared as a set (ICEWS writes one actor's sectors in several orders)."""
    return frozenset(s.strip() for s in (value or "").replace(";", ",").split(",") if s.strip())


def parse_icews(
    lines: Iterable[str], *, name: str = "<input>", tally: Tally
) -> Iterator[Interaction]:
    """The diplomatic interactions of ICEWS rows; everything else is counted in ``tally``."""
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


def _get(row: list[str], columns: dict[str, int], column: str) -> str | None:
    at = columns.get(column)
    return null(row[at]) if at is not None else None


def _row(row, columns, name, line, tally) -> list[Interaction]:
    column = "CAMEO Code"
    try:
        code = event_code(_get(row, columns, column) or "")
        column = "Event Date"
        date = iso_day(_get(row, columns, column) or "")
        column = "Event ID"
        event_id = integer(_get(row, columns, column) or "")
        if event_id is None:
            raise BadField("missing")
        column = "Intensity"
        goldstein = number(_get(row, columns, column) or "")
    except BadField as e:
        tally.problem(name, line, column, str(e))
        return []
    mapped = cameo_type(code)
    if mapped is None:
        tally.skipped_codes[code] += 1
        return []
    story = _get(row, columns, "Story ID")
    publisher = _get(row, columns, "Publisher")
    try:
        document = (
            Document(
                id=f"icews:story:{story}", title=f"{publisher} story {story}" if publisher else None
            )
            if story
            else None
        )
        record = Record(
            dataset="icews",
            id=str(event_id),
            code=code,
            quad_class=quad_of(code),
            goldstein=goldstein,
            source_code=_get(row, columns, "Source Name"),
            target_code=_get(row, columns, "Target Name"),
        )
        source = named_actor(
            _get(row, columns, "Source Name") or "",
            sectors(_get(row, columns, "Source Sectors")),
            _get(row, columns, "Source Country") or "",
            date,
            "icews",
        )
        target = named_actor(
            _get(row, columns, "Target Name") or "",
            sectors(_get(row, columns, "Target Sectors")),
            _get(row, columns, "Target Country") or "",
            date,
            "icews",
        )
        pairs = resolved_pairs(tally, [source], [target])
        if not pairs:
            return []
        return interactions(tally, mapped, pairs, record=record, date=date, document=document)
    except ValidationError as e:
        invalid(tally, name, line, e, _COLUMNS)
        return []
