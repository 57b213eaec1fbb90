"""The stores' own Cypher: the graph writer, generated from the vocabulary and the merge rules,
and the few maintenance statements (counts, snapshot, clear). Named queries live in ``queries/``.

Labels, relationship types and property names come from closed sets (the enums and
:mod:`.rows`); every value is a ``$rows`` parameter.
"""

from __future__ import annotations

from functools import cache

from .rows import NODE_RULES, MergeRule, rule_for
from .vocabulary import (
    DerivedType,
    InteractionType,
    InternalLabel,
    Label,
    StructuralType,
    quote_name,
)

_BATCH = quote_name(InternalLabel.BATCH)


def by_key(var: str, label: Label, value: str) -> str:
    """A node pattern found by its key through the key constraint's index, whatever the
    planner's statistics say (a plan made while the graph was small would scan the label).
    For a MATCH clause: the pattern and its hint."""
    name = quote_name(label)
    return f"({var}:{name} {{key: {value}}}) USING INDEX {var}:{name}(key)"


def data_node(var: str) -> str:
    """A WHERE condition: ``var`` is data, not one of the store's bookkeeping nodes."""
    return " AND ".join(f"NOT {var}:{quote_name(label)}" for label in InternalLabel)


def data_relationship(var: str) -> str:
    """A WHERE condition: ``var`` is data, not one of the writer's derived relationships."""
    derived = ", ".join(f"'{rel.value}'" for rel in DerivedType)
    return f"NOT type({var}) IN [{derived}]"


def constraint_statements() -> list[str]:
    """Uniqueness constraints on every label's key, every interaction type's key and the
    batch marks' token."""
    statements = [
        f"CREATE CONSTRAINT {label.value.lower()}_key IF NOT EXISTS "
        f"FOR (n:{quote_name(label)}) REQUIRE n.key IS UNIQUE"
        for label in Label
    ]
    statements += [
        f"CREATE CONSTRAINT rel_{rel.value.lower()}_key IF NOT EXISTS "
        f"FOR ()-[r:{quote_name(rel)}]-() REQUIRE r.key IS UNIQUE"
        for rel in (*InteractionType, *StructuralType, *DerivedType)
    ]
    statements.append(
        f"CREATE CONSTRAINT diplograph_batch_token IF NOT EXISTS "
        f"FOR (m:{_BATCH}) REQUIRE m.token IS UNIQUE"
    )
    statements.append(
        f"CREATE CONSTRAINT diplograph_index_name IF NOT EXISTS "
        f"FOR (m:{quote_name(InternalLabel.INDEX)}) REQUIRE m.name IS UNIQUE"
    )
    return statements


def _merge_clauses(var: str, rule: MergeRule) -> str:
    """SET clauses that apply ``rule`` to ``var`` from ``row``, as rows.merge_properties does."""
    lines = []
    for prop in rule.keep:
        lines.append(f"SET {var}.{prop} = coalesce({var}.{prop}, row.{prop})")
    for props, op in ((rule.greatest, ">"), (rule.least, "<")):
        for prop in props:
            lines.append(
                f"SET {var}.{prop} = CASE WHEN row.{prop} IS NULL THEN {var}.{prop} "
                f"WHEN {var}.{prop} IS NULL OR row.{prop} {op} {var}.{prop} THEN row.{prop} "
                f"ELSE {var}.{prop} END"
            )
    for prop in rule.union:
        lines.append(
            f"WITH {var}, row CALL ({var}, row) {{ "
            f"UNWIND coalesce({var}.{prop}, []) + coalesce(row.{prop}, []) AS x "
            f"WITH DISTINCT x ORDER BY x RETURN collect(x) AS merged }} "
            f"SET {var}.{prop} = CASE WHEN size(merged) = 0 THEN null ELSE merged END"
        )
    for prop, counted, floor in rule.counts:
        size = f"size(coalesce({var}.{counted}, []))"
        if floor:
            size = (
                f"CASE WHEN coalesce({var}.{floor}, 0) > {size} THEN {var}.{floor} ELSE {size} END"
            )
        lines.append(f"SET {var}.{prop} = {size}")
    return "\n".join(lines)


def _create_clause(var: str, rule: MergeRule) -> str:
    """Set a new entity's properties, merged in Python already, from the row's ``props`` map
    in one operation (see neo4j_store.packed); the rule's properties are all it holds."""
    return f"SET {var} += row.props"


@cache
def node_exists(label: Label) -> str:
    """Which of ``$keys`` already have a ``label`` node."""
    return f"UNWIND $keys AS k MATCH {by_key('n', label, 'k')} RETURN k"


@cache
def node_create(label: Label) -> str:
    """Create a batch of new ``label`` nodes whose properties were merged in Python already.

    Only for keys the same transaction has just seen absent; the uniqueness constraint turns a
    concurrent writer's duplicate into an error, never into a second node."""
    return (
        "UNWIND $rows AS row\n"
        f"CREATE (n:{quote_name(label)} {{key: row.key}})\n"
        + _create_clause("n", NODE_RULES[label])
    )


@cache
def node_statement(label: Label) -> str:
    """Merge a batch of ``label`` nodes by key into nodes that exist."""
    return (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{quote_name(label)} {{key: row.key}})\n" + _merge_clauses("n", NODE_RULES[label])
    )


@cache
def relationship_exists(rel_type: InteractionType | StructuralType | DerivedType) -> str:
    """Which of ``$keys`` already have a relationship of ``rel_type``."""
    name = quote_name(rel_type)
    return (
        f"UNWIND $keys AS k MATCH ()-[r:{name} {{key: k}}]->() USING INDEX r:{name}(key) RETURN k"
    )


@cache
def relationship_create(
    rel_type: InteractionType | StructuralType | DerivedType, src_label: Label, tgt_label: Label
) -> str:
    """Create a batch of new relationships whose properties were merged in Python already
    (only for keys the same transaction has just seen absent, as node_create)."""
    return (
        "UNWIND $rows AS row\n"
        f"MATCH {by_key('s', src_label, 'row.src')}\n"
        f"MATCH {by_key('t', tgt_label, 'row.tgt')}\n"
        f"CREATE (s)-[r:{quote_name(rel_type)} {{key: row.key}}]->(t)\n"
        + _create_clause("r", rule_for(rel_type))
    )


@cache
def relationship_statement(
    rel_type: InteractionType | StructuralType | DerivedType, src_label: Label, tgt_label: Label
) -> str:
    """Merge a batch of relationships of one type between two labels, by key."""
    return (
        "UNWIND $rows AS row\n"
        f"MATCH {by_key('s', src_label, 'row.src')}\n"
        f"MATCH {by_key('t', tgt_label, 'row.tgt')}\n"
        f"MERGE (s)-[r:{quote_name(rel_type)} {{key: row.key}}]->(t)\n"
        + _merge_clauses("r", rule_for(rel_type))
    )


def count_statements() -> list[tuple[str, str, str]]:
    """(kind, name, statement) for every label and relationship type; each reads the count store."""
    out = [
        ("nodes", label.value, f"MATCH (n:{quote_name(label)}) RETURN count(n) AS n")
        for label in Label
    ]
    out += [
        ("relationships", rel.value, f"MATCH ()-[r:{quote_name(rel)}]->() RETURN count(r) AS n")
        for rel in (*InteractionType, *StructuralType)
    ]
    return out


def actual_interactions() -> str:
    """Every actual interaction between two different nodes, as the writer's rows: what the
    CONTACT index of a database written before it existed is built from."""
    types = "|".join(quote_name(t) for t in InteractionType)
    return (
        f"MATCH (s)-[r:{types}]->(t) WHERE r.status = 'actual' AND s <> t "
        "RETURN type(r) AS type, labels(s)[0] AS src_label, labels(t)[0] AS tgt_label, "
        "s.key AS src, t.key AS tgt, r.key AS key, r.status AS status"
    )


# A write batch's mark (see InternalLabel.BATCH): looked for first, made last, in the batch's
# transaction; the writer's previous marks and any older than ``$stale_ms`` (a writer that died)
# are dropped with it.
BATCH_DONE = (
    f"MATCH (m:{_BATCH} {{token: $token}}) "
    "RETURN m.nodes_created AS nodes_created, m.relationships_created AS relationships_created"
)
BATCH_MARK = (
    f"CREATE (:{_BATCH} {{token: $token, at: timestamp(), "
    "nodes_created: $nodes_created, relationships_created: $relationships_created})"
)
BATCH_UNMARK = (
    f"MATCH (m:{_BATCH}) WHERE m.token IN $tokens OR m.at < timestamp() - $stale_ms DELETE m"
)
CONTACT_COUNT = f"MATCH ()-[c:{quote_name(DerivedType.CONTACT)}]->() RETURN count(c) AS n"
PEOPLE = (
    f"MATCH (p:{quote_name(Label.PERSON)}) "
    f"OPTIONAL MATCH (p)-[:{quote_name(StructuralType.REPRESENTS)}]->(s:{quote_name(Label.STATE)}) "
    "WITH p, s ORDER BY s.key RETURN p.key AS key, collect(s.key) AS states, p.titles AS titles"
)
ARTICLE_IDS = "UNWIND $ids AS id MATCH (a:Article {key: id}) RETURN a.key AS id"
HOLDS_DATA = f"MATCH (n) WHERE {data_node('n')} RETURN count(n) > 0 AS any"
SNAPSHOT_NODES = (  # the data, without the writer's batch marks
    f"MATCH (n) WHERE {data_node('n')} "
    "RETURN labels(n)[0] AS label, n.key AS key, properties(n) AS props"
)
SNAPSHOT_RELATIONSHIPS = (  # the data, without the derived indexes
    f"MATCH (s)-[r]->(t) WHERE {data_relationship('r')} "
    "RETURN type(r) AS type, labels(s)[0] AS src_label, s.key AS src, "
    "labels(t)[0] AS tgt_label, t.key AS tgt, properties(r) AS props"
)
# Relationships first, then nodes, each in transactions of bounded size: deleting a node deletes
# its relationships too, and a hub's can exceed the transaction memory limit.
CLEAR_RELATIONSHIPS = "MATCH ()-[r]->() WITH r LIMIT $limit DELETE r"
CLEAR_NODES = "MATCH (n) WITH n LIMIT $limit DETACH DELETE n"


# A merge (neo4j_store.merge_node): the old node and its relationships, read in the merge's
# transaction; the CONTACT rows of both ends dropped, rebuilt from the moved interactions.
_CONTACT = quote_name(DerivedType.CONTACT)


@cache
def merge_statements(label: Label) -> dict[str, str]:
    node = f"(n:{quote_name(label)} {{key: $key}})"
    types = "|".join(quote_name(t) for t in (*InteractionType, *StructuralType))
    interactions = "|".join(quote_name(t) for t in InteractionType)
    ends = (
        "type(r) AS type, labels(startNode(r))[0] AS src_label, startNode(r).key AS src, "
        "labels(endNode(r))[0] AS tgt_label, endNode(r).key AS tgt"
    )
    return {
        "node": f"MATCH {node} RETURN properties(n) AS props",
        "relationships": (
            f"MATCH {node}-[r:{types}]-() WITH DISTINCT r RETURN {ends}, properties(r) AS props"
        ),
        "drop_contacts": (
            f"UNWIND $keys AS key MATCH (n:{quote_name(label)} {{key: key}})-[c:{_CONTACT}]-() "
            "WITH DISTINCT c DELETE c"
        ),
        "drop_node": f"MATCH {node} DETACH DELETE n",
        "actual": (
            f"MATCH {node}-[r:{interactions}]-() WHERE r.status = 'actual' WITH DISTINCT r "
            f"RETURN {ends}, r.key AS key, r.status AS status"
        ),
    }
