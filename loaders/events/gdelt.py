"""GDELT events, 2.0 (61 columns) and 1.0 (57 or 58), one tab-separated row per line.

The schema is chosen by field count; empty means null; codes stay strings (``043``).

>>> row = ["1", "20250301"] + [""] * 3 + ["USAGOV", "UNITED STATES", "USA"] + [""] * 4
>>> row += ["GOV", "", "", "CHNGOV", "CHINA", "CHN"] + [""] * 4 + ["GOV", "", "", "0"]
>>> row += ["041", "041", "04", "1", "1.0", "4", "2", "4", "-1.5"] + [""] * 24
>>> row += ["20250302000000", "https://example.org/a"]
>>> facts = parse_gdelt(["\\t".join(row)], tally=Tally())
>>> [(f.type.value, f.source.key, f.target.key, f.date) for f in facts]
[('CALLED', 'USA', 'CHN', '2025-03-01')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from diplograph.graph import Interaction
from diplograph.graph.facts import Record

from .actors import cameo_actor
from .codes import cameo_type
from .fields import BadField, event_code, integer, null, number, url_document, yyyymmdd
from .tally import Tally, interactions, invalid

# (dataset, DATEADDED index, SOURCEURL index or None) by field count
_LAYOUTS = {61: ("gdelt", 59, 60), 58: ("gdelt1", 56, 57), 57: ("gdelt1", 56, None)}
_WANTED = {"gdelt": (61,), "gdelt1": (57, 58)}
_COLUMNS = {
    "date": "SQLDATE",
    "published": "DATEADDED",
    "url": "SOURCEURL",
    "quad_class": "QuadClass",
    "goldstein": "GoldsteinScale",
}


def parse_gdelt(
    lines: Iterable[str], *, name: str = "<input>", tally: Tally, dataset: str = "gdelt"
) -> Iterator[Interaction]:
    """The diplomatic interactions of GDELT event rows; everything else is counted in ``tally``."""
    wanted = _WANTED[dataset]
    for number_, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        tally.rows += 1
        row = line.split("\t")
        if len(row) not in wanted:
            hint = {16: " (a mentions row: import the events file)", 61: " (a GDELT 2.0 row)"}
            hint.update({57: " (a GDELT 1.0 row)", 58: " (a GDELT 1.0 row)"})
            expected = " or ".join(map(str, wanted))
            tally.problem(
                name,
                number_,
                "(line)",
                f"{len(row)} columns, expected {expected}{hint.get(len(row), '')}",
            )
            continue
        yield from _row(row, name, number_, tally)


def _row(row: list[str], name: str, line: int, tally: Tally) -> list[Interaction]:
    dataset, added_at, url_at = _LAYOUTS[len(row)]
    column = "EventCode"
    try:
        code = event_code(row[26])
        column = "SQLDATE"
        date = yyyymmdd(row[1])
        column = "DATEADDED"
        published = yyyymmdd(row[added_at]) if row[added_at].strip() else None
        column = "GLOBALEVENTID"
        event_id = integer(row[0])
        if event_id is None or event_id < 0:
            raise BadField(f"{row[0]!r} is not an event id")
        column = "QuadClass"
        quad = integer(row[29])
        column = "GoldsteinScale"
        goldstein = number(row[30])
        column = "NumMentions"
        mentions = integer(row[31])
        column = "NumSources"
        sources = integer(row[32])
        column = "NumArticles"
        articles = integer(row[33])
        column = "AvgTone"
        tone = number(row[34])
    except BadField as e:
        tally.problem(name, line, column, str(e))
        return []
    mapped = cameo_type(code)
    if mapped is None:
        tally.skipped_codes[code] += 1
        return []
    try:
        record = Record(
            dataset=dataset,
            id=str(event_id),
            code=code,
            quad_class=quad,
            goldstein=goldstein,
            tone=tone,
            mentions=mentions,
            sources=sources,
            articles=articles,
            source_code=null(row[5]),
            target_code=null(row[15]),
        )
        url = null(row[url_at]) if url_at is not None else None
        document = url_document(url, published)
        source = cameo_actor(
            row[5], row[6], row[7], (row[12].strip(), row[13].strip(), row[14].strip()), date
        )
        target = cameo_actor(
            row[15], row[16], row[17], (row[22].strip(), row[23].strip(), row[24].strip()), date
        )
        return interactions(
            tally, mapped, [source], [target], record=record, date=date, document=document
        )
    except ValidationError as e:
        invalid(tally, name, line, e, _COLUMNS)
        return []
