"""The bulk path (neo4j-admin import on the provisioned server) gives the graph a transactional
load gives, CONTACT index and constraints included, and refuses a database that holds a graph."""

from __future__ import annotations

import pytest
from contact_index import assert_derived_indexes

from conftest import INGESTED_AT
from diplograph.graph import Neo4jStore, StoreError
from diplograph.graph.bulk import bulk_load
from diplograph.graph.cypher import constraint_statements
from diplograph.loaders.events import import_events, read_events
from event_samples import GDELT2, GDELT2T, PLOVER, POLECAT

pytestmark = pytest.mark.neo4j


@pytest.fixture
def server(neo4j_server, neo4j_store):
    if neo4j_server is None:
        pytest.skip("the bulk path runs on the server the tests provision, not on NEO4J_URI")
    return neo4j_server  # neo4j_store: the database starts empty, and is cleared after


def _facts(seed_facts):
    facts = list(seed_facts)
    for fmt, path in (
        ("gdelt", GDELT2),
        ("gdelt", GDELT2T),
        ("plover", PLOVER),
        ("polecat", POLECAT),
    ):
        facts += read_events(fmt, [str(path)])[0]
    return facts


def test_the_bulk_path_gives_the_transactional_graph(
    server, local_store, seed_facts, tmp_path, monkeypatch
):
    facts = _facts(seed_facts)
    (work := tmp_path / "cwd").mkdir()
    monkeypatch.chdir(work)
    report = bulk_load(server, facts, ingested_at=INGESTED_AT)
    assert list(work.iterdir()) == []  # neo4j-admin's report stays out of the working folder
    expected = local_store.write_facts(facts, ingested_at=INGESTED_AT)
    assert report == expected
    with Neo4jStore(server.settings()) as store:
        assert store.snapshot() == local_store.snapshot()
        assert_derived_indexes(store)
        names = {r["name"] for r in store.read("SHOW CONSTRAINTS YIELD name RETURN name")}
        assert len(names) >= len(constraint_statements())
        again = import_events(store, "gdelt", [str(GDELT2)], ingested_at=INGESTED_AT)
        assert (again.report.nodes_created, again.report.relationships_created) == (0, 0)
        with pytest.raises(StoreError, match="only for a first load into an empty database"):
            bulk_load(server, facts)
        assert store.snapshot() == local_store.snapshot()


def test_a_bulk_load_that_fails_before_the_import_leaves_the_server_up_and_empty(
    server, seed_facts
):
    facts = list(seed_facts)
    bad = facts[0].model_copy(update={"evidence": "a unit\x1fseparator"})
    with pytest.raises(StoreError, match="U\\+001F"):
        bulk_load(server, [bad, *facts[1:]])  # the server was stopping while the files failed
    with Neo4jStore(server.settings()) as store:  # started again: it answers, and holds nothing
        assert store.read("MATCH (n) RETURN count(n) AS n")[0]["n"] == 0
