"""The closed vocabulary: node labels, interaction types, statuses, and their CAMEO/PLOVER codes.

Labels and relationship types cannot be Cypher parameters, so every one that reaches a query comes
from the enums here and is quoted by :func:`quote_name`.

>>> InteractionType("MET").cameo
'040'
>>> InteractionType.CALLED.plover
'CONSULT'
>>> quote_name(Label.PERSON)
'`Person`'
"""

from __future__ import annotations

import csv
import enum
from dataclasses import dataclass
from functools import cache
from importlib import resources


class Label(str, enum.Enum):
    """Node labels of the property graph."""

    PERSON = "Person"
    STATE = "State"
    ORGANIZATION = "Organization"
    SUMMIT = "Summit"
    PLACE = "Place"
    ARTICLE = "Article"

    def __str__(self) -> str:
        return self.value


class StructuralType(str, enum.Enum):
    """Relationships that describe entities rather than interactions."""

    REPRESENTS = "REPRESENTS"  # Person -> State
    HELD_IN = "HELD_IN"  # Summit -> Place
    LOCATED_IN = "LOCATED_IN"  # Place -> State

    def __str__(self) -> str:
        return self.value


class DerivedType(str, enum.Enum):
    """Relationships the Neo4j store derives from the interactions for its own searches.

    They are an index, not data: the writer maintains them in the transaction that writes the
    interactions, and neither the snapshot nor the counts include them.
    """

    # One per pair of actors with at least one actual interaction, in either direction, from the
    # end with the smaller "Label:key" to the other, keyed by both joined with "|"; ``ids``
    # lists those interactions' keys, sorted. The path query searches these instead of the
    # interactions themselves.
    CONTACT = "CONTACT"
    # One per pair of states and interaction type with at least one actual interaction whose
    # ends are those states or persons who represent them, from the state with the smaller key;
    # ``n`` counts those interactions. The state-pairs query reads these instead of every
    # interaction (see state_pairs.py).
    STATE_PAIR = "STATE_PAIR"

    def __str__(self) -> str:
        return self.value


class InternalLabel(str, enum.Enum):
    """Nodes the Neo4j store keeps for its own bookkeeping: never data, never counted or shown."""

    # One per committed write batch, with the counts it created, until the writer's next batch:
    # a batch retried after its commit's answer was lost finds its mark and reports those counts
    # instead of doing the work again.
    BATCH = "DiplographBatch"
    # One per derived rollup the writer keeps, once it has been built from the interactions: a
    # database without it was written by an older diplograph (or by neo4j-admin import), and the
    # next write builds the rollup. Writers that change a rollup lock this node first.
    INDEX = "DiplographIndex"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Codes:
    """One row of the CAMEO/PLOVER table shipped as ``codes.tsv``."""

    cameo: str
    cameo_label: str
    goldstein: float
    plover: str
    plover_mode: str
    plover_score: float


@cache
def _codes() -> dict[str, Codes]:
    text = resources.files(__package__).joinpath("codes.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    table = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        table[row["type"]] = Codes(
            cameo=row["cameo"],
            cameo_label=row["cameo_label"],
            goldstein=float(row["goldstein"]),
            plover=row["plover_category"],
            plover_mode=row["plover_mode"],
            plover_score=float(row["plover_score"]),
        )
    return table


@cache
def _roles() -> dict[str, frozenset[str]]:
    text = resources.files(__package__).joinpath("roles.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {kind: frozenset(roles.split()) for kind, roles in rows}


class InteractionType(str, enum.Enum):
    """Interaction types, stored as relationship types."""

    CALLED = "CALLED"
    MET = "MET"
    VISITED = "VISITED"
    HOSTED = "HOSTED"
    ATTENDED = "ATTENDED"
    INVITED = "INVITED"
    PLANNED_MEETING = "PLANNED_MEETING"
    URGED = "URGED"
    PRAISED = "PRAISED"
    AGREED = "AGREED"
    DISCUSSED = "DISCUSSED"
    ACCUSED = "ACCUSED"
    CRITICIZED = "CRITICIZED"
    DENIED = "DENIED"
    WARNED = "WARNED"
    THREATENED = "THREATENED"
    REJECTED = "REJECTED"
    EXPELLED = "EXPELLED"
    SANCTIONED = "SANCTIONED"

    def __str__(self) -> str:
        return self.value

    @property
    def codes(self) -> Codes:
        return _codes()[self.value]

    @property
    def cameo(self) -> str:
        return self.codes.cameo

    @property
    def plover(self) -> str:
        return self.codes.plover

    @property
    def symmetric(self) -> bool:
        """Whether the type has no direction: its two ends are stored in a canonical order."""
        return self in _SYMMETRIC

    @property
    def roles(self) -> frozenset[str]:
        """What the extractor knows of the type (``roles.tsv``)."""
        return _roles().get(self.value, frozenset())

    @classmethod
    def having(cls, role: str) -> frozenset[str]:
        """The names of the types with a role.

        >>> sorted(InteractionType.having("meeting"))
        ['CALLED', 'MET']
        """
        return frozenset(t.value for t in cls if role in t.roles)

    @property
    def conflict(self) -> bool:
        """Whether the type is conflictual (negative Goldstein score)."""
        return self.codes.goldstein < 0


_SYMMETRIC = frozenset(
    {InteractionType.CALLED, InteractionType.MET, InteractionType.DISCUSSED, InteractionType.AGREED}
)


class Status(str, enum.Enum):
    """Whether an interaction happened. PLOVER's rule: a planned meeting is not a meeting."""

    ACTUAL = "actual"
    PLANNED = "planned"
    CLAIMED = "claimed"
    NEGATED = "negated"

    def __str__(self) -> str:
        return self.value


class Precision(str, enum.Enum):
    """How much of an event date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    def __str__(self) -> str:
        return self.value


def quad_class(cameo: str) -> int:
    """CAMEO's quad class from an event code's root: 01-05 verbal cooperation, 06-09 material
    cooperation, 10-14 verbal conflict, 15-20 material conflict.

    >>> quad_class("042"), quad_class("112"), quad_class("1831")
    (1, 3, 4)
    """
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def quote_name(
    name: Label | InternalLabel | InteractionType | StructuralType | DerivedType,
) -> str:
    """Quote a label or relationship type for Cypher. Only vocabulary members are accepted."""
    if not isinstance(name, (Label, InternalLabel, InteractionType, StructuralType, DerivedType)):
        raise TypeError(f"not a vocabulary member: {name!r}")
    return f"`{name.value}`"
