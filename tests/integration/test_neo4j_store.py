"""Neo4jStore against the real server: parity, idempotency, read-only mode, errors."""

import pytest
from contact_index import assert_derived_indexes, stored_contacts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import INGESTED_AT
from diplograph.graph import (
    Interaction,
    LocalStore,
    Neo4jSettings,
    Neo4jStore,
    QueryError,
    ReadOnlyError,
    StoreUnavailable,
)
from diplograph.queries import run_query
from strategies import fact_lists

pytestmark = pytest.mark.neo4j

DATA_NODES = "MATCH (n) WHERE NOT n:DiplographIndex RETURN count(n) AS n"  # not the rollup's marker


def test_seed_parity_with_local_store(neo4j_store, local_store, seed_facts):
    for store in (neo4j_store, local_store):
        report = store.write_facts(seed_facts, ingested_at=INGESTED_AT)
        assert (report.nodes_created, report.relationships_created) == (18, 25)
    assert neo4j_store.snapshot() == local_store.snapshot()
    assert neo4j_store.stats() == local_store.stats()
    assert_derived_indexes(neo4j_store)
    assert len(stored_contacts(neo4j_store)) > 5


def test_loading_twice_creates_nothing(neo4j_store, seed_facts):
    neo4j_store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    before = neo4j_store.snapshot()
    contacts = stored_contacts(neo4j_store)
    again = neo4j_store.write_facts(seed_facts, ingested_at="2031-01-01T00:00:00+00:00")
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert neo4j_store.snapshot() == before
    assert stored_contacts(neo4j_store) == contacts


def test_constraints_exist_before_the_first_write(neo4j_store):
    neo4j_store.ensure_constraints()
    rows = neo4j_store.read("SHOW CONSTRAINTS YIELD name, type RETURN name, type")
    names = {r["name"] for r in rows}
    assert {"person_key", "state_key", "article_key", "rel_called_key"} <= names
    assert all(r["type"].endswith("UNIQUENESS") for r in rows)


def test_read_mode_is_enforced_by_neo4j(neo4j_store, seed_facts):
    neo4j_store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    with pytest.raises(ReadOnlyError, match="Pass --write"):
        neo4j_store.read("MATCH (n) DETACH DELETE n")
    assert neo4j_store.read(DATA_NODES)[0]["n"] == 18


def test_wrong_password_says_so_and_never_shows_it(neo4j_settings):
    bad = Neo4jSettings(uri=neo4j_settings.uri, password="wrong-pw-12345")
    with Neo4jStore(bad) as store, pytest.raises(StoreUnavailable) as info:
        store.stats()
    assert "refused the credentials" in str(info.value)
    assert "wrong-pw-12345" not in str(info.value)


def test_values_are_parameters_not_cypher(neo4j_store, seed_facts):
    nasty = seed_facts[0].model_copy(update={"evidence": "') RETURN 1 // `x` $rows {}"})
    neo4j_store.write_facts([nasty], ingested_at=INGESTED_AT)
    rows = neo4j_store.read("MATCH ()-[r:CALLED]->() RETURN r.evidence AS e")
    assert rows == [{"e": ["') RETURN 1 // `x` $rows {}"]}]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(facts=fact_lists, data=st.data())
def test_random_fact_sets_give_the_same_graph_in_both_stores(
    neo4j_store, tmp_path_factory, facts, data
):
    neo4j_store.clear()
    shuffled = data.draw(st.permutations(facts + facts[: len(facts) // 3]))
    cut = data.draw(st.integers(0, len(shuffled)))
    neo4j_store.write_facts(shuffled[:cut], ingested_at=INGESTED_AT)
    neo4j_store.write_facts(shuffled[cut:], ingested_at=INGESTED_AT)
    local = LocalStore(tmp_path_factory.mktemp("parity") / "g.json")
    local.write_facts(facts, ingested_at=INGESTED_AT)
    assert neo4j_store.snapshot() == local.snapshot()
    assert_derived_indexes(neo4j_store)  # however the loads were split and repeated


def test_server_hints_are_not_logged_under_the_output(neo4j_store, seed_facts, caplog):
    neo4j_store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    with caplog.at_level("INFO"):
        rows = neo4j_store.read("MATCH (n) RETURN n.no_such_property AS x LIMIT 1")
    assert rows == [{"x": None}]
    assert not [r for r in caplog.records if "notification" in r.getMessage().lower()]


def _fact(kind, source, target, doc):
    return Interaction.model_validate(
        {
            "type": kind,
            "source": source,
            "target": target,
            "date": "2025-05-02",
            "document": {"id": doc, "published": "2025-05-03"},
        }
    )


def _person(name, state=None):
    return {"kind": "person", "name": name, "state": state}


def test_state_pairs_count_interactions_that_came_before_their_states(neo4j_store, tmp_path):
    early = [  # nobody's state is known yet
        _fact("MET", _person("Ada Stone"), _person("Ben Marsh"), "d1"),
        _fact("CALLED", _person("Ada Stone"), {"kind": "state", "code": "FRA"}, "d1"),
    ]
    late = [_fact("ACCUSED", _person("Ada Stone", "USA"), _person("Ben Marsh", "GBR"), "d2")]
    local = LocalStore(tmp_path / "g.json")
    for store in (neo4j_store, local):
        store.write_facts(early, ingested_at=INGESTED_AT)
        store.write_facts(late, ingested_at=INGESTED_AT)
        store.write_facts(early + late, ingested_at=INGESTED_AT)  # again: nothing counts twice
    rows = run_query(neo4j_store, "state-pairs")
    assert [(r["a"], r["b"], r["interactions"], r["conflict"], r["types"]) for r in rows] == [
        ("GBR", "USA", 2, 1, ["ACCUSED", "MET"]),
        ("FRA", "USA", 1, 0, ["CALLED"]),
    ]
    assert rows == run_query(local, "state-pairs")
    assert_derived_indexes(neo4j_store)


def test_a_database_without_the_state_pair_rollup_gets_it_at_the_next_write(
    neo4j_store, seed_facts
):
    neo4j_store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    rows = run_query(neo4j_store, "state-pairs")
    assert rows
    neo4j_store.write(  # as an older diplograph, or neo4j-admin import, leaves a database
        [("MATCH ()-[p:STATE_PAIR]->() DELETE p", {}), ("MATCH (m:DiplographIndex) DELETE m", {})]
    )
    assert neo4j_store.state_pairs_missing()
    with pytest.raises(QueryError, match="without the STATE_PAIR rollup"):
        run_query(neo4j_store, "state-pairs")
    with Neo4jStore(neo4j_store.settings) as writer:  # a new writer's first load builds it
        writer.write_facts([])
    assert not neo4j_store.state_pairs_missing()
    assert run_query(neo4j_store, "state-pairs") == rows
    assert_derived_indexes(neo4j_store)
