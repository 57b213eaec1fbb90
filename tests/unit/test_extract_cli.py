import json

import pytest

from conftest import ROOT
from diplograph.cli import main

ARTICLES = ROOT / "examples" / "articles"
REQUIRED = {"type", "source", "target", "status", "date", "date_text", "evidence", "document"}


def test_extract_jsonl_is_the_facts_format(tmp_path, capsys):
    assert main(["extract", str(ARTICLES / "001.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [json.loads(line) for line in lines]
    assert rows and all(REQUIRED <= set(row) for row in rows)
    met = next(r for r in rows if r["type"] == "MET")
    assert (met["source"]["name"], met["target"]["name"], met["date"]) == (
        "Marco Rubio",
        "Johann Wadephul",
        "2025-05-28",
    )
    facts = tmp_path / "facts.jsonl"
    facts.write_text("\n".join(lines))
    assert main(["load", str(facts), "--store", str(tmp_path / "g.json")]) == 0


def test_ingest_twice_changes_nothing(tmp_path, capsys):
    store = str(tmp_path / "g.json")
    assert main(["ingest", str(ARTICLES), "--store", store, "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert first["documents"] == 6 and first["relationships_created"] > 10
    assert main(["ingest", str(ARTICLES), "--store", store, "--format", "json"]) == 0
    second = json.loads(capsys.readouterr().out)[0]
    assert (second["documents"], second["skipped"], second["relationships_created"]) == (0, 6, 0)
    assert (
        main(["query", "talked-to", "-p", "actor", "Rubio", "--store", store, "--format", "json"])
        == 0
    )
    assert "Johann Wadephul" in {r["counterpart"] for r in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\x00\x01\x02binary", "a binary file, not text or HTML"),
        (b"caf\xe9 au lait", "bad.txt:1: not UTF-8 text"),
    ],
)
def test_bad_files_are_one_line_and_write_nothing(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = ARTICLES / "001.txt"
    store = tmp_path / "g.json"
    assert main(["ingest", str(good), str(bad), "--store", str(store)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1
    assert not store.exists()


def test_a_50_mb_file_is_refused_quickly(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.seek(50 * 1024 * 1024)
        f.write(b"x")
    assert main(["extract", str(big)]) == 1
    assert "50.0 MiB is more than one article" in capsys.readouterr().err


def test_empty_file_gives_no_facts(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["extract", str(empty)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "empty, no interactions" in captured.err


def test_ingest_says_which_file_was_empty_and_writes_nothing(tmp_path, capsys):
    empty, store = tmp_path / "blank.txt", tmp_path / "g.json"
    empty.write_text("  \n\n")
    assert main(["ingest", str(empty), "--store", str(store), "--format", "json", "-q"]) == 0
    captured = capsys.readouterr()
    assert captured.err.strip() == f"{empty}: empty, no interactions"
    assert json.loads(captured.out)[0]["interactions"] == 0 and not store.exists()


def test_html_main_text_and_scripts(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks</title><meta name='date' content='2025-07-11'></head><body>"
        "<nav>Home | World</nav><article><h1>Talks</h1><p>Secretary of State Marco Rubio met "
        "Foreign Minister Wang Yi on Friday.</p><script>alert('x')</script>"
        "<p>They discussed trade.</p></article><footer>(c) Example</footer></body></html>"
    )
    assert main(["extract", str(page)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    # "They discussed" goes on about the meeting, so it takes the meeting's date
    assert [(r["type"], r["date"]) for r in rows] == [
        ("MET", "2025-07-11"),
        ("DISCUSSED", "2025-07-11"),
    ]
    assert all("alert" not in r["evidence"] for r in rows)
    assert rows[0]["document"]["title"] == "Talks"


def test_missing_file_and_bad_date(capsys):
    assert main(["extract", "nope.txt"]) == 1
    assert capsys.readouterr().err == "diplograph: error: nope.txt: no such file\n"
    assert main(["extract", str(ARTICLES / "001.txt"), "--published", "May 5"]) == 1
    assert "is not a date YYYY-MM-DD" in capsys.readouterr().err
