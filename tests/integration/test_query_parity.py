"""Every named query gives the same rows from Neo4j and from the embedded store."""

import os
import subprocess
import sys

import pytest
from contact_index import assert_derived_indexes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from query_cases import SEED_CASES

from conftest import INGESTED_AT
from diplograph.graph import Interaction, LocalStore, QueryError, ReadOnlyError
from diplograph.queries import run_cypher, run_query
from strategies import fact_lists

pytestmark = pytest.mark.neo4j


def _outcome(store, name, params):
    try:
        return run_query(store, name, **params)
    except QueryError as e:
        return f"error: {e}"


@pytest.fixture
def both(neo4j_store, local_store, seed_facts):
    for store in (neo4j_store, local_store):
        store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    return neo4j_store, local_store


@pytest.mark.parametrize(
    "name, params", SEED_CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(SEED_CASES)]
)
def test_seed_queries_agree(both, name, params):
    neo4j_rows, local_rows = (_outcome(s, name, params) for s in both)
    assert not isinstance(neo4j_rows, str), neo4j_rows
    assert neo4j_rows == local_rows


def test_seed_answers(both):
    neo4j_store, _ = both
    (row,) = run_query(neo4j_store, "talked-to", actor="Rubio")
    assert row["counterpart"] == "Wang Yi"
    rows = run_query(neo4j_store, "between", a="Rubio", b="Wang Yi")
    assert [(r["date"], r["type"]) for r in rows] == [("2025-07", "MET"), ("2025-09-09", "CALLED")]


def test_cypher_is_read_only_unless_write(both):
    neo4j_store, _ = both
    with pytest.raises(ReadOnlyError):
        run_cypher(neo4j_store, "MATCH (n) DETACH DELETE n")
    assert run_cypher(
        neo4j_store, "MATCH (n) WHERE NOT n:DiplographIndex RETURN count(n) AS n"
    ) == [{"n": 18}]
    run_cypher(neo4j_store, "CREATE (:Scratch {v: $v})", {"v": 1}, write=True)
    assert run_cypher(neo4j_store, "MATCH (s:Scratch) RETURN s.v AS v") == [{"v": 1}]


@pytest.mark.parametrize("value", ["') RETURN 1 //", "`x` MATCH (n) DETACH DELETE n", "$a {b}"])
def test_parameter_values_are_data(both, value):
    neo4j_store, local_store = both
    rows = run_cypher(
        neo4j_store, "MATCH (p:Person) WHERE p.name = $v RETURN p.name AS n", {"v": value}
    )
    assert rows == []
    for store in both:
        with pytest.raises(QueryError, match="no actor named"):
            run_query(store, "talked-to", actor=value)
    assert run_cypher(
        neo4j_store, "MATCH (n) WHERE NOT n:DiplographIndex RETURN count(n) AS n"
    ) == [{"n": 18}]


QUERY_SHAPES = [
    ("talked-to", ("actor",), {}),
    ("talked-to", ("actor",), {"all_statuses": True}),
    ("talked-to", ("actor",), {"officials": False}),
    ("between", ("a", "b"), {}),
    ("between", ("a", "b"), {"since": "2025-01", "until": "2025"}),
    ("between", ("a", "b"), {"officials": False}),
    ("path", ("a", "b"), {"max_hops": 3}),
    ("path", ("a", "b"), {"limit": 2}),  # cut before all chains and all their edges are read
    ("path", ("a", "b"), {"type": "MET,CALLED,ACCUSED"}),  # the search keeps only these
    ("path", ("a", "b"), {"officials": False}),
    ("top-actors", (), {"limit": 5}),
    ("top-actors", (), {"since": "2025-07"}),
    ("top-actors", (), {"officials": False}),
    ("state-pairs", (), {}),
    ("accusations", (), {}),
    ("accusations", ("actor",), {}),
    ("accusations", ("actor",), {"officials": False}),
    ("attendees", ("summit",), {}),
    ("timeline", (), {}),
    ("timeline", ("actor",), {"type": "MET,CALLED,ATTENDED"}),
    ("timeline", ("actor",), {"officials": False}),
]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(facts=fact_lists, data=st.data())
def test_random_graphs_agree(neo4j_store, tmp_path_factory, facts, data):
    neo4j_store.clear()
    neo4j_store.write_facts(facts, ingested_at=INGESTED_AT)
    local = LocalStore(tmp_path_factory.mktemp("q") / "g.json")
    local.write_facts(facts, ingested_at=INGESTED_AT)
    actors = sorted(
        {
            d["key"]
            for _, d in local.graph.nodes(data=True)
            if d["label"] in ("Person", "State", "Organization")
        }
    )
    summits = sorted(
        {d["props"]["name"] for _, d in local.graph.nodes(data=True) if d["label"] == "Summit"}
    ) or ["none"]
    for name, anchors, extra in QUERY_SHAPES:
        params = dict(extra)
        for anchor in anchors:
            pool = summits if anchor == "summit" else actors
            params[anchor] = data.draw(st.sampled_from(pool), label=f"{name}.{anchor}")
        assert _outcome(neo4j_store, name, params) == _outcome(local, name, params), (name, params)


def _meeting(kind, a, b, day, status="actual"):
    return Interaction.model_validate(
        {
            "type": kind,
            "source": {"kind": "person", "name": a},
            "target": {"kind": "person", "name": b},
            "status": status,
            "date": f"2025-03-{day:02d}",
            "document": {"id": "doc", "published": "2025-12-31"},
        }
    )


@pytest.fixture
def chains(neo4j_store, local_store):
    """Ann praised Bob directly; she met Cy three times, and Cy called Bob; Cy and Bob only
    planned to meet Dee."""
    facts = [
        _meeting("PRAISED", "Ann", "Bob", 1),
        *(_meeting("MET", "Ann", "Cy", day) for day in (2, 3, 4)),
        _meeting("CALLED", "Cy", "Bob", 5),
        _meeting("MET", "Cy", "Dee", 6, "planned"),
        _meeting("MET", "Bob", "Dee", 6, "planned"),
    ]
    for store in (neo4j_store, local_store):
        store.write_facts(facts, ingested_at=INGESTED_AT)
    return neo4j_store, local_store


def test_path_searches_only_the_types_asked_for(chains):
    for store in chains:
        assert [r["types"] for r in run_query(store, "path", a="Ann", b="Bob")] == [["PRAISED"]]
        rows = run_query(store, "path", a="Ann", b="Bob", type="MET,CALLED")
        assert [r["path"] for r in rows] == [["Ann", "Cy", "Bob"]] * 3
        assert [r["ids"][0][-10:] for r in rows] == ["2025-03-02", "2025-03-03", "2025-03-04"]
        assert run_query(store, "path", a="Ann", b="Bob", type="MET,CALLED", limit=2) == rows[:2]
        assert run_query(store, "path", a="Ann", b="Dee") == []  # planned meetings carry nothing


def test_a_database_without_the_contact_index_gets_it_from_any_load(chains, neo4j_settings):
    neo4j_store, _ = chains
    before = run_query(neo4j_store, "path", a="Ann", b="Bob", type="MET,CALLED")
    run_cypher(neo4j_store, "MATCH ()-[c:CONTACT]->() DELETE c", write=True)  # an older writer
    with pytest.raises(QueryError, match="older diplograph"):
        run_query(neo4j_store, "path", a="Ann", b="Bob", type="MET,CALLED")
    done = subprocess.run(  # the fix the message gives
        [sys.executable, "-m", "diplograph.cli", "load", "-", "--store", neo4j_settings.uri],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**os.environ, "NEO4J_PASSWORD": neo4j_settings.password},
    )
    assert done.returncode == 0, done.stderr
    assert_derived_indexes(neo4j_store)
    assert run_query(neo4j_store, "path", a="Ann", b="Bob", type="MET,CALLED") == before
