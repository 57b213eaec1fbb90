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
from diplograph.graph.vocabulary import quad_class

from .actors import named_actor
from .codes import cameo_type
from .fields import BadField, event_code, integer, iso_day, number
from .headed import cell, headed_rows
from .tally import Tally, interactions, invalid, resolved_pairs

REQUIRED = ("Event ID", "Event Date", "Source Name", "Source Country", "CAMEO Code", "Target Name")
_COLUMNS = {"date": "Event Date", "goldstein": "Intensity"}


def sectors(value: str | None) -> frozenset[str]:
    """A sector list compared as a set (ICEWS writes one actor's sectors in several orders)."""
    return frozenset(s.strip() for s in (value or "").replace(";", ",").split(",") if s.strip())


def parse_icews(
    lines: Iterable[str], *, name: str = "<input>", tally: Tally
) -> Iterator[Interaction]:
    """The diplomatic interactions of ICEWS rows; everything else is counted in ``tally``."""
    for line_no, row, columns in headed_rows(lines, REQUIRED, name, tally):
        yield from _row(row, columns, name, line_no, tally)


def _row(row, columns, name, line, tally) -> list[Interaction]:
    column = "CAMEO Code"
    try:
        code = event_code(cell(row, columns, column) or "")
        column = "Event Date"
        date = iso_day(cell(row, columns, column) or "")
        column = "Event ID"
        event_id = integer(cell(row, columns, column) or "")
        if event_id is None:
            raise BadField("missing")
        column = "Intensity"
        goldstein = number(cell(row, columns, column) or "")
    except BadField as e:
        tally.problem(name, line, column, str(e))
        return []
    mapped = cameo_type(code)
    if mapped is None:
        tally.skipped_codes[code] += 1
        return []
    story = cell(row, columns, "Story ID")
    publisher = cell(row, columns, "Publisher")
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
            quad_class=quad_class(code),
            goldstein=goldstein,
            source_code=cell(row, columns, "Source Name"),
            target_code=cell(row, columns, "Target Name"),
        )
        source = named_actor(
            cell(row, columns, "Source Name") or "",
            sectors(cell(row, columns, "Source Sectors")),
            cell(row, columns, "Source Country") or "",
            date,
            "icews",
        )
        target = named_actor(
            cell(row, columns, "Target Name") or "",
            sectors(cell(row, columns, "Target Sectors")),
            cell(row, columns, "Target Country") or "",
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
