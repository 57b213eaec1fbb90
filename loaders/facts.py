"""Facts files: JSON Lines, one interaction per line with its entities inline.

``parse_facts`` is pure (lines in, facts out); ``load_facts`` reads a file and writes to a store.

>>> lines = ['{"type": "MET", "source": {"kind": "state", "code": "USA"},'
...          ' "target": {"kind": "state", "code": "CHN"}}']
>>> [f.target.name for f in parse_facts(lines).facts]
['China']
>>> parse_facts(['{"type": "MET"}'], name="x.jsonl", skip_invalid=True).problems
['x.jsonl:1: source: missing']
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from diplograph.graph import InputError, Interaction, WriteReport, clip
from diplograph.graph.store import Progress

_KINDS = {"person", "state", "organization", "summit", "place"}


@dataclass
class ParsedFacts:
    facts: list[Interaction] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LoadResult:
    report: WriteReport
    problems: list[str]


def _field(loc: tuple) -> str:
    parts = [
        str(p)
        for i, p in enumerate(loc)
        if not (p in _KINDS and i > 0 and loc[i - 1] in ("source", "target"))
    ]
    return ".".join(parts) or "(line)"


def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "missing":
        return "missing"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"unknown value {error['input']!r} (expected {expected})"
    if kind in ("model_attributes_type", "model_type", "dict_type"):
        return "expected an object"
    if kind == "union_tag_invalid":
        ctx = error["ctx"]
        return f"unknown kind {ctx.get('tag')!r} (expected {ctx.get('expected_tags')})"
    message = error["msg"]
    return message.removeprefix("Value error, ")


def parse_facts(
    lines: Iterable[str],
    *,
    name: str = "<input>",
    skip_invalid: bool = False,
) -> ParsedFacts:
    """Parse JSON Lines into facts, collecting one ``NAME:LINE: field: problem`` per fault.

    Blank lines are skipped. Raises InputError on the first file with faults unless
    ``skip_invalid``, in which case the valid lines are kept and the faults returned.
    """
    parsed = ParsedFacts()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            parsed.problems.append(
                f"{name}:{number}: (line): invalid JSON: {e.msg} at column {e.colno}"
            )
            continue
        except RecursionError:
            parsed.problems.append(f"{name}:{number}: (line): invalid JSON: nested too deep")
            continue
        except ValueError as e:  # an integer of thousands of digits
            parsed.problems.append(f"{name}:{number}: (line): invalid JSON: {clip(str(e))}")
            continue
        if not isinstance(data, dict):
            parsed.problems.append(f"{name}:{number}: (line): expected a JSON object")
            continue
        try:
            parsed.facts.append(Interaction.model_validate(data))
        except ValidationError as e:
            first = e.errors()[0]
            field, message = clip(_field(first["loc"])), clip(_message(first))
            parsed.problems.append(f"{name}:{number}: {field}: {message}")
    if parsed.problems and not skip_invalid:
        raise InputError(parsed.problems)
    return parsed


MAX_LINE = 1 << 20  # bytes in one facts line; a longer one is not an interaction


def read_lines(path: str | Path) -> Iterator[str]:
    """A facts file's lines, streamed (``-`` is standard input). Lines end at ``\n`` only, as JSON
    Lines say (U+2028 inside a string is text); a line over 1 MiB, unreadable or non-UTF-8 input is
    an InputError naming the line."""
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        if str(path) == "-":
            stream = sys.stdin.buffer
        else:
            stream = open(path, "rb")  # noqa: SIM115 - closed below, also when the reader stops
    except FileNotFoundError:
        raise InputError([f"{name}: no such file"]) from None
    except IsADirectoryError:
        raise InputError([f"{name}: is a folder, not a facts file"]) from None
    except AttributeError:  # sys.stdin is None: the process was started with stdin closed
        raise InputError([f"{name}: standard input is closed"]) from None
    except OSError as e:
        raise InputError([f"{name}: cannot read: {e.strerror}"]) from None
    try:
        yield from decode_lines(stream, name)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def decode_lines(stream, name: str) -> Iterator[str]:
    """The lines of a binary stream as text, without their line ends (a leading BOM dropped);
    a line over 1 MiB, a read error or non-UTF-8 input is an InputError naming the line."""
    for number, raw in enumerate(_raw_lines(stream, name), start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            yield raw.decode("utf-8").removesuffix("\n").removesuffix("\r")
        except UnicodeDecodeError:
            raise InputError([f"{name}:{number}: (line): not UTF-8 text"]) from None


def _raw_lines(stream, name: str) -> Iterator[bytes]:
    number = 0
    while True:
        try:
            raw = stream.readline(MAX_LINE + 1)
        except (OSError, ValueError) as e:
            problem = getattr(e, "strerror", None) or e
            raise InputError([f"{name}: cannot read: {problem}"]) from None
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            raise InputError([f"{name}:{number}: (line): longer than {MAX_LINE >> 20} MiB"])
        yield raw


def load_facts(
    store,
    path: str | Path,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    ingested_at: str | None = None,
) -> LoadResult:
    """Read, validate and write a facts file. Nothing is written when a line is invalid,
    unless ``skip_invalid``: then the valid lines are written and the faults returned."""
    name = "<stdin>" if str(path) == "-" else str(path)
    parsed = parse_facts(read_lines(path), name=name, skip_invalid=skip_invalid)
    report = store.write_facts(parsed.facts, progress=progress, ingested_at=ingested_at)
    return LoadResult(report=report, problems=parsed.problems)
