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
from .tally import Tally, interactions, invalid, resolved_pairs

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
    """The diplomatic interactions of GDELT event rows; everything else is counted in ``tally``.

    The column count, event code and date are checked on every row; the other columns only on
    the rows that become interactions (a skipped row's scores are never read)."""
    wanted = _WANTED[dataset]
    hint = {16: " (a mentions row: import the events file)", 61: " (a GDELT 2.0 row)"}
    hint.update({57: " (a GDELT 1.0 row)", 58: " (a GDELT 1.0 row)"})
    expected = " or ".join(map(str, wanted))
    for number_, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        tally.rows += 1
        width = line.count("\t") + 1
        if width not in wanted:
            problem = f"{width} columns, expected {expected}{hint.get(width, '')}"
            tally.problem(name, number_, "(line)", problem)
            continue
        head = line.split("\t", 27)  # up to the event code: most rows stop there
        column = "EventCode"
        try:
            code = event_code(head[26])
            column = "SQLDATE"
            date = yyyymmdd(head[1])
        except BadField as e:
            tally.problem(name, number_, column, str(e))
            continue
        mapped = cameo_type(code)
        if mapped is None:
            tally.skipped_codes[code] += 1
            continue
        source = cameo_actor(head[5], head[6], head[7], _types(head, 12), date)
        target = cameo_actor(head[15], head[16], head[17], _types(head, 22), date)
        pairs = resolved_pairs(tally, [source], [target])
        if pairs:
            yield from _row(line.split("\t"), mapped, pairs, date, name, number_, tally)


def _types(row: list[str], first: int) -> tuple[str, str, str]:
    return (row[first].strip(), row[first + 1].strip(), row[first + 2].strip())


def _row(row, mapped, pairs, date: str, name: str, line: int, tally: Tally) -> list[Interaction]:
    """The interactions of a row whose type and actors are known: its scores and article."""
    dataset, added_at, url_at = _LAYOUTS[len(row)]
    try:
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
    try:
        record = Record(
            dataset=dataset,
            id=str(event_id),
            code=row[26].strip(),
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
        return interactions(tally, mapped, pairs, record=record, date=date, document=document)
    except ValidationError as e:
        invalid(tally, name, line, e, _COLUMNS)
        return []
