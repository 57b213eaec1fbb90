"""The CONTACT index as Neo4j holds it, and as the interactions it indexes say it should be."""

from diplograph.graph import InteractionType
from diplograph.graph.rows import identity_key, sort_key

_TYPES = {t.value for t in InteractionType}


def stored_contacts(store) -> dict[tuple[str, str], list[str]]:
    """(lower end, higher end) as "Label:key" -> ids, for every CONTACT relationship."""
    rows = store.read(
        "MATCH (s)-[c:CONTACT]->(t) RETURN labels(s)[0] + ':' + s.key AS s, "
        "labels(t)[0] + ':' + t.key AS t, c.key AS key, c.ids AS ids"
    )
    out = {}
    for row in rows:
        assert (row["s"], row["t"]) not in out, "one CONTACT per pair"
        assert row["key"] == identity_key(row["s"], row["t"])
        out[row["s"], row["t"]] = row["ids"]
    return out


def expected_contacts(snapshot) -> dict[tuple[str, str], list[str]]:
    """The same, derived from a snapshot's actual interactions between two different ends."""
    pairs: dict[tuple[str, str], set[str]] = {}
    for rel_type, src_label, src, tgt_label, tgt, props in snapshot["relationships"]:
        ends = sorted((f"{src_label}:{src}", f"{tgt_label}:{tgt}"), key=sort_key)
        if rel_type in _TYPES and props["status"] == "actual" and ends[0] != ends[1]:
            pairs.setdefault(tuple(ends), set()).add(props["key"])
    return {pair: sorted(ids, key=sort_key) for pair, ids in pairs.items()}


def assert_contacts_index(store) -> None:
    assert stored_contacts(store) == expected_contacts(store.snapshot())
