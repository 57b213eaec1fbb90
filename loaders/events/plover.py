"""PLOVER records: JSON Lines (as the manual recommends) or one JSON array (the gold standard
records), read object by object. Field names of PLOVER 2.0 (``actor``, ``recipient``, ``event``
lists) and of 0.5b1 (``source``, ``target``, ``event`` strings) are both read.

>>> lines = ['{"id": "x1", "date": "2016-07-24", "actor": [{"code": "USA"}],'
...          ' "recipient": [{"code": "CAN"}], "event": ["CONSULT"], "mode": ["visit"]}']
>>> [(f.type.value, f.source.key, f.target.key) for f in parse_plover(lines, tally=Tally())]
[('VISITED', 'USA', 'CAN')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from diplograph.graph import Interaction, parse_date
from diplograph.graph.facts import Record

from .actors import EMPTY, coded_actor
from .codes import plover_type
from .fields import BadField, iso_day
from .tally import Tally, interactions, invalid, resolved_pairs

MAX_RECORD = 1 << 20  # characters in one record of an array


def _objects(lines: Iterable[str], name: str, tally: Tally) -> Iterator[tuple[int, object]]:
    """(line number, decoded value) for each record; an array is split into its items."""
    lines = iter(enumerate(lines, start=1))
    for number, line in lines:
        text = line.strip()
        if not text:
            continue
        if text.startswith("["):
            yield from _array(number, line, lines, name, tally)
            return
        try:
            yield number, json.loads(text)
        except (json.JSONDecodeError, RecursionError, ValueError) as e:
            tally.problem(name, number, "(line)", f"invalid JSON: {getattr(e, 'msg', e)}")


def _array(number: int, first: str, lines, name: str, tally: Tally) -> Iterator[tuple[int, object]]:
    """The items of a JSON array spread over lines, one at a time: each item's text is gathered
    until its brackets close (outside strings), then decoded."""
    buffer: list[str] = []
    start, depth, in_string, escaped = number, 0, False, False
    text = first[first.index("[") + 1 :]
    while True:
        for ch in text:
            if in_string:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch in "{[":
                if depth == 0:
                    buffer, start = [], number
                depth += 1
            elif ch in "}]":
                if depth == 0:
                    if ch == "]":
                        return
                    tally.problem(name, number, "(line)", "invalid JSON: unbalanced '}'")
                    return
                depth -= 1
                if depth == 0:
                    buffer.append(ch)
                    try:
                        yield start, json.loads("".join(buffer))
                    except (json.JSONDecodeError, RecursionError, ValueError) as e:
                        tally.problem(
                            name, start, "(line)", f"invalid JSON: {getattr(e, 'msg', e)}"
                        )
                    buffer = []
                    continue
            if depth:
                buffer.append(ch)
        if depth and sum(map(len, buffer)) > MAX_RECORD:
            tally.problem(name, start, "(line)", f"a record longer than {MAX_RECORD >> 20} MiB")
            return
        nxt = next(lines, None)
        if nxt is None:
            tally.problem(name, number, "(line)", "invalid JSON: the array is not closed")
            return
        number, text = nxt[0], nxt[1] + "\n"


def _date(value) -> str | None:
    """A record's date: ``YYYY-MM-DD``, or a partial ISO date, or none (an undated record)."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if len(text) < 10:
        try:
            parse_date(text)
        except ValueError as e:
            raise BadField(str(e)) from None
        return text
    return iso_day(text)


def _listed(value) -> list:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


def _entities(value) -> list:
    """The entities of an actor or recipient field; a field that is not a list of objects (the
    gold standard's misplaced ``"diplomatic"``) is no actor."""
    items = [v for v in _listed(value) if isinstance(v, dict)]
    if not items:
        return [EMPTY]
    return [
        coded_actor(
            str(
                item.get("entity_text")
                or item.get("actorText")
                or item.get("identifier_text")
                or ""
            ),
            str(item.get("code") or ""),
            str(item.get("sector") or ""),
        )
        for item in items
    ]


def parse_plover(
    lines: Iterable[str], *, name: str = "<input>", tally: Tally
) -> Iterator[Interaction]:
    """The diplomatic interactions of PLOVER records; everything else is counted in ``tally``."""
    for number, record in _objects(lines, name, tally):
        if not isinstance(record, dict):
            tally.problem(name, number, "(line)", "expected a JSON object")
            continue
        tally.rows += 1
        categories = [str(c) for c in _listed(record.get("event"))]
        if not categories:
            tally.problem(name, number, "event", "missing")
            continue
        if categories == ["DOCUMENT"]:  # the gold standard's own documentation record
            tally.skipped_codes["DOCUMENT"] += 1
            continue
        column = "id"
        try:
            event_id = record.get("id")
            if not isinstance(event_id, (str, int)) or not str(event_id).strip():
                raise BadField("missing")
            column = "date"
            date = _date(record.get("date"))
        except BadField as e:
            tally.problem(name, number, column, str(e))
            continue
        modes = [str(m) for m in _listed(record.get("mode"))] or [""]
        sources = _entities(record.get("actor", record.get("source")))
        targets = _entities(record.get("recipient", record.get("target")))
        for category in categories:
            mapped = next(filter(None, (plover_type(category, m) for m in modes)), None)
            if mapped is None:
                tally.skipped_codes[category.upper()] += 1
                continue
            mode = next((m for m in modes if plover_type(category, m) == mapped and m), "")
            try:
                quad = record.get("quad_code")
                scale = record.get("event_scale")
                row = Record(
                    dataset="plover",
                    id=str(event_id),
                    code=f"{category.upper()}/{mode}" if mode else category.upper(),
                    quad_class=quad if isinstance(quad, int) else None,
                    goldstein=scale if isinstance(scale, (int, float)) else None,
                )
                pairs = resolved_pairs(tally, sources, targets)
                yield from interactions(tally, mapped, pairs, record=row, date=date, document=None)
            except ValidationError as e:
                invalid(tally, name, number, e, {"date": "date", "id": "id"})
