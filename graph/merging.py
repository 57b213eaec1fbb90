"""Joining two actors into one: the rows that move everything of one node onto another.

A merge re-keys the old node's relationships as a load would have keyed them had the old key
been the new one all along (``rows.interaction_key`` over the new ends, a symmetric pair put back
in order), and folds them and the node's properties into the new node by the ordinary merge
rules. So a store after ``merge`` equals a store loaded from scratch with the alias file applied:
nothing is lost (every alias, interaction, evidence sentence and article id is kept) and nothing
doubles. Each store runs :func:`rekeyed` and writes its rows in one transaction (one locked file
write in the embedded store).

>>> batch = rekeyed(Label.PERSON, "Trump", "Donald Trump", {"name": "Trump"}, [
...     ("MET", "Person", "Trump", "Person", "Emmanuel Macron",
...      {"key": "MET|Person:Trump|Person:Emmanuel Macron|actual|2025-02-24",
...       "status": "actual", "date": "2025-02-24"})])
>>> batch.nodes[Label.PERSON]["Donald Trump"]
{'name': 'Donald Trump', 'aliases': ['Trump']}
>>> list(batch.relationships[("MET", Label.PERSON, Label.PERSON)])
['MET|Person:Donald Trump|Person:Emmanuel Macron|actual|2025-02-24']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import aliases as alias_file
from .errors import InputError
from .rows import GraphBatch, NodeRef, identity_key, key_parts, rel_type_of, sort_key
from .store import now_iso
from .vocabulary import InteractionType, Label

if TYPE_CHECKING:
    from .local_store import LocalStore
    from .neo4j_store import Neo4jStore

# (type, source label, source key, target label, target key, properties)
Relationship = tuple[str, str, str, str, str, dict[str, Any]]


@dataclass(frozen=True)
class MergeReport:
    """What one merge did in a store. ``found``: the old node was there (False: merged before);
    ``renamed``: the new key had no node, so the old one took it; ``relationships``: the old
    node's, now the new one's; ``joined``: of those, how many folded into one that was there;
    ``loops``: relationships between the two, now of the new node with itself."""

    label: str
    old: str
    new: str
    found: bool
    renamed: bool = False
    relationships: int = 0
    joined: int = 0
    loops: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def rekeyed(
    label: Label,
    old: str,
    new: str,
    props: dict[str, Any],
    relationships: Iterable[Relationship],
) -> GraphBatch:
    """The rows that put the node ``old`` (its ``props`` and ``relationships``) under ``new``."""
    batch = GraphBatch()
    old_ref, new_ref = NodeRef(label, old), NodeRef(label, new)
    names = [*(props.get("aliases") or ()), props.get("name") or old]
    batch.add_node(label, new, {**props, "name": new, "aliases": [n for n in names if n != new]})
    for rel, src_label, src, tgt_label, tgt, rel_props in relationships:
        kind = rel_type_of(rel)
        ends = [
            new_ref if ref == old_ref else ref
            for ref in (NodeRef(Label(src_label), src), NodeRef(Label(tgt_label), tgt))
        ]
        parts = [new_ref.id if part == old_ref.id else part for part in key_parts(rel_props["key"])]
        rel_props = dict(rel_props)
        if (
            isinstance(kind, InteractionType)
            and kind.symmetric
            and sort_key(ends[1].id) < sort_key(ends[0].id)
        ):  # the writer keeps a symmetric pair's lower end first
            ends.reverse()
            parts[1], parts[2] = parts[2], parts[1]
            rel_props["source_actor_code"], rel_props["target_actor_code"] = (
                rel_props.get("target_actor_code"),
                rel_props.get("source_actor_code"),
            )
        batch.add_relationship(kind, ends[0], ends[1], identity_key(*parts), rel_props)
    return batch.finish()


def report(
    label: Label, old: str, new: str, renamed: bool, relationships: list[Relationship], created: int
) -> MergeReport:
    """The report of a merge that moved ``relationships`` and created ``created`` of them anew."""
    ends = {(label.value, old), (label.value, new)}
    loops = sum(1 for r in relationships if {(r[1], r[2]), (r[3], r[4])} <= ends)
    return MergeReport(
        label.value,
        old,
        new,
        found=True,
        renamed=renamed,
        relationships=len(relationships),
        joined=len(relationships) - created,
        loops=loops,
    )


def merge_actors(
    store: Neo4jStore | LocalStore,
    label: Label | str,
    old: str,
    new: str,
    *,
    aliases: Path | None = None,
) -> MergeReport:
    """Join the actor keyed ``old`` into the one keyed ``new``: record it in the alias file
    (``aliases``, default :func:`.aliases.default_path`), then merge the two nodes in ``store``.

    The file is written first: a merge stopped between the two is finished by running it again,
    and a load in between already applies it. Merging a pair again changes nothing; merging back
    (``new`` into ``old``) makes ``old`` the key and rewrites the file's row.
    """
    label = _mergeable(label)
    if old == new:
        raise InputError([f"{label.value} {old!r}: merging an actor into itself changes nothing"])
    alias_file.record(label.value, old, new, now_iso(), aliases)
    return store.merge_node(label, old, new)


def replay_merges(
    store: Neo4jStore | LocalStore, *, aliases: Path | None = None
) -> list[MergeReport]:
    """Apply every merge of the alias file to ``store`` (one that held the old keys when the
    merges were made elsewhere); what is merged already reports ``found=False``."""
    table = alias_file.read(aliases)
    return [
        store.merge_node(Label(label), old, table.resolve(label, old))
        for label, old, _ in table.rows
        if table.resolve(label, old) != old
    ]


def _mergeable(label: Label | str) -> Label:
    try:
        label = Label(label)
    except ValueError:
        label = None  # type: ignore[assignment]
    if label not in alias_file.MERGEABLE:
        names = ", ".join(m.value for m in alias_file.MERGEABLE)
        raise InputError([f"only actors keyed by name merge: {names}"])
    return label
