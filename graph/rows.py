"""Facts become graph rows: node and relationship rows with identity keys and merge rules.

Both stores merge rows with the same rules, so the order and repetition of inputs never change the
final graph:

- ``keep``: part of the identity, the same on every row for that key;
- ``greatest`` / ``least``: when two inputs disagree, the larger (or smaller) value stays;
- ``union``: sorted lists of distinct values (aliases, evidence sentences, article ids).

Strings are ordered by UTF-16 code units, as Neo4j orders them, so the two stores agree.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .aliases import AliasTable
from .facts import Interaction, Organization, Person, Place, State, Summit, _state_name
from .vocabulary import DerivedType, InteractionType, Label, StructuralType


@dataclass(frozen=True)
class MergeRule:
    """How the properties of one label or relationship kind combine."""

    keep: tuple[str, ...] = ()
    greatest: tuple[str, ...] = ()
    least: tuple[str, ...] = ()
    union: tuple[str, ...] = ()
    # (property, union property it counts, property that is a floor for the count or "")
    counts: tuple[tuple[str, str, str], ...] = ()


NODE_RULES: dict[Label, MergeRule] = {
    Label.PERSON: MergeRule(greatest=("name",), union=("aliases", "titles")),
    Label.STATE: MergeRule(greatest=("name",), union=("aliases",)),
    Label.ORGANIZATION: MergeRule(greatest=("name",), union=("aliases",)),
    Label.SUMMIT: MergeRule(greatest=("name", "date")),
    Label.PLACE: MergeRule(greatest=("name",)),
    Label.ARTICLE: MergeRule(greatest=("title", "url", "published"), least=("ingested_at",)),
}

# What an event-data row brings (Record), as edge property -> Record field: fixed for its
# dataset id, so part of the identity.
_RECORD_FIELDS = (
    ("dataset", "dataset"),
    ("event_id", "id"),
    ("event_code", "code"),
    ("quad_class", "quad_class"),
    ("goldstein", "goldstein"),
    ("tone", "tone"),
    ("num_mentions", "mentions"),
    ("num_sources", "sources"),
    ("num_articles", "articles"),
    ("source_actor_code", "source_code"),
    ("target_actor_code", "target_code"),
)
RECORD_PROPERTIES = tuple(prop for prop, _ in _RECORD_FIELDS)

INTERACTION_RULE = MergeRule(
    keep=("status", "date", "date_precision", "cameo", "plover", *RECORD_PROPERTIES),
    greatest=("place", "event", "last_seen", "confidence"),
    least=("first_seen", "date_inferred"),  # a stated date wins over an inferred one
    union=("date_texts", "topics", "evidence", "articles"),
    # the articles stored for it, or the dataset's count of articles when it knows of more
    counts=(("corroboration", "articles", "num_articles"),),
)
STRUCTURAL_RULE = MergeRule()
CONTACT_RULE = MergeRule(union=("ids",))  # Neo4j's derived index, see contacts.py


def sort_key(value: Any) -> Any:
    """Order values as Neo4j does: strings by UTF-16 code units."""
    if isinstance(value, str):
        return value.encode("utf-16-be")
    return value


def accumulate(rule: MergeRule, acc: dict[str, Any], new: dict[str, Any]) -> None:
    """Fold ``new`` into the accumulator ``acc`` (union properties held as sets)."""
    for prop in rule.keep:
        if acc.get(prop) is None:
            acc[prop] = new.get(prop)
    for prop in rule.greatest:
        value = new.get(prop)
        if value is not None:
            current = acc.get(prop)
            if current is None or (value != current and sort_key(value) > sort_key(current)):
                acc[prop] = value
    for prop in rule.least:
        value = new.get(prop)
        if value is not None:
            current = acc.get(prop)
            if current is None or (value != current and sort_key(value) < sort_key(current)):
                acc[prop] = value
    for prop in rule.union:
        values = new.get(prop)
        if values:
            acc.setdefault(prop, set()).update(values)


def finalise(rule: MergeRule, acc: dict[str, Any]) -> dict[str, Any]:
    """The properties an accumulator stands for: sorted lists, counts, no empty values."""
    out = {}
    for prop in rule.keep + rule.greatest + rule.least:
        if acc.get(prop) is not None:
            out[prop] = acc[prop]
    for prop in rule.union:
        values = acc.get(prop)
        if values:
            out[prop] = sorted(values, key=sort_key) if len(values) > 1 else list(values)
    for prop, counted, floor in rule.counts:
        out[prop] = max(len(acc.get(counted) or ()), (acc.get(floor) or 0) if floor else 0)
    return out


def merge_properties(rule: MergeRule, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Merge ``new`` into ``old`` by ``rule``; absent and empty values are left out of the result.

    >>> rule = MergeRule(greatest=("name",), union=("aliases",))
    >>> old, new = {"name": "A", "aliases": ["x"]}, {"name": "B", "aliases": ["w", "x"]}
    >>> merge_properties(rule, old, new)
    {'name': 'B', 'aliases': ['w', 'x']}
    """
    acc: dict[str, Any] = {}
    accumulate(rule, acc, old)
    accumulate(rule, acc, new)
    return finalise(rule, acc)


@dataclass(frozen=True)
class NodeRef:
    label: Label
    key: str

    @property
    def id(self) -> str:
        return f"{self.label.value}:{self.key}"


@dataclass
class GraphBatch:
    """Rows ready to write, merged within the batch. Nodes come before relationships.

    ``add_*`` fold inputs into accumulators; :meth:`finish` turns them into ``nodes`` and
    ``relationships`` rows (each input is folded once: no quadratic re-merging).
    """

    nodes: dict[Label, dict[str, dict[str, Any]]] = field(default_factory=dict)
    relationships: dict[tuple[str, Label, Label], dict[str, dict[str, Any]]] = field(
        default_factory=dict
    )
    untargeted: int = 0
    aliases: AliasTable | None = None  # the user's merges: an alias key becomes its actor's
    _node_acc: dict[Label, dict[str, dict[str, Any]]] = field(default_factory=dict, repr=False)
    _rel_acc: dict[tuple, dict[str, tuple[str, str, dict[str, Any]]]] = field(
        default_factory=dict, repr=False
    )
    # An entity equal to one already added adds nothing new (its properties fold to the same).
    _seen: dict[Any, NodeRef] = field(default_factory=dict, repr=False)

    def add_node(self, label: Label, key: str, props: dict[str, Any]) -> NodeRef:
        rows = self._node_acc.setdefault(label, {})
        acc = rows.get(key)
        if acc is None:
            acc = rows[key] = {}
        accumulate(NODE_RULES[label], acc, props)
        return NodeRef(label, key)

    def add_relationship(
        self,
        rel_type: InteractionType | StructuralType,
        src: NodeRef,
        tgt: NodeRef,
        key: str,
        props: dict[str, Any],
    ) -> None:
        rows = self._rel_acc.setdefault((rel_type, src.label, tgt.label), {})
        entry = rows.get(key)
        if entry is None:
            entry = rows[key] = (src.key, tgt.key, {})
        accumulate(rule_for(rel_type), entry[2], props)

    def finish(self) -> GraphBatch:
        for label, rows in self._node_acc.items():
            rule = NODE_RULES[label]
            self.nodes[label] = {key: finalise(rule, acc) for key, acc in rows.items()}
        for (rel_type, src_label, tgt_label), rows in self._rel_acc.items():
            rule = rule_for(rel_type)
            self.relationships[(rel_type.value, src_label, tgt_label)] = {
                key: {**finalise(rule, acc), "src": src, "tgt": tgt}
                for key, (src, tgt, acc) in rows.items()
            }
        self._node_acc, self._rel_acc = {}, {}
        return self

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(len(rows) for rows in self.relationships.values())


def rule_for(rel_type: InteractionType | StructuralType | DerivedType) -> MergeRule:
    if isinstance(rel_type, InteractionType):
        return INTERACTION_RULE
    return CONTACT_RULE if isinstance(rel_type, DerivedType) else STRUCTURAL_RULE


def rel_type_of(name: str) -> InteractionType | StructuralType:
    if name in InteractionType.__members__:
        return InteractionType(name)
    return StructuralType(name)


def identity_key(*parts: str) -> str:
    """Parts joined by ``|``, each with ``\\`` and ``|`` escaped, so no name can forge another
    key ("A|Person:B" stays one name). A part without them is as it was, so stored keys hold.

    >>> identity_key("MET", "Person:A|Person:B", "Person:C") != identity_key(
    ...     "MET", "Person:A", "Person:B|Person:C")
    True
    >>> identity_key("MET", "Person:Ada", "State:FRA")
    'MET|Person:Ada|State:FRA'
    """
    return "|".join(p.replace("\\", "\\\\").replace("|", "\\|") for p in parts)


def key_parts(key: str) -> list[str]:
    """The parts an :func:`identity_key` was joined from.

    >>> key_parts(identity_key("MET", "Person:A|B", "Person:C\\\\"))
    ['MET', 'Person:A|B', 'Person:C\\\\']
    """
    parts, part, chars = [], [], iter(key)
    for char in chars:
        if char == "\\":
            part.append(next(chars, ""))
        elif char == "|":
            parts.append("".join(part))
            part = []
        else:
            part.append(char)
    parts.append("".join(part))
    return parts


def _state(batch: GraphBatch, code: str) -> NodeRef:
    return batch.add_node(Label.STATE, code, {"name": _state_name(code)})


def _structural(batch: GraphBatch, rel: StructuralType, src: NodeRef, tgt: NodeRef) -> None:
    batch.add_relationship(rel, src, tgt, identity_key(rel.value, src.id, tgt.id), {})


def add_entity(
    batch: GraphBatch, entity: Person | State | Organization | Summit | Place
) -> NodeRef:
    """Add an entity and the structural edges it states (represents, held in, located in)."""
    ref = batch._seen.get(entity)
    if ref is None:
        ref = batch._seen[entity] = _add_entity(batch, entity)
    return ref


def _merged(
    batch: GraphBatch, label: Label, key: str, aliases: Iterable[str]
) -> tuple[str, list[str]]:
    """The key an actor is stored under, after the user's merges, and its aliases: a merged
    actor's own name becomes an alias of the one it joined."""
    into = batch.aliases.resolve(label.value, key) if batch.aliases else key
    if into == key:
        return key, list(aliases)
    return into, [name for name in (*aliases, key) if name != into]


def _add_entity(
    batch: GraphBatch, entity: Person | State | Organization | Summit | Place
) -> NodeRef:
    if isinstance(entity, Person):
        key, aliases = _merged(batch, Label.PERSON, entity.key, entity.aliases)
        ref = batch.add_node(
            Label.PERSON,
            key,
            {
                "name": key,
                "aliases": aliases,
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
        key, aliases = _merged(batch, Label.ORGANIZATION, entity.key, entity.aliases)
        return batch.add_node(Label.ORGANIZATION, key, {"name": key, "aliases": aliases})
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
    An imported event is the dataset's row: its id there (with the date, as ICEWS ids repeat
    across years) is its identity, so it stays apart from the same event read from a text.
    """
    if fact.record is not None:
        record = fact.record
        when = fact.date or "undated"
        return identity_key(
            fact.type.value, src.id, tgt.id, fact.status.value, when, record.dataset, record.id
        )
    when = fact.date or (f"doc:{fact.document.id}" if fact.document else "undated")
    return identity_key(fact.type.value, src.id, tgt.id, fact.status.value, when)


def record_properties(fact: Interaction, swapped: bool) -> dict[str, Any]:
    """The edge properties of an imported event's row (none for a fact read from a text); the
    actor codes follow the ends when a symmetric type stored them the other way round."""
    if fact.record is None:
        return {}
    props = {prop: getattr(fact.record, field) for prop, field in _RECORD_FIELDS}
    if swapped:
        props["source_actor_code"], props["target_actor_code"] = (
            props["target_actor_code"],
            props["source_actor_code"],
        )
    return props


def add_interaction(batch: GraphBatch, fact: Interaction, ingested_at: str) -> None:
    src = add_entity(batch, fact.source)
    if fact.event is not None:
        add_entity(batch, fact.event)
    if fact.place is not None:
        add_entity(batch, fact.place)
    doc = fact.document
    if doc is not None and doc not in batch._seen:
        batch._seen[doc] = NodeRef(Label.ARTICLE, doc.id)
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
    swapped = fact.type.symmetric and sort_key(tgt.id) < sort_key(src.id)
    if swapped:
        src, tgt = tgt, src
    seen = doc.published if doc else None
    batch.add_relationship(
        fact.type,
        src,
        tgt,
        interaction_key(fact, src, tgt),
        {
            "status": fact.status.value,
            "date": fact.date,
            "date_precision": fact.date_precision.value if fact.date_precision else None,
            "date_inferred": fact.date_inferred,
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
            **record_properties(fact, swapped),
        },
    )


def build_batch(
    facts: Iterable[Interaction], ingested_at: str, aliases: AliasTable | None = None
) -> GraphBatch:
    """Turn facts into one merged batch of rows, with the user's merges (``aliases``) applied."""
    batch = GraphBatch(aliases=aliases)
    collecting = gc.isenabled()
    gc.disable()  # many small dicts and no cycles: the collector would only slow this down
    try:
        for fact in facts:
            add_interaction(batch, fact, ingested_at)
        return batch.finish()
    finally:
        if collecting:
            gc.enable()
