"""The office-holder table shipped as package data, and the resolver it gives."""

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
