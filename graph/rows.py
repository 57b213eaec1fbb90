"""Facts become graph rows: node and relationship rows with identity keys and merge rules.

Both stores merge rows with the same rules, so the order and repetition of inputs never change the
final graph:

- ``keep``: part of the identity, the same on every row for that key;
- ``greatest`` / ``least``: when two inputs disagree, the larger (or smaller) value stays;
- ``union``: sorted lists of distinct values (aliases, evidence sentences, article ids).

Strings are ordered by UTF-16 code units, as Neo4j orders them, so the two stores agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .facts import Interaction, Organization, Person, Place, State, Summit, _state_name
from .vocabulary import InteractionType, Label, StructuralType


@dataclass(frozen=True)
class MergeRule:
    """How the properties of one label or relationship kind combine."""

    keep: tuple[str, ...] = ()
    greatest: tuple[str, ...] = ()
    least: tuple[str, ...] = ()
    union: tuple[str, ...] = ()
    counts: tuple[tuple[str, str], ...] = ()  # (property, union property it counts)


NODE_RULES: dict[Label, MergeRule] = {
    Label.PERSON: MergeRule(greatest=("name",), union=("aliases", "titles")),
    Label.STATE: MergeRule(greatest=("name",), union=("aliases",)),
    Label.ORGANIZATION: MergeRule(greatest=("name",), union=("aliases",)),
    Label.SUMMIT: MergeRule(greatest=("name", "date")),
    Label.PLACE: MergeRule(greatest=("name",)),
    Label.ARTICLE: MergeRule(greatest=("title", "url", "published"), least=("ingested_at",)),
}

INTERACTION_RULE = MergeRule(
    keep=("type", "status", "date", "date_precision", "cameo", "plover"),
    greatest=("place", "event", "last_seen", "confidence"),
    least=("first_seen",),
    union=("date_texts", "topics", "evidence", "articles"),
    counts=(("corroboration", "articles"),),
)
STRUCTURAL_RULE = MergeRule()


def sort_key(value: Any) -> Any:
    """Order values as Neo4j does: strings by UTF-16 code units."""
    if isinstance(value, str):
        return value.encode("utf-16-be")
    return value


def merge_properties(rule: MergeRule, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Merge ``new`` into ``old`` by ``rule``; absent and empty values are left out of the result.

    >>> rule = MergeRule(greatest=("name",), union=("aliases",))
    >>> old, new = {"name": "A", "aliases": ["x"]}, {"name": "B", "aliases": ["w", "x"]}
    >>> merge_properties(rule, old, new)
    {'name': 'B', 'aliases': ['w', 'x']}
    """
    out = dict(old)
    for prop in rule.keep:
        if out.get(prop) is None and new.get(prop) is not None:
            out[prop] = new[prop]
    for props, pick in ((rule.greatest, max), (rule.least, min)):
        for prop in props:
            values = [v for v in (old.get(prop), new.get(prop)) if v is not None]
            if values:
                out[prop] = pick(values, key=sort_key)
    for prop in rule.union:
        merged = set(old.get(prop) or ()) | set(new.get(prop) or ())
        out[prop] = sorted(merged, key=sort_key)
    for prop, counted in rule.counts:
        out[prop] = len(out[counted])
    return {k: v for k, v in out.items() if v is not None and v != []}


@dataclass(frozen=True)
class NodeRef:
    label: Label
    key: str

    @property
    def id(self) -> str:
        return f"{self.label.value}:{self.key}"


@dataclass
class GraphBatch:
    """Rows ready to write, already merged within the batch. Nodes come before relationships."""

    nodes: dict[Label, dict[str, dict[str, Any]]] = field(default_factory=dict)
    relationships: dict[tuple[str, Label, Label], dict[str, dict[str, Any]]] = field(
        default_factory=dict
    )
    untargeted: int = 0

    def add_node(self, label: Label, key: str, props: dict[str, Any]) -> NodeRef:
        rows = self.nodes.setdefault(label, {})
        props = {k: v for k, v in props.items() if v is not None and v != []}
        rows[key] = merge_properties(NODE_RULES[label], rows.get(key, {}), props)
        return NodeRef(label, key)

    def add_relationship(
        self,
        rel_type: InteractionType | StructuralType,
        src: NodeRef,
        tgt: NodeRef,
        key: str,
        props: dict[str, Any],
    ) -> None:
        rows = self.relationships.setdefault((rel_type.value, src.label, tgt.label), {})
        rule = rule_for(rel_type)
        merged = merge_properties(rule, rows.get(key, {}), props)
        merged.update(src=src.key, tgt=tgt.key)
        rows[key] = merged

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(len(rows) for rows in self.relationships.values())


def rule_for(rel_type: InteractionType | StructuralType) -> MergeRule:
    return INTERACTION_RULE if isinstance(rel_type, InteractionType) else STRUCTURAL_RULE


def rel_type_of(name: str) -> InteractionType | StructuralType:
    if name in InteractionType.__members__:
        return InteractionType(name)
    return StructuralType(name)


def _state(batch: GraphBatch, code: str) -> NodeRef:
    return batch.add_node(Label.STATE, code, {"name": _state_name(code)})


def _structural(batch: GraphBatch, rel: StructuralType, src: NodeRef, tgt: NodeRef) -> None:
    batch.add_relationship(rel, src, tgt, f"{rel.value}|{src.id}|{tgt.id}", {})


def add_entity(
    batch: GraphBatch, entity: Person | State | Organization | Summit | Place
) -> NodeRef:
    """Add an entity and the structural edges it states (represents, held in, located in)."""
    if isinstance(entity, Person):
        ref = batch.add_node(
            Label.PERSON,
            entity.key,
            {
                "name": entity.name,
                "aliases": list(entity.aliases),
                "titles": [entity.title] if entity.title else [],
            },
        )
        if entity.state:
            _structural(batch, StructuralType.REPRESENTS, ref, _state(batch, entity.state))
        return ref
    if isinstance(entity, State):
        return batch.add_node(
            Label.STATE, entity.key, {"name": entity.name, "aliases": list(entity.aliases)}
        )
    if isinstance(entity, Organization):
        return batch.add_node(
            Label.ORGANIZATION, entity.key, {"name": entity.name, "aliases": list(entity.aliases)}
        )
    if isinstance(entity, Place):
        ref = batch.add_node(Label.PLACE, entity.key, {"name": entity.name})
        if entity.country:
            _structural(batch, StructuralType.LOCATED_IN, ref, _state(batch, entity.country))
        return ref
    ref = batch.add_node(Label.SUMMIT, entity.key, {"name": entity.name, "date": entity.date})
    if entity.place:
        _structural(batch, StructuralType.HELD_IN, ref, add_entity(batch, entity.place))
    return ref


def interaction_key(fact: Interaction, src: NodeRef, tgt: NodeRef) -> str:
    """Identity of an interaction edge: type, ends, status, and the event date or else the document.

    The same call reported by three articles is one edge; an undated interaction is only merged
    with reports from the same document.
    """
    when = fact.date or (f"doc:{fact.document.id}" if fact.document else "undated")
    return "|".join((fact.type.value, src.id, tgt.id, fact.status.value, when))


def add_interaction(batch: GraphBatch, fact: Interaction, ingested_at: str) -> None:
    src = add_entity(batch, fact.source)
    if fact.event is not None:
        add_entity(batch, fact.event)
    if fact.place is not None:
        add_entity(batch, fact.place)
    doc = fact.document
    if doc is not None:
        batch.add_node(
            Label.ARTICLE,
            doc.id,
            {
                "title": doc.title,
                "url": doc.url,
                "published": doc.published,
                "ingested_at": ingested_at,
            },
        )
    if fact.target is None:
        batch.untargeted += 1
        return
    tgt = add_entity(batch, fact.target)
    if fact.type.symmetric and sort_key(tgt.id) < sort_key(src.id):
        src, tgt = tgt, src
    seen = doc.published if doc else None
    batch.add_relationship(
        fact.type,
        src,
        tgt,
        interaction_key(fact, src, tgt),
        {
            "type": fact.type.value,
            "status": fact.status.value,
            "date": fact.date,
            "date_precision": fact.date_precision.value if fact.date_precision else None,
            "cameo": fact.cameo,
            "plover": fact.plover,
            "place": fact.place.key if fact.place else None,
            "event": fact.event.key if fact.event else None,
            "confidence": fact.confidence,
            "first_seen": seen,
            "last_seen": seen,
            "date_texts": [fact.date_text] if fact.date_text else [],
            "topics": [fact.topic] if fact.topic else [],
            "evidence": [fact.evidence] if fact.evidence else [],
            "articles": [doc.id] if doc else [],
        },
    )


def build_batch(facts: Iterable[Interaction], ingested_at: str) -> GraphBatch:
    """Turn facts into one merged batch of rows."""
    batch = GraphBatch()
    for fact in facts:
        add_interaction(batch, fact, ingested_at)
    return batch
