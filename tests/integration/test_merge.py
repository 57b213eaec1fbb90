"""Merging two actors, in both stores: a merge gives the graph a clean load gives with the alias
file applied; a re-ingest, a second merge and a merge back are defined and lose nothing; the
CONTACT index follows; Neo4j and the embedded store agree at every step."""

from __future__ import annotations

import pytest
from contact_index import assert_derived_indexes, stored_state_pairs

from diplograph.graph import Interaction, LocalStore, Neo4jStore
from diplograph.graph import merge_actors as merge
from diplograph.graph.aliases import read as read_aliases

pytestmark = pytest.mark.neo4j

INGESTED_AT = "2026-01-01T00:00:00+00:00"


def _person(name, state="USA", title=None, aliases=()):
    return {"kind": "person", "name": name, "state": state, "title": title, "aliases": aliases}


MACRON = _person("Emmanuel Macron", "FRA", "President")
FACTS = [
    {  # symmetric, stored Macron-first before the merge and Donald Trump-first after it
        "type": "MET",
        "source": _person("Trump", title="President"),
        "target": MACRON,
        "date": "2025-02-24",
        "evidence": "Trump met Macron at the White House on Monday.",
        "document": {"id": "doc-a", "published": "2025-02-25"},
    },
    {  # the same meeting reported under the full name: folds into the one above
        "type": "MET",
        "source": _person("Donald Trump", aliases=("Donald J. Trump",)),
        "target": MACRON,
        "date": "2025-02-24",
        "evidence": "Donald Trump and Emmanuel Macron met in Washington.",
        "document": {"id": "doc-b", "published": "2025-02-24"},
    },
    {
        "type": "ACCUSED",
        "source": _person("Trump"),
        "target": {"kind": "state", "code": "CHN"},
        "evidence": "Trump accused China of unfair trade.",
        "document": {"id": "doc-a", "published": "2025-02-25"},
    },
    {
        "type": "CALLED",
        "source": MACRON,
        "target": _person("Donald Trump"),
        "date": "2025-03-02",
        "document": {"id": "doc-c", "published": "2025-03-03"},
    },
    {  # an imported event: its actor codes follow the ends when they swap
        "type": "MET",
        "source": _person("Trump"),
        "target": _person("Keir Starmer", "GBR"),
        "date": "2025-02-27",
        "record": {"dataset": "gdelt", "id": "1001", "source_code": "USAGOV", "target_code": "GBR"},
    },
    {  # the two spellings together: after the merge, one actor with itself
        "type": "URGED",
        "source": _person("Donald Trump"),
        "target": _person("Trump"),
        "document": {"id": "doc-d", "published": "2025-03-05"},
    },
    {
        "type": "MET",
        "source": {"kind": "organization", "name": "NATO"},
        "target": {"kind": "organization", "name": "North Atlantic Treaty Organization"},
        "date": "2025-03-01",
        "document": {"id": "doc-e", "published": "2025-03-01"},
    },
]


@pytest.fixture
def facts():
    return [Interaction.model_validate(f) for f in FACTS]


@pytest.fixture
def stores(neo4j_store: Neo4jStore, tmp_path):
    alias_path = tmp_path / "aliases.tsv"
    neo4j_store.aliases_path = alias_path
    return alias_path, [neo4j_store, LocalStore(tmp_path / "graph.json", aliases=alias_path)]


def _clean_load(tmp_path, facts, alias_path, name):
    store = LocalStore(tmp_path / f"{name}.json", aliases=alias_path)
    store.write_facts(facts, ingested_at=INGESTED_AT)
    return store.snapshot()


def _contacts(store: Neo4jStore):
    return sorted(
        (r["key"], r["ids"])
        for r in store.read("MATCH ()-[c:CONTACT]->() RETURN c.key AS key, c.ids AS ids")
    )


def _evidence(snapshot):
    """Every evidence sentence and every article id the interactions hold."""
    rels = [props for *_, props in snapshot["relationships"]]
    return (
        {e for props in rels for e in props.get("evidence", ())},
        {a for props in rels for a in props.get("articles", ())},
    )


def test_merge_equals_a_clean_load_with_the_alias_applied(stores, facts, tmp_path):
    alias_path, both = stores
    for store in both:
        store.write_facts(facts, ingested_at=INGESTED_AT)
    before = both[1].snapshot()
    reports = [
        merge(store, "Person", "Trump", "Donald Trump", aliases=alias_path) for store in both
    ]
    assert reports[0] == reports[1]
    assert (reports[0].found, reports[0].renamed, reports[0].loops) == (True, False, 1)
    # the two reports of 24 February fold into one, and so do the two REPRESENTS USA
    assert (reports[0].relationships, reports[0].joined) == (5, 2)
    assert read_aliases(alias_path).rows == [("Person", "Trump", "Donald Trump")]

    expected = _clean_load(tmp_path, facts, alias_path, "clean")
    assert [s.snapshot() for s in both] == [expected, expected]
    assert_derived_indexes(both[0])
    nodes = {(label, key): props for label, key, props in expected["nodes"]}
    assert ("Person", "Trump") not in nodes
    assert nodes[("Person", "Donald Trump")]["aliases"] == ["Donald J. Trump", "Trump"]
    assert _evidence(expected) == _evidence(before)  # every sentence and article id kept
    (gdelt,) = [r for r in expected["relationships"] if r[5].get("dataset") == "gdelt"]
    assert gdelt[2] == "Donald Trump" and gdelt[5]["source_actor_code"] == "USAGOV"

    merged_contacts = _contacts(both[0])
    both[0].clear()
    both[0].write_facts(facts, ingested_at=INGESTED_AT)  # the alias file applies: no Trump node
    assert both[0].snapshot() == expected
    assert _contacts(both[0]) == merged_contacts


def test_contact_index_after_a_merge_is_a_clean_loads(stores, facts, tmp_path):
    alias_path, (neo4j_store, _) = stores
    neo4j_store.aliases_path = tmp_path / "none.tsv"
    neo4j_store.write_facts(facts, ingested_at=INGESTED_AT)
    merge(neo4j_store, "Person", "Trump", "Donald Trump", aliases=alias_path)
    after_merge = _contacts(neo4j_store)
    neo4j_store.clear()
    neo4j_store.aliases_path = alias_path
    neo4j_store.write_facts(facts, ingested_at=INGESTED_AT)
    assert after_merge == _contacts(neo4j_store)
    assert stored_state_pairs(neo4j_store)[("CHN", "USA", "ACCUSED")] == 1
    assert_derived_indexes(neo4j_store)
    assert any("Person:Donald Trump" in key for key, _ in after_merge)
    assert not any("Person:Trump|" in key or key.endswith("Person:Trump") for key, _ in after_merge)


def test_reingest_merge_again_and_merge_back(stores, facts, tmp_path):
    alias_path, both = stores
    for store in both:
        store.write_facts(facts, ingested_at=INGESTED_AT)
        merge(store, "Person", "Trump", "Donald Trump", aliases=alias_path)
    merged = both[1].snapshot()

    for store in both:  # a re-ingest of the same facts brings no duplicate back
        report = store.write_facts(facts, ingested_at=INGESTED_AT)
        assert (report.nodes_created, report.relationships_created) == (0, 0)
        assert store.snapshot() == merged

    for store in both:  # merging again: nothing left to move, nothing changes
        assert not merge(store, "Person", "Trump", "Donald Trump", aliases=alias_path).found
        assert store.snapshot() == merged
    assert len(read_aliases(alias_path).rows) == 1

    for store in both:  # merging back: Trump is the key now, and the file's row turns round
        report = merge(store, "Person", "Donald Trump", "Trump", aliases=alias_path)
        assert report.found and report.renamed
    assert read_aliases(alias_path).rows == [("Person", "Donald Trump", "Trump")]
    expected = _clean_load(tmp_path, facts, alias_path, "back")
    assert [s.snapshot() for s in both] == [expected, expected]
    assert_derived_indexes(both[0])
    assert _evidence(expected) == _evidence(merged)


def test_organizations_merge_and_chains_resolve(stores, facts, tmp_path):
    alias_path, both = stores
    for store in both:
        store.write_facts(facts, ingested_at=INGESTED_AT)
        merge(
            store, "Organization", "NATO", "North Atlantic Treaty Organization", aliases=alias_path
        )
        merge(store, "Person", "Trump", "Donald Trump", aliases=alias_path)
        merge(store, "Person", "Donald Trump", "Donald J. Trump", aliases=alias_path)  # a chain
    table = read_aliases(alias_path)
    assert table.resolve("Person", "Trump") == "Donald J. Trump"
    expected = _clean_load(tmp_path, facts, alias_path, "chain")
    assert [s.snapshot() for s in both] == [expected, expected]
    keys = {(label, key) for label, key, _ in expected["nodes"]}
    assert ("Organization", "NATO") not in keys
    assert {k for label, k in keys if label == "Person"} == {
        "Donald J. Trump",
        "Emmanuel Macron",
        "Keir Starmer",
    }


def test_both_stores_list_the_same_people_for_joining_partial_names(stores, facts):
    _, both = stores
    for store in both:
        store.write_facts(facts, ingested_at=INGESTED_AT)
    listed = [sorted(store.people()) for store in both]
    assert listed[0] == listed[1]
    assert ("Emmanuel Macron", ["FRA"], ["President"]) in listed[0]
    assert ("Donald Trump", ["USA"], []) in listed[0]
