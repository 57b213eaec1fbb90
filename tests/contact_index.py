"""The derived indexes (CONTACT, STATE_PAIR) as Neo4j holds them, and as the interactions say."""

from diplograph.graph import InteractionType, state_pairs
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


def stored_state_pairs(store) -> dict[tuple[str, str, str], int]:
    """(lower state, higher state, type) -> n, for every STATE_PAIR relationship."""
    out = {}
    for row in store.read(state_pairs.STORED):
        assert row["a"] < row["b"], "from the state with the smaller key"
        assert row["key"] == identity_key(row["a"], row["b"], row["type"])
        assert row["n"] > 0, "no empty pair is kept"
        out[row["a"], row["b"], row["type"]] = row["n"]
    return out


def expected_state_pairs(snapshot) -> dict[tuple[str, str, str], int]:
    """The same, counted from a snapshot: an actual interaction counts once for every pair of
    different states its ends are or represent."""
    represents: dict[str, set[str]] = {}
    for rel_type, src_label, src, tgt_label, tgt, _ in snapshot["relationships"]:
        if rel_type == "REPRESENTS" and src_label == "Person" and tgt_label == "State":
            represents.setdefault(src, set()).add(tgt)

    def states(label: str, key: str) -> set[str]:
        if label == "State":
            return {key}
        return represents.get(key, set()) if label == "Person" else set()

    out: dict[tuple[str, str, str], int] = {}
    for rel_type, src_label, src, tgt_label, tgt, props in snapshot["relationships"]:
        if rel_type not in _TYPES or props["status"] != "actual":
            continue
        for sx in states(src_label, src):
            for sy in states(tgt_label, tgt):
                if sx != sy:
                    pair = (min(sx, sy), max(sx, sy), rel_type)
                    out[pair] = out.get(pair, 0) + 1
    return out


def assert_derived_indexes(store) -> None:
    """The CONTACT index and the STATE_PAIR rollup both agree with the interactions."""
    snapshot = store.snapshot()
    assert stored_contacts(store) == expected_contacts(snapshot)
    assert stored_state_pairs(store) == expected_state_pairs(snapshot)
    recounted = {(r["a"], r["b"], r["type"]): r["n"] for r in store.read(state_pairs.RECOUNTED)}
    assert recounted == expected_state_pairs(snapshot), "the build's own count agrees"
