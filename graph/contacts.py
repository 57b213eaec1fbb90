"""CONTACT rows: the Neo4j store's index of who has actually interacted with whom.

The path query searches one CONTACT relationship per pair of actors instead of every interaction
between them (see :class:`~.vocabulary.DerivedType`). The writer derives the rows from each batch
of interactions and merges them in the same transaction, so the index can never disagree with
the interactions, after a crash or a re-load.

>>> met = {"src": "Bo", "tgt": "Al", "status": "actual", "key": "MET|Bo|Al|actual"}
>>> planned = {**met, "status": "planned", "key": "MET|Bo|Al|planned"}
>>> contact_rows(InteractionType.MET, Label.PERSON, Label.PERSON, [met, planned])[
...     (Label.PERSON, Label.PERSON)
... ]
[{'key': 'Person:Al|Person:Bo', 'src': 'Al', 'tgt': 'Bo', 'ids': ['MET|Bo|Al|actual']}]
"""

from __future__ import annotations

from typing import Any

from .rows import NodeRef, identity_key, sort_key
from .vocabulary import InteractionType, Label, StructuralType


def contact_rows(
    rel_type: InteractionType | StructuralType,
    src_label: Label,
    tgt_label: Label,
    rows: list[dict[str, Any]],
) -> dict[tuple[Label, Label], list[dict[str, Any]]]:
    """The CONTACT rows for a batch of relationship rows of one type between two labels,
    grouped by the labels of their (lower, higher) ends: actual interactions only, no loops.
    A contact's key is its ends' "Label:key" joined by "|", lower first."""
    if not isinstance(rel_type, InteractionType):
        return {}
    pairs: dict[tuple[NodeRef, NodeRef], set[str]] = {}
    for row in rows:
        if row.get("status") != "actual":
            continue
        ends = NodeRef(src_label, row["src"]), NodeRef(tgt_label, row["tgt"])
        if ends[0] == ends[1]:
            continue
        lo, hi = sorted(ends, key=lambda ref: sort_key(ref.id))
        pairs.setdefault((lo, hi), set()).add(row["key"])
    out: dict[tuple[Label, Label], list[dict[str, Any]]] = {}
    for (lo, hi), ids in pairs.items():
        out.setdefault((lo.label, hi.label), []).append(
            {
                "key": identity_key(lo.id, hi.id),
                "src": lo.key,
                "tgt": hi.key,
                "ids": sorted(ids, key=sort_key),
            }
        )
    return out
