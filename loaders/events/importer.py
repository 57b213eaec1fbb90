"""Import event-data files into a store: every row is checked first, and nothing is written
when one is faulty (unless ``skip_invalid``); then the interactions are written in batches.

A re-import changes nothing: an event's identity is its dataset and its id there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from diplograph.graph import InputError, Interaction, WriteReport
from diplograph.graph.store import Progress

from .gdelt import parse_gdelt
from .icews import parse_icews
from .plover import parse_plover
from .polecat import parse_polecat
from .sources import Input, find_inputs, lines
from .tally import Tally

FORMATS: dict[str, Callable[..., Iterator[Interaction]]] = {
    "gdelt": lambda lines, **kw: parse_gdelt(lines, dataset="gdelt", **kw),
    "gdelt1": lambda lines, **kw: parse_gdelt(lines, dataset="gdelt1", **kw),
    "icews": parse_icews,
    "plover": parse_plover,
    "polecat": parse_polecat,
}


@dataclass(frozen=True)
class ImportResult:
    report: WriteReport
    tally: Tally

    def as_dict(self) -> dict[str, object]:
        return {**self.report.as_dict(), **self.tally.as_dict()}


def parse_events(fmt: str, paths: Iterable[str], tally: Tally) -> Iterator[Interaction]:
    """The interactions of every input, streamed; counts and faults go to ``tally``."""
    parse = _parser(fmt)
    with find_inputs(list(paths)) as inputs:
        for item in inputs:
            yield from _read(parse, item, tally)


def _read(parse, item: Input, tally: Tally) -> Iterator[Interaction]:
    """One input's interactions; an input with no row at all (empty, blank, a header alone) is
    a fault, as a file that holds nothing is not the file that was meant."""
    rows, problems = tally.rows, len(tally.problems)
    yield from parse(lines(item), name=item.name, tally=tally)
    if tally.rows == rows and len(tally.problems) == problems:
        tally.problems.append(f"{item.name}: no rows: the file is empty")


def _parser(fmt: str):
    try:
        return FORMATS[fmt]
    except KeyError:
        raise InputError(
            [f"unknown event-data format {fmt!r} (expected {', '.join(FORMATS)})"]
        ) from None


def read_events(
    fmt: str, paths: Iterable[str], *, skip_invalid: bool = False
) -> tuple[list[Interaction], Tally]:
    """Every interaction of the inputs, in memory (for the bulk path), and the tally; raises
    InputError on a faulty row unless ``skip_invalid``."""
    tally = Tally()
    facts = list(parse_events(fmt, paths, tally))
    if tally.problems and not skip_invalid:
        raise InputError(tally.problems)
    return facts, tally


def import_events(
    store,
    fmt: str,
    paths: Iterable[str],
    *,
    skip_invalid: bool = False,
    batch_size: int = 100_000,
    progress: Progress | None = None,
    ingested_at: str | None = None,
) -> ImportResult:
    """Check, then write, the diplomatic events of event-data files. The check pass keeps what
    it read while it fits in one batch; inputs larger than a batch are read a second time.

    Raises InputError listing the faulty rows (``FILE:LINE: column: problem``) and writes
    nothing, unless ``skip_invalid``: then the valid rows are written and the faults returned
    in the tally.
    """
    parse = _parser(fmt)
    paths = list(paths)
    with find_inputs(paths) as inputs:
        tally = Tally()
        total = 0
        kept: list[Interaction] | None = []  # the check pass's own facts, while one batch holds
        for item in inputs:
            for fact in _read(parse, item, tally):
                total += 1
                if kept is not None:
                    kept.append(fact)
                    if len(kept) > batch_size:
                        kept = None  # more than a batch: read again, so memory stays bounded
        if tally.problems and not skip_invalid:
            raise InputError(tally.problems)
        sums = dict.fromkeys(WriteReport().as_dict(), 0)
        chunk: list[Interaction] = []

        def flush() -> None:
            report = store.write_facts(chunk, ingested_at=ingested_at)
            for key, value in report.as_dict().items():
                sums[key] += value
            if progress is not None:
                progress(len(chunk), total)
            chunk.clear()

        if kept is not None:
            chunk.extend(kept)
        else:
            for item in inputs:
                for fact in _read(parse, item, Tally()):
                    chunk.append(fact)
                    if len(chunk) >= batch_size:
                        flush()
        if chunk:
            flush()
    return ImportResult(WriteReport(**sums), tally)
