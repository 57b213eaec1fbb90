"""A CLI that fits a terminal: every table within COLUMNS, long values cut with an ellipsis and
kept whole in json and csv; one --format set wherever rows are printed; options that would
cancel each other refused in one line."""

from __future__ import annotations

import json

import click
import pytest

from conftest import INGESTED_AT, ROOT, SEED_FACTS
from diplograph.cli import cli, main
from diplograph.cli.output import FORMATS, fit_widths, render_rows
from diplograph.graph import LocalStore
from diplograph.queries import list_queries

ARTICLES = ROOT / "examples" / "articles"
LONG = "The foreign minister said the talks had been constructive and would go on next month."


@pytest.fixture
def store(tmp_path, seed_facts) -> LocalStore:
    store = LocalStore(tmp_path / "graph.json")
    store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    return store


def _runs(store):
    """Every command that prints rows, with arguments that give it rows to print."""
    examples = {  # one value a parameter takes on the seed graph
        "actor": "Rubio",
        "a": "Rubio",
        "b": "Wang Yi",
        "summit": "APEC",
    }
    s = ["--store", str(store.path)]
    yield ["stats", *s]
    yield ["queries"]
    for spec in list_queries():
        params = []
        for param in spec.params:
            if param.required:
                params += ["-p", param.name, examples[param.name]]
        yield ["query", spec.name, *params, *s]
    yield ["extract", str(ARTICLES / sorted(p.name for p in ARTICLES.glob("*.txt"))[0])]
    yield ["load", str(SEED_FACTS), *s]
    yield ["ingest", str(ARTICLES), *s]


def test_every_table_fits_an_80_column_terminal(store, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    printed = 0
    for args in _runs(store):
        fmt = ["--format", "table"]
        assert main([*args, *fmt]) == 0, args
        out = capsys.readouterr().out
        printed += out.count("\n")
        for line in out.splitlines():
            assert len(line) <= 80, f"{' '.join(args)}: {line!r}"
    assert printed > 50  # the runs printed tables, not only "(no rows)"


def test_a_wide_table_gives_way_on_its_longest_columns():
    rows = [{"date": "2025-09-09", "type": "MET", "evidence": LONG, "source": "Marco Rubio"}]
    table = render_rows(rows, "table", width=60)
    head, _, line = table.splitlines()
    assert max(len(x) for x in table.splitlines()) <= 60
    assert "2025-09-09" in line and "Marco Rubio" in line and "…" in line  # evidence gave way
    wide = render_rows(rows, "table", width=200).splitlines()[2]
    assert LONG[:59] + "…" in wide  # no column wider than 60, even on a wide terminal
    assert LONG in render_rows(rows, "csv") and LONG in render_rows(rows, "json")


def test_too_many_columns_become_one_line_a_value():
    row = {f"column_{i}": f"value number {i}" for i in range(12)}
    text = render_rows([row, row], "table", width=40)
    assert max(len(x) for x in text.splitlines()) <= 40
    assert "column_11  value number 11" in text and text.count("\n\n") == 1  # two records


def test_fit_widths_never_goes_below_the_minimum():
    assert fit_widths([30, 30], [8, 8], 20) == [9, 9]
    assert fit_widths([30, 30, 30], [8, 8, 8], 20) is None
    assert fit_widths([3, 4], [8, 8], 20) == [3, 4]


def _row_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _row_commands(command, (*prefix, name))
        elif name != "export":  # export writes files for other tools, not rows
            for param in command.params:
                if param.name == "fmt":
                    yield (*prefix, name), param


def test_every_row_printing_command_takes_the_same_formats():
    seen = dict(_row_commands(cli))
    assert {"stats", "queries", "query", "cypher", "extract", "load", "import", "ingest"} <= {
        name[-1] for name in seen
    }
    for name, param in seen.items():
        choices = tuple(c for c in param.type.choices if c != "jsonl")  # extract's facts lines
        assert choices == FORMATS, name


def test_query_tables_show_article_titles_and_json_keeps_the_ids(store, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    args = [*"query between -p a Rubio -p b".split(), "Wang Yi", "--store", str(store.path)]
    assert main(args) == 0
    table = capsys.readouterr().out
    assert "U.S., China Step Up" in table and "sha256:" not in table
    assert main([*args, "--format", "json"]) == 0
    (row, *_) = json.loads(capsys.readouterr().out)
    assert row["articles"][0].startswith("sha256:") and row["titles"][0].startswith("U.S., China")


def test_extract_prints_csv_like_every_row_command(capsys):
    article = ARTICLES / sorted(p.name for p in ARTICLES.glob("*.txt"))[0]
    assert main(["extract", str(article), "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header == "type,status,source,target,date,evidence"


@pytest.mark.parametrize(
    "args, message",
    [
        (["viz", "--ego", "Rubio", "--query", "talked-to"], "--query and --ego each choose"),
        (["export", "--format", "json", "-p", "actor", "Rubio"], "-p gives a parameter"),
        (["viz", "--hops", "2"], "--hops says how far --ego reaches"),
        (["export", "--format", "json", "--no-officials"], "shape --ego: give --ego too"),
        (["export", "--format", "json", "--since", "2025-08", "--until", "2025-01"], "after"),
        (["query", "timeline", "-p", "since", "2025-08", "-p", "until", "2025-01"], "after"),
        (["export", "--format", "csv"], "give --out STEM"),
    ],
)
def test_conflicting_options_are_one_line_and_exit_1(store, capsys, args, message, tmp_path):
    page = tmp_path / "page.html"
    assert (
        main([*args, "--store", str(store.path)] + (["--out", str(page)] * (args[0] == "viz"))) == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert not page.exists()
