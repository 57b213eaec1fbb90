"""`review` lists probable duplicates with their evidence, and `merge` joins a pair by the names
a user types: a pair once merged is one actor, a re-load brings no duplicate back, and merging
back turns the merge round."""

import json

import pytest

from diplograph.cli import main
from diplograph.graph import Interaction, LocalStore, merge_actors
from diplograph.queries import probable_duplicates


def _p(name, state, title=None):
    return {"kind": "person", "name": name, "state": state, "title": title}


WANG = _p("Wang Yi", "CHN", "Foreign Minister")
PAIRS = [  # (fact source, fact target): each duplicate meets a common counterpart, never itself
    (_p("Blinken", "USA"), WANG),
    (_p("Antony Blinken", "USA", "Secretary of State"), WANG),
    (_p("Sergei Lavrov", "RUS"), WANG),
    (_p("Sergey Lavrov", "RUS"), _p("Antony Blinken", "USA")),
    (_p("KAMIKAWA Yoko", "JPN"), WANG),
    (_p("Yoko Kamikawa", "JPN"), _p("Antony Blinken", "USA")),
    (_p("Li", "CHN"), _p("Antony Blinken", "USA")),
    (_p("Li Qiang", "CHN"), _p("Sergey Lavrov", "RUS")),
    (_p("Jill Biden", "USA"), _p("Yoko Kamikawa", "JPN")),  # not Joe: another person
    (_p("Joe Biden", "USA"), WANG),
    (_p("John Smith", "GBR"), WANG),  # close names of two states: two people
    (_p("Jon Smith", "USA"), WANG),
    (_p("Emma Stone", "AUS"), _p("Emma Stones", "AUS")),  # close, but they met: two people
    (
        {"kind": "organization", "name": "NATO"},
        {"kind": "organization", "name": "Association of Southeast Asian Nations"},
    ),
    (
        {"kind": "organization", "name": "North Atlantic Treaty Organization"},
        WANG,
    ),
]


def _facts():
    out = []
    for i, (source, target) in enumerate(PAIRS):
        out.append(
            Interaction.model_validate(
                {
                    "type": "MET",
                    "source": source,
                    "target": target,
                    "date": f"2025-01-{i + 1:02d}",
                    "document": {"id": f"doc-{i}", "published": f"2025-01-{i + 1:02d}"},
                }
            )
        )
    return out


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_ALIASES", str(tmp_path / "aliases.tsv"))
    store = LocalStore(tmp_path / "g.json")
    store.write_facts(_facts())
    return store


def test_review_lists_each_probable_pair_with_its_reason(store):
    rows = probable_duplicates(store)
    found = {(r["merge"], r["into"]): r for r in rows}
    assert {pair: r["reason"] for pair, r in found.items()} == {
        ("Blinken", "Antony Blinken"): "office-holder table",
        ("Sergei Lavrov", "Sergey Lavrov"): "office-holder table",
        ("KAMIKAWA Yoko", "Yoko Kamikawa"): "office-holder table",
        ("Li", "Li Qiang"): "part of the name",
        ("NATO", "North Atlantic Treaty Organization"): "abbreviation",
    }
    blinken = found[("Blinken", "Antony Blinken")]
    assert (blinken["shared"], blinken["counterparts"], blinken["states"]) == (
        1,
        ["Wang Yi"],
        ["USA"],
    )
    assert blinken["interactions"] == [1, 4]
    assert [r["reason"] for r in rows] == sorted(
        (r["reason"] for r in rows),
        key=["office-holder table", "part of the name", "abbreviation"].index,
    )


def _cli(capsys, *args):
    code = main([*args, "--format", "json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out or "[]"), captured.err


def test_merge_by_the_names_a_user_types_then_again_then_back(store, capsys, tmp_path):
    where = ["--store", str(store.path)]
    code, (row,), err = _cli(capsys, "merge", "Blinken", "--into", "Antony", *where)
    assert code == 0 and (row["old"], row["new"], row["found"]) == (
        "Blinken",
        "Antony Blinken",
        True,
    )
    assert "recorded in" in err and str(tmp_path / "aliases.tsv") in err

    code, rows, err = _cli(capsys, "merge", "Blinken", "--into", "Antony Blinken", *where)
    assert code == 0 and rows == [] and "one actor already" in err

    LocalStore(store.path).write_facts(_facts())  # a re-load: the alias file applies
    keys = {k for label, k, _ in LocalStore(store.path).snapshot()["nodes"] if label == "Person"}
    assert "Blinken" not in keys and "Antony Blinken" in keys
    code, rows, _ = _cli(capsys, "review", *where)
    assert ("Blinken", "Antony Blinken") not in {(r["merge"], r["into"]) for r in rows}

    code, (row,), _ = _cli(capsys, "merge", "Antony Blinken", "--into", "Blinken", *where)
    assert (row["old"], row["new"], row["renamed"]) == ("Antony Blinken", "Blinken", True)
    keys = {k for label, k, _ in LocalStore(store.path).snapshot()["nodes"] if label == "Person"}
    assert "Blinken" in keys and "Antony Blinken" not in keys


def test_review_names_a_merge_the_store_has_not_had_and_replay_applies_it(store, capsys, tmp_path):
    other = LocalStore(tmp_path / "other.json")
    other.write_facts(_facts())
    merge_actors(store, "Person", "Li", "Li Qiang")  # recorded; only `store` has it
    code, rows, _ = _cli(capsys, "review", "--store", str(other.path))
    (row,) = [r for r in rows if r["reason"] == "alias file"]
    assert (row["merge"], row["into"]) == ("Li", "Li Qiang")
    code, (report,), err = _cli(capsys, "merge", "--replay", "--store", str(other.path))
    assert code == 0 and report["found"] and "merged 1 of 1" in err
    assert LocalStore(other.path).snapshot() == LocalStore(store.path).snapshot()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "Blinken"], "give the actor to merge and the one to keep"),
        (["merge", "--replay", "Blinken"], "give NAME --into NAME, or --replay alone"),
        (["merge", "Nobody", "--into", "Blinken"], "no person or organization named 'Nobody'"),
        (["merge", "NATO", "--into", "Blinken"], "have different labels"),
        (["merge", "Wang Yi", "--into", "Wang Yi"], "one actor already"),
    ],
)
def test_merge_mistakes_are_one_line(store, capsys, args, message):
    code = main([*args, "--store", str(store.path)])
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert code == (0 if "already" in message else 1)
