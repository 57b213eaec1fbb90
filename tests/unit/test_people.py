"""The office-holder table shipped as package data, and the resolver it gives."""

import json

import pytest

from diplograph.graph import people


def test_the_table_loads_with_its_terms():
    terms = people.terms()
    assert len(terms) >= 1458
    assert {t.country for t in terms} >= {"GBR", "USA", "CHN", "EUU", "NAT", "UNO"}


@pytest.mark.parametrize(
    "country, title, on, name",
    [
        pytest.param("GBR", "Prime Minister", "2025-02-25", "Keir Starmer", id="UK PM in 2025"),
        pytest.param("GBR", "Prime Minister", "2019-03-01", "Theresa May", id="UK PM in 2019"),
        pytest.param("USA", "Secretary of State", "2023-02-03", "Antony Blinken", id="own title"),
        pytest.param("USA", "Vice President", "2025-03-10", "JD Vance", id="vice president"),
        pytest.param("RUS", "President", "2024-06-05", "Vladimir Putin", id="generic title"),
        # on a hand-over day both terms cover the date: the incoming holder speaks that day
        pytest.param("GBR", "Prime Minister", "2022-10-25", "Rishi Sunak", id="hand-over day"),
        pytest.param("GBR", "Prime Minister", "2022-10-24", "Liz Truss", id="the day before"),
    ],
)
def test_a_title_resolves_by_state_and_date(country, title, on, name):
    assert people.holder(country, title, on).name == name


def test_no_holder_outside_the_covered_terms_and_no_prime_minister_for_a_president():
    assert people.holder("GBR", "Prime Minister", "2010-06-01") is None  # before coverage
    assert people.holder("USA", "Prime Minister", "2025-03-01") is None


@pytest.mark.parametrize(
    "name, state, on, canonical",
    [
        pytest.param("Blinken", None, "2023-02-04", "Antony Blinken", id="surname"),
        pytest.param("Antony J. Blinken", None, None, "Antony Blinken", id="middle initial"),
        pytest.param("KAMIKAWA Yoko", None, None, "Yoko Kamikawa", id="family name first"),
        pytest.param("Prachanda", None, None, "Pushpa Kamal Dahal", id="a nickname"),
        pytest.param("Erdogan", "TUR", "2024-01-01", "Recep Tayyip Erdoğan", id="no diacritics"),
    ],
)
def test_names_resolve_to_one_canonical_person(name, state, on, canonical):
    assert people.resolve(name, state, on).name == canonical


def test_an_ambiguous_surname_resolves_to_nothing():
    assert people.resolve("Kim") is None


def test_users_add_rows_of_their_own(tmp_path, monkeypatch):
    rows = tmp_path / "mine.tsv"
    header = "\t".join(people.COLUMNS)
    row = "\t".join(
        [
            "NOR",
            "fisheries_minister",
            "Minister of Fisheries",
            "Ada Lindqvist-Test",
            "Lindqvist-Test",
            "2030-01-01",
            "",
            "",
            "mine",
            "high",
        ]
    )
    rows.write_text(f"{header}\n{row}\n", encoding="utf-8")
    monkeypatch.setenv("DIPLOGRAPH_PEOPLE", str(rows))
    people.clear_cache()
    try:
        assert (
            people.holder("NOR", "Minister of Fisheries", "2030-06-01").name == "Ada Lindqvist-Test"
        )
    finally:
        monkeypatch.delenv("DIPLOGRAPH_PEOPLE")
        people.clear_cache()


def _people(capsys, *args):
    from diplograph.cli import main

    code = main(["people", *args, "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out else [], err


@pytest.mark.parametrize(
    "on, name", [("2025-02-25", "Keir Starmer"), ("2019-03-01", "Theresa May")]
)
def test_people_names_the_holder_of_an_office_on_a_date(capsys, on, name):
    code, rows, err = _people(capsys, "Prime Minister", "--state", "UK", "--on", on)
    assert (code, [r["name"] for r in rows]) == (0, [name])
    assert err == f"diplograph: 'Prime Minister' is {name} (Prime Minister, GBR)\n"


def test_people_lists_an_office_s_terms_and_says_when_nobody_held_it(capsys):
    code, rows, _ = _people(capsys, "Prime Minister", "--state", "GBR")
    names = [r["name"] for r in rows]
    assert code == 0 and names.index("Theresa May") < names.index("Keir Starmer")
    assert len(names) == len(set(names))
    code, rows, err = _people(capsys, "Prime Minister", "--state", "GBR", "--on", "2016-01-01")
    assert (code, rows) == (1, [])
    assert "names nobody" in err and err.count("\n") == 1


def test_people_shows_how_a_name_resolves_or_why_it_does_not(capsys):
    code, rows, err = _people(capsys, "KAMIKAWA Yoko")
    assert (code, {r["name"] for r in rows}) == (0, {"Yoko Kamikawa"})
    assert "is Yoko Kamikawa" in err
    code, rows, err = _people(capsys, "Li")
    assert code == 0 and {"Li Qiang", "Li Keqiang"} <= {r["name"] for r in rows}
    assert "give --state or --on" in err
    code, rows, err = _people(capsys, "Li", "--on", "2024-05-01", "--state", "China")
    assert {r["name"] for r in rows} == {"Li Qiang"} and "is Li Qiang" in err


@pytest.mark.parametrize("option", [["--state", "Narnia"], ["--on", "July"]])
def test_people_refuses_a_bad_state_or_date_in_one_line(capsys, option):
    code, rows, err = _people(capsys, "Li", *option)
    assert (code, rows) == (1, [])
    assert err.startswith("diplograph: error: ") and err.count("\n") == 1


def test_a_counterpart_holds_the_same_office_in_the_other_state_on_the_day():
    assert people.counterpart("David Cameron", "FRA", "2024-04-15").name == "Stéphane Séjourné"
    assert people.counterpart("Rishi Sunak", "FRA", "2024-04-15").name == "Gabriel Attal"
    assert people.counterpart("David Cameron", "FRA", "2016-01-01") is None  # not in office then


def test_an_office_answers_to_its_other_titles():
    term = people.resolve("Meloni", on="2025-03-14")
    assert term.title == "Prime Minister" and term.fits("President")
    assert not people.resolve("Ruto", on="2025-03-14").fits("Prime Minister")
    assert people.holder("ITA", "President of the Council of Ministers", "2025-03-14").name == (
        "Giorgia Meloni"
    )
