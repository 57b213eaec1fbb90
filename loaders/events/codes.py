"""Which interaction type an event-data code stands for (``graph/event_codes.tsv``).

>>> cameo_type("0431").type.value, cameo_type("036").status.value, cameo_type("190")
('HOSTED', 'planned', None)
>>> plover_type("CONSULT", "phone").type, plover_type("consult", "").type
(<InteractionType.CALLED: 'CALLED'>, <InteractionType.MET: 'MET'>)
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import NamedTuple

from diplograph.graph import InteractionType, Status


class Mapped(NamedTuple):
    type: InteractionType
    status: Status


@cache
def _table() -> dict[tuple[str, str], Mapped]:
    text = resources.files("diplograph.graph").joinpath("event_codes.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {
        (row["scheme"], row["code"]): Mapped(InteractionType(row["type"]), Status(row["status"]))
        for row in csv.DictReader(lines, delimiter="\t")
    }


@cache
def cameo_type(code: str) -> Mapped | None:
    """The type of a CAMEO event code: its longest listed prefix decides; None outside the
    diplomatic range."""
    table = _table()
    for end in range(len(code), 1, -1):
        found = table.get(("cameo", code[:end]))
        if found is not None:
            return found
    return None


@cache
def plover_type(category: str, mode: str | None = None) -> Mapped | None:
    """The type of a PLOVER category and mode (the mode's row first, then the category's)."""
    table = _table()
    category = category.strip().upper()
    mode = (mode or "").strip().lower()
    return (mode and table.get(("plover", f"{category}/{mode}"))) or table.get(("plover", category))
