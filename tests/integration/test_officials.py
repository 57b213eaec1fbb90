"""A state answers for the persons who represent it: `between`, `accusations`, `talked-to` and
`timeline` on a state count its officials' interactions, name them in `through`, and give the
same rows in both stores; `-p officials false` keeps to the state node itself."""

import pytest

from diplograph.loaders import ingest
from diplograph.queries import run_query

pytestmark = pytest.mark.neo4j

ARTICLES = {
    "lavrov.txt": """Lavrov accuses Kyiv

Published 25 March 2025

Russian Foreign Minister Sergey Lavrov accused Ukraine of sabotaging the peace talks on
3 March 2025.
""",
    "tokyo.txt": """Ishiba and Rubio meet in Tokyo

Published 25 March 2025

Japanese Prime Minister Shigeru Ishiba met U.S. Secretary of State Marco Rubio in Tokyo on
12 March 2025.

On 20 March 2025, Rubio spoke by phone with Foreign Minister Takeshi Iwaya of Japan.
""",
}


@pytest.fixture
def both(neo4j_store, local_store, tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for store in (neo4j_store, local_store):
        ingest(store, [tmp_path])
    return neo4j_store, local_store


def _agree(both, name, **params):
    neo4j_rows, local_rows = (run_query(store, name, **params) for store in both)
    assert neo4j_rows == local_rows
    return local_rows


def test_between_two_states_counts_their_ministers(both):
    (row,) = _agree(both, "between", a="Russia", b="Ukraine")
    assert (row["type"], row["source"], row["through"]) == (
        "ACCUSED",
        "Sergey Lavrov",
        ["Sergey Lavrov"],
    )
    assert _agree(both, "between", a="Russia", b="Ukraine", officials=False) == []


def test_accusations_by_a_state_include_its_foreign_minister(both):
    (row,) = _agree(both, "accusations", actor="Russia")
    assert (row["accuser"], row["accused"], row["through"]) == (
        "Sergey Lavrov",
        "Ukraine",
        ["Sergey Lavrov"],
    )
    assert _agree(both, "accusations", actor="Russia", officials=False) == []


def test_talked_to_a_capital_answers_for_the_secretary_of_state(both):
    rows = _agree(both, "talked-to", actor="Washington")
    assert {(r["counterpart"], tuple(r["through"])) for r in rows} == {
        ("Shigeru Ishiba", ("Marco Rubio",)),
        ("Takeshi Iwaya", ("Marco Rubio",)),
    }
    assert _agree(both, "talked-to", actor="Washington", officials="false") == []


def test_timeline_of_a_state_lists_its_officials_in_date_order(both):
    rows = _agree(both, "timeline", actor="Japan", type="MET,CALLED")
    assert [(r["date"], r["type"], r["through"]) for r in rows] == [
        ("2025-03-12", "MET", ["Shigeru Ishiba"]),
        ("2025-03-20", "CALLED", ["Takeshi Iwaya"]),
    ]
    assert _agree(both, "timeline", actor="Japan", officials=False) == []


def test_path_from_a_state_runs_through_its_officials(both):
    rows = _agree(both, "path", a="Russia", b="Ukraine")
    assert [(r["path"], r["types"], r["through"]) for r in rows] == [
        (["Sergey Lavrov", "Ukraine"], ["ACCUSED"], ["Sergey Lavrov"])
    ]
    assert _agree(both, "path", a="Russia", b="Ukraine", officials=False) == []
    rows = _agree(both, "path", a="Washington", b="Japan")  # both ends through officials
    assert {(tuple(r["path"]), tuple(r["through"])) for r in rows} == {
        (("Marco Rubio", "Shigeru Ishiba"), ("Marco Rubio", "Shigeru Ishiba")),
        (("Marco Rubio", "Takeshi Iwaya"), ("Marco Rubio", "Takeshi Iwaya")),
    }
    (row,) = _agree(both, "path", a="Rubio", b="Japan", type="CALLED")
    assert (row["path"], row["through"]) == (["Marco Rubio", "Takeshi Iwaya"], ["Takeshi Iwaya"])


def test_top_actors_credit_a_state_with_its_officials(both):
    rows = {r["key"]: r for r in _agree(both, "top-actors", limit=20)}
    assert (rows["JPN"]["counterparts"], rows["JPN"]["interactions"]) == (1, 2)  # Rubio, twice
    assert (rows["USA"]["counterparts"], rows["USA"]["interactions"]) == (2, 2)
    assert (rows["RUS"]["counterparts"], rows["UKR"]["counterparts"]) == (1, 1)
    alone = {r["key"] for r in _agree(both, "top-actors", limit=20, officials=False)}
    assert {"JPN", "USA", "RUS"}.isdisjoint(alone) and "UKR" in alone


def test_the_ego_view_of_a_state_reaches_out_from_its_officials(both):
    from diplograph.views import select_graph

    shown = [{n["id"] for n in select_graph(store, ego="Japan", hops=1).nodes} for store in both]
    assert (
        shown[0]
        == shown[1]
        == {
            "State:JPN",
            "Person:Shigeru Ishiba",
            "Person:Takeshi Iwaya",
            "Person:Marco Rubio",
        }
    )
    alone = [
        {n["id"] for n in select_graph(store, ego="Japan", officials=False).nodes} for store in both
    ]
    assert alone[0] == alone[1] == {"State:JPN"}
