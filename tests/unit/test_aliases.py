"""The alias file: rows, chains, merging back, and bad rows named by file, line and field."""

import pytest

from diplograph.graph import InputError, Interaction, LocalStore, aliases


def test_a_chain_resolves_to_its_end_and_merging_back_turns_the_row_round():
    table = aliases.AliasTable().merged("Person", "A", "B").merged("Person", "B", "C")
    assert [table.resolve("Person", k) for k in "ABC"] == ["C", "C", "C"]
    back = table.merged("Person", "C", "B")  # B was C's alias: now C is B's
    assert back.rows == [("Person", "A", "B"), ("Person", "C", "B")]
    assert [back.resolve("Person", k) for k in "ABC"] == ["B", "B", "B"]
    assert table.merged("Person", "A", "A") is table
    assert table.resolve("Organization", "A") == "A"  # labels keep apart


def test_a_hand_made_cycle_stops_where_it_closes():
    table = aliases.AliasTable([("Person", "A", "B"), ("Person", "B", "A")])
    assert table.resolve("Person", "A") in ("A", "B")


def test_record_writes_a_file_that_reads_back(tmp_path):
    path = tmp_path / "sub" / "aliases.tsv"
    aliases.record("Person", "Blinken", "Antony Blinken", "2026-12-02T00:00:00+00:00", path)
    aliases.record("Person", "Blinken", "Antony Blinken", "2026-12-02T00:00:01+00:00", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#") and text.count("Blinken\tAntony Blinken") == 1
    assert aliases.read(path).rows == [("Person", "Blinken", "Antony Blinken")]
    assert not list(tmp_path.glob("sub/.*.tmp"))


def test_a_file_is_parsed_again_only_when_it_changed(tmp_path):
    path = tmp_path / "aliases.tsv"
    at = "2026-12-03T00:00:00+00:00"
    aliases.record("Person", "Trump", "Donald Trump", at, path)
    first = aliases.read(path)
    assert aliases.read(path) is first  # unchanged: the table read before
    aliases.record("Person", "Biden", "Joe Biden", at, path)  # a merge replaces the file
    assert aliases.read(path).resolve("Person", "Biden") == "Joe Biden"
    with path.open("a", encoding="utf-8") as f:  # edited by hand, in place
        f.write("Person\tBlinken\tAntony Blinken\n")
    assert aliases.read(path).resolve("Person", "Blinken") == "Antony Blinken"
    path.unlink()
    assert not aliases.read(path)


@pytest.mark.parametrize(
    ("row", "field"),
    [("State\tUS\tUSA", "label"), ("Person\tA", "into"), ("Person\t \tB", "from")],
)
def test_a_bad_row_names_file_line_and_field(tmp_path, row, field):
    path = tmp_path / "aliases.tsv"
    path.write_text("label\tfrom\tinto\n# a comment\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"aliases.tsv:3: {field}:"):
        aliases.read(path)


def test_a_key_with_a_tab_is_refused(tmp_path):
    with pytest.raises(InputError, match="tab or line break"):
        aliases.record("Person", "A\tB", "C", "", tmp_path / "aliases.tsv")


def test_a_load_files_an_aliased_person_under_the_actor_it_joined(tmp_path):
    path = tmp_path / "aliases.tsv"
    aliases.record("Person", "Lavrov", "Sergey Lavrov", "", path)
    store = LocalStore(tmp_path / "g.json", aliases=path)
    fact = {
        "type": "CALLED",
        "source": {"kind": "person", "name": "Lavrov", "state": "RUS", "aliases": ["Sergei"]},
        "target": {"kind": "person", "name": "Marco Rubio", "state": "USA"},
        "date": "2025-02-15",
    }
    store.write_facts([Interaction.model_validate(fact)])
    people = {key: props for label, key, props in store.snapshot()["nodes"] if label == "Person"}
    assert set(people) == {"Sergey Lavrov", "Marco Rubio"}
    assert people["Sergey Lavrov"] == {
        "key": "Sergey Lavrov",
        "name": "Sergey Lavrov",
        "aliases": ["Lavrov", "Sergei"],
    }
