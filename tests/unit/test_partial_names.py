"""A partial name joins the one fuller name it fits across a corpus, and only then: another state,
another office, or several people that fit keep it apart, with a note."""

from diplograph.graph import Interaction, LocalStore, Person
from diplograph.graph.partial_names import join_partial_names
from diplograph.loaders import ingest


def _met(a: Person, b: Person) -> Interaction:
    return Interaction(type="MET", source=a, target=b)


HOST = Person(name="Marta Lindqvist", state="SWE", title="Foreign Minister")


def _names(facts):
    return [f.source.name for f in facts]


def test_a_surname_joins_the_one_full_name_of_its_state():
    found = join_partial_names(
        [
            _met(Person(name="Hana Kovarova", state="CZE", title="Deputy Minister"), HOST),
            _met(Person(name="Kovarova", state="CZE"), HOST),
        ]
    )
    facts, notes = found.facts, found.notes
    assert _names(facts) == ["Hana Kovarova", "Hana Kovarova"] and notes == []
    assert facts[1].source.aliases == ("Kovarova",) and facts[1].source.state == "CZE"


def test_names_nested_in_one_another_join_the_fullest():
    found = join_partial_names(
        [
            _met(Person(name="Recep Tayyip Erdoğan", state="TUR"), HOST),
            _met(Person(name="Tayyip Erdogan", state="TUR"), HOST),
            _met(Person(name="Erdogan", state="TUR"), HOST),
        ]
    )
    facts = found.facts
    assert _names(facts) == ["Recep Tayyip Erdoğan"] * 3


def test_another_state_or_another_office_keeps_a_surname_apart():
    found = join_partial_names(
        [
            _met(Person(name="Daniel Novak", state="SVK", title="Foreign Minister"), HOST),
            _met(Person(name="Novak", state="SVN"), HOST),  # a Slovenian Novak
            _met(Person(name="Novak", state="SVK", title="Spokesperson"), HOST),
        ]
    )
    facts, notes = found.facts, found.notes
    assert _names(facts) == ["Daniel Novak", "Novak", "Novak"] and notes == []


def test_a_name_several_people_fit_stays_apart_and_says_so():
    found = join_partial_names(
        [
            _met(Person(name="Ahmed Karimov", state="UZB"), HOST),
            _met(Person(name="Omar Ahmed", state="SOM"), HOST),
            _met(Person(name="Ahmed"), HOST),
        ]
    )
    facts, notes = found.facts, found.notes
    assert _names(facts)[2] == "Ahmed"
    assert notes == ["'Ahmed' fits 2 people (Ahmed Karimov, Omar Ahmed): kept apart"]


def test_the_stores_people_count_and_an_unnamed_placeholder_never_joins():
    found = join_partial_names(
        [
            _met(Person(name="Kovarova", state="CZE"), HOST),
            _met(Person(name="Prime Minister (unnamed, 2025-02-25)", state="GBR"), HOST),
        ],
        stored=[("Hana Kovarova", ["CZE"], ["Deputy Minister"])],
    )
    facts = found.facts
    assert _names(facts) == ["Hana Kovarova", "Prime Minister (unnamed, 2025-02-25)"]


def test_an_ingest_files_a_surname_under_the_full_name_another_article_gives(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Czech deputy minister visits Stockholm\n\nPublished 3 March 2025\n\n"
        "Czech Deputy Foreign Minister Hana Kovarova met Swedish Foreign Minister "
        "Marta Lindqvist in Stockholm on 3 March 2025.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Kovarova in Oslo\n\nPublished 5 March 2025\n\n"
        "On 5 March 2025, Kovarova met Norwegian Foreign Minister Espen Barth Eide in Oslo.\n",
        encoding="utf-8",
    )
    store = LocalStore(tmp_path / "g.json")
    report = ingest(store, [tmp_path])
    people = {k for label, k, _ in store.snapshot()["nodes"] if label == "Person"}
    assert "Kovarova" not in people and "Hana Kovarova" in people
    assert report.joined >= 1
