"""STATE_PAIR rows: the Neo4j store's rollup of actual interactions to pairs of states.

An interaction counts for the pair (S, T) when one end is the state S or a person who represents
it, the other end T or a person who represents T, and S is not T: once for every such pair, as
the state-pairs query has always counted. The rollup keeps, per pair and interaction type, how
many interactions count for it, so that query reads a few rows instead of every interaction.

Counts change in the transaction that changes what they count, by the difference between what
the touched interactions counted for before and after it (see :class:`Tally`):

- a batch of new interactions adds what they count for;
- a batch of new REPRESENTS edges takes away what the interactions of those persons counted for,
  and adds it again once the edges are in, so an interaction that arrived before its ends'
  states counts as if it had come after;
- a merge takes away what the interactions of both nodes (and of the persons who represent
  them) counted for, and adds what the merged node's count for.

Interaction keys include their status, so re-loading the same input creates nothing and adds
nothing. Writers that change counts lock the rollup's marker node first, so two concurrent
loads cannot each miss the other's half of a pair. A database without the marker (written by
an older diplograph, or by ``neo4j-admin import``) gets the rollup built from every interaction
by its next write.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .cypher import by_key
from .vocabulary import (
    DerivedType,
    InteractionType,
    InternalLabel,
    Label,
    StructuralType,
    quote_name,
)

NAME = DerivedType.STATE_PAIR.value  # the marker node's name
_PAIR = quote_name(DerivedType.STATE_PAIR)
_MARKER = f"(m:{quote_name(InternalLabel.INDEX)} {{name: '{NAME}'}})"
_INTERACTIONS = "|".join(quote_name(t) for t in InteractionType)
_REPRESENTS = quote_name(StructuralType.REPRESENTS)
_PERSON, _STATE = quote_name(Label.PERSON), quote_name(Label.STATE)


def _escaped(expr: str) -> str:
    """A key part in Cypher, escaped as rows.identity_key escapes it."""
    return f"replace(replace({expr}, '\\\\', '\\\\\\\\'), '|', '\\\\|')"


def _states(var: str) -> str:
    return (
        f"CASE WHEN {var}:{_STATE} THEN [{var}] WHEN {var}:{_PERSON} THEN "
        f"COLLECT {{ MATCH ({var})-[:{_REPRESENTS}]->(s:{_STATE}) RETURN s }} ELSE [] END"
    )


# What the actual interactions a selection yields (as their type ``t`` and ends ``x``, ``y``)
# count for, per pair and type.
_COUNTED = f"""
WITH t, {_states("x")} AS xs, {_states("y")} AS ys
UNWIND xs AS sx
UNWIND ys AS sy
WITH t, sx, sy WHERE sx <> sy
WITH t, CASE WHEN sx.key < sy.key THEN sx ELSE sy END AS a,
     CASE WHEN sx.key < sy.key THEN sy ELSE sx END AS b
WITH a, b, t, count(*) AS n
"""

_APPLIED = f"""
MERGE (a)-[p:{_PAIR} {{key: {_escaped("a.key")} + '|' + {_escaped("b.key")} + '|' + t}}]->(b)
  ON CREATE SET p.type = t, p.n = 0
SET p.n = p.n + $sign * n
WITH p WHERE p.n <= 0
DELETE p
"""

_EVERY = f"MATCH (x)-[r:{_INTERACTIONS}]->(y) WHERE r.status = 'actual' WITH type(r) AS t, x, y"
_ENDS_OF_R = (
    "WITH DISTINCT r WHERE r.status = 'actual' "
    "WITH type(r) AS t, startNode(r) AS x, endNode(r) AS y"
)


@cache
def _by_rows(src_label: Label, tgt_label: Label) -> str:
    """The new interactions of a batch's ``$rows`` (of type ``$type``), by their ends' keys."""
    return (
        "UNWIND $rows AS row WITH row WHERE row.status = 'actual' "
        f"MATCH {by_key('x', src_label, 'row.src')} "
        f"MATCH {by_key('y', tgt_label, 'row.tgt')} WITH $type AS t, x, y"
    )


@cache
def _by_nodes(label: Label) -> str:
    """The interactions of the ``label`` nodes with ``$keys`` and of the persons representing
    them."""
    return (
        f"UNWIND $keys AS k MATCH {by_key('n', label, 'k')} CALL (n) {{ "
        f"MATCH (n)-[r:{_INTERACTIONS}]-() RETURN r UNION "
        f"MATCH (n)<-[:{_REPRESENTS}]-(:{_PERSON})-[r:{_INTERACTIONS}]-() RETURN r }} " + _ENDS_OF_R
    )


LOCK = f"MATCH {_MARKER} SET m.at = timestamp()"
BUILT = f"MATCH {_MARKER} RETURN m.name AS name"
# Built in one transaction: the marker, merged first, is the lock; a rollup a crash left half
# made is dropped and counted again.
BUILD = [
    (f"MERGE {_MARKER} SET m.at = timestamp()", {}),
    (f"MATCH ()-[p:{_PAIR}]->() DELETE p", {}),
    (_EVERY + _COUNTED + _APPLIED, {"sign": 1}),
]
# The rollup as stored, and as the interactions say it should be (for checks).
STORED = (
    f"MATCH (a)-[p:{_PAIR}]->(b) RETURN a.key AS a, b.key AS b, p.type AS type, p.n AS n, "
    "p.key AS key"
)
RECOUNTED = _EVERY + _COUNTED + "RETURN a.key AS a, b.key AS b, t AS type, n"


@dataclass(frozen=True)
class Tally:
    """How a batch of new relationships changes the rollup."""

    selection: str  # the interactions it touches: from $rows, or from $keys (by_ends)
    by_ends: bool  # selected through the rows' source nodes, whose interactions count already
    rel_type: str | None = None  # the rows' interaction type

    def statement(self, rows: list[dict[str, Any]], sign: int) -> tuple[str, dict[str, Any]]:
        """Add (``sign`` 1) or take away (-1) what the touched interactions count for."""
        if self.by_ends:
            params: dict[str, Any] = {"keys": sorted({row["src"] for row in rows})}
        else:
            ends = [{"src": r["src"], "tgt": r["tgt"], "status": r.get("status")} for r in rows]
            params = {"rows": ends, "type": self.rel_type}
        return self.selection + _COUNTED + _APPLIED, {**params, "sign": sign}


def tally_for(
    rel_type: InteractionType | StructuralType | DerivedType, src_label: Label, tgt_label: Label
) -> Tally | None:
    """The rollup's part in a batch of new relationships, or None when it changes nothing."""
    if isinstance(rel_type, InteractionType):
        return Tally(_by_rows(src_label, tgt_label), by_ends=False, rel_type=rel_type.value)
    if rel_type is StructuralType.REPRESENTS and src_label is Label.PERSON:
        return Tally(_by_nodes(src_label), by_ends=True)
    return None


def merge_tally(label: Label) -> str:
    """The selection a merge of two ``label`` nodes recounts (with $keys and $sign)."""
    return _by_nodes(label) + _COUNTED + _APPLIED
