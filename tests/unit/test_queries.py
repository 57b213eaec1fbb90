import networkx as nx
import pytest
from query_cases import SEED_CASES

from conftest import INGESTED_AT
from diplograph.cli import main
from diplograph.graph import QueryError
from diplograph.queries import ActorIndex, list_queries, run_cypher, run_query
from diplograph.views import to_networkx


@pytest.fixture
def seeded(local_store, seed_facts):
    local_store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    return local_store


def test_talked_to_rubio_lists_wang_yi(seeded):
    (row,) = run_query(seeded, "talked-to", actor="Rubio")
    assert (row["counterpart"], row["types"], row["interactions"]) == (
        "Wang Yi",
        ["CALLED", "MET"],
        2,
    )
    assert (row["first"], row["last"]) == ("2025-07", "2025-09-09")


def test_between_is_in_date_order_with_evidence(seeded):
    rows = run_query(seeded, "between", a="Rubio", b="Wang Yi")
    assert [(r["date"], r["type"]) for r in rows] == [("2025-07", "MET"), ("2025-09-09", "CALLED")]
    assert all(r["evidence"] and r["articles"] for r in rows)
    assert rows[0]["event"] == "ASEAN Regional Forum 2025"


def test_planned_is_not_talking_unless_asked(seeded):
    assert run_query(seeded, "talked-to", actor="Xi") == []
    (row,) = run_query(seeded, "talked-to", actor="Xi", all_statuses=True)
    assert (row["counterpart"], row["statuses"]) == ("Donald Trump", ["planned"])


def test_accusations_carry_their_denials(seeded):
    rows = run_query(seeded, "accusations")
    assert {(r["accused"], r["denials"]) for r in rows} == {
        ("China", 1),
        ("Russia", 1),
        ("North Korea", 0),
    }


def test_state_pairs_roll_persons_up(seeded):
    rows = run_query(seeded, "state-pairs", type="CALLED,MET")
    assert [(r["a"], r["b"], r["interactions"]) for r in rows] == [("CHN", "USA", 3)]


def test_every_seed_case_runs(seeded):
    for name, params in SEED_CASES:
        assert isinstance(run_query(seeded, name, **params), list), name


@pytest.mark.parametrize(
    "name, params, message",
    [
        ("talked-to", {}, "needs -p actor"),
        ("talked-to", {"actor": "Nobody Known"}, "no actor named 'Nobody Known'"),
        ("talked-to", {"actor": "Rubbio"}, "Did you mean: Marco Rubio?"),
        ("talked-to", {"actor": "Rubio", "colour": 1}, "has no parameter 'colour'"),
        ("between", {"a": "Rubio", "b": "Marco Rubio"}, "the same actor"),
        ("between", {"a": "Rubio", "b": "Wang Yi", "since": "July"}, "since: 'July' is not an ISO"),
        (
            "between",
            {"a": "Rubio", "b": "Wang Yi", "type": "HUG"},
            "unknown interaction type 'HUG'",
        ),
        ("path", {"a": "Rubio", "b": "Wang Yi", "max_hops": 9}, "between 1 and 6"),
        ("nope", {}, "no query named 'nope'"),
    ],
)
def test_bad_parameters_are_clear(seeded, name, params, message):
    with pytest.raises(QueryError, match=message):
        run_query(seeded, name, **params)


def test_ambiguous_names_list_the_candidates():
    index = ActorIndex([("Person", "Li Qiang", "Li Qiang", []), ("Person", "Li Hui", "Li Hui", [])])
    with pytest.raises(QueryError, match=r"'Li' is ambiguous: Li Hui \(Person Li Hui\); Li Qiang"):
        index.resolve("Li")
    assert index.resolve("li hui") == ("Person", "Li Hui")


def test_states_resolve_by_iso_names_and_stored_aliases(seeded):
    for name in ("USA", "US", "U.S.", "United States", "the United States", "Washington"):
        assert run_query(seeded, "timeline", actor=name) == run_query(
            seeded, "timeline", actor="USA"
        ), name


def test_cypher_on_the_embedded_store_says_what_to_do(seeded):
    with pytest.raises(QueryError, match="Cypher needs Neo4j.*diplograph neo4j start"):
        run_cypher(seeded, "MATCH (n) RETURN n")


def test_rows_to_networkx(seeded):
    rows = run_query(seeded, "timeline")
    graph = to_networkx(rows)
    assert graph.number_of_edges() == 15
    assert nx.degree_centrality(graph)["Donald Trump"] > 0
    star = to_networkx(run_query(seeded, "talked-to", actor="Rubio"), center="Marco Rubio")
    assert list(star.edges()) == [("Marco Rubio", "Wang Yi")]


def test_every_query_has_a_description_and_typed_params():
    for query in list_queries():
        assert query.description
        assert all(
            p.kind in {"actor", "summit", "date", "types", "int", "bool"} for p in query.params
        )


def test_cli_query_json(seeded, capsys):
    import json

    assert (
        main(
            [
                "query",
                "between",
                "-p",
                "a",
                "Rubio",
                "-p",
                "b",
                "Wang Yi",
                "--store",
                str(seeded.path),
                "--format",
                "json",
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert [r["type"] for r in rows] == ["MET", "CALLED"]


def test_cli_query_unknown_actor_is_one_line(seeded, capsys):
    assert main(["query", "talked-to", "-p", "actor", "Nobody", "--store", str(seeded.path)]) == 1
    assert capsys.readouterr().err == "diplograph: error: no actor named 'Nobody' in the graph.\n"


@pytest.mark.parametrize(
    "text, code",
    [("the Kremlin", "RUS"), ("Chinese", "CHN"), ("Washington", "USA"), ("Britain", "GBR")],
)
def test_a_state_answers_to_every_name_the_extractor_reads_as_it(text, code):
    from diplograph.queries.actors import ActorIndex

    index = ActorIndex([("State", c, None, []) for c in ("RUS", "CHN", "USA", "GBR")])
    assert index.resolve(text) == ("State", code)
