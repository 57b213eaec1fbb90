"""What an import counts as it reads: rows, events kept, codes skipped, actors unresolved, and
the faulty rows (``FILE:LINE: column: problem``); and the step every importer shares, from two
resolved actors to the interactions of one row."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pydantic import ValidationError

from diplograph.graph import Document, Interaction, clip
from diplograph.graph.facts import Record

from .actors import Unresolved
from .codes import Mapped

SAME = "same actor on both sides"


@dataclass
class Tally:
    rows: int = 0
    events: int = 0  # interactions made
    skipped_codes: Counter = field(default_factory=Counter)  # code outside the diplomatic range
    unresolved: Counter = field(default_factory=Counter)  # reason an actor was not resolved
    problems: list[str] = field(default_factory=list)

    def problem(self, name: str, line: int, column: str, message: str) -> None:
        self.problems.append(f"{name}:{line}: {clip(column)}: {clip(message)}")

    def as_dict(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "events": self.events,
            "skipped_codes": dict(sorted(self.skipped_codes.items())),
            "unresolved": dict(sorted(self.unresolved.items())),
            "invalid": len(self.problems),
        }


def resolved_pairs(tally: Tally, sources: list, targets: list) -> list[tuple]:
    """The (source, target) pairs of a row whose two actors resolved to different entities; the
    row is counted as unresolved (by the first reason) when there is none."""
    pairs, reasons = [], []
    for source in sources:
        for target in targets:
            if isinstance(source, Unresolved) or isinstance(target, Unresolved):
                reasons.append((source if isinstance(source, Unresolved) else target).reason)
            elif (source.kind, source.key) == (target.kind, target.key):
                reasons.append(SAME)
            else:
                pairs.append((source, target))
    if not pairs:
        tally.unresolved[reasons[0] if reasons else "no actor"] += 1
    return pairs


def interactions(
    tally: Tally,
    mapped: Mapped,
    pairs: list[tuple],
    *,
    record: Record,
    date: str | None,
    document: Document | None,
) -> list[Interaction]:
    """One interaction per resolved pair of a row."""
    out = [
        Interaction(
            type=mapped.type,
            status=mapped.status,
            source=source,
            target=target,
            date=date,
            document=document,
            record=record,
        )
        for source, target in pairs
    ]
    tally.events += len(out)
    return out


def invalid(tally: Tally, name: str, line: int, error: ValidationError, columns: dict) -> None:
    """A model's refusal as a row problem, named by the dataset's column."""
    first = error.errors()[0]
    loc = [str(p) for p in first["loc"] if not isinstance(p, int)]
    column = columns.get(loc[-1] if loc else "", ".".join(loc) or "(line)")
    tally.problem(name, line, column, first["msg"].removeprefix("Value error, "))
