import json

import click
import pytest

from conftest import SEED_FACTS
from diplograph.cli import cli, main


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))


@pytest.mark.parametrize(
    "path, command", list(_commands(cli)), ids=lambda x: " ".join(x) if isinstance(x, tuple) else ""
)
def test_every_command_has_help_ending_with_an_example(path, command):
    assert command.help, f"{' '.join(path)} has no help"
    assert "Example:" in command.help.split("\n\n")[-1], f"{' '.join(path)} help ends without one"


def test_load_then_stats(tmp_path, capsys):
    store = str(tmp_path / "g.json")
    assert main(["load", str(SEED_FACTS), "--store", store, "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["interactions"], row["nodes_created"], row["relationships_created"]) == (15, 18, 25)
    assert main(["load", str(SEED_FACTS), "--store", store, "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["nodes_created"], row["relationships_created"]) == (0, 0)
    assert main(["stats", "--store", store, "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "kind,name,count" and "relationship,CALLED,2" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["load", "nope.jsonl"], "diplograph: error: nope.jsonl: no such file"),
        (["load"], "diplograph: error: Missing argument 'FILE'."),
        (["stats", "--format", "xml"], "diplograph: error: Invalid value for '--format'"),
        (["frobnicate"], "diplograph: error: No such command 'frobnicate'."),
    ],
)
def test_user_errors_are_one_line_and_exit_1(tmp_path, capsys, args, message):
    assert (
        main(
            args
            + (
                ["--store", str(tmp_path / "g.json")]
                if args[0] != "frobnicate" and len(args) > 1
                else []
            )
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert "Traceback" not in err


def test_bad_line_exits_1_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    good = SEED_FACTS.read_text().splitlines()
    bad.write_text("\n".join(good[:3] + ['{"type": "MET", "source": null}'] + good[3:]))
    store = tmp_path / "g.json"
    assert main(["load", str(bad), "--store", str(store)]) == 1
    assert capsys.readouterr().err == f"diplograph: error: {bad}:4: source: expected an object\n"
    assert not store.exists()
    assert (
        main(["load", str(bad), "--store", str(store), "--skip-invalid", "--format", "json"]) == 0
    )
    captured = capsys.readouterr()
    assert json.loads(captured.out)[0]["skipped"] == 1
    assert f"skipped {bad}:4: source" in captured.err


def test_schema_prints_json(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "diplograph interaction"


def test_unreachable_neo4j_is_one_line(capsys):
    assert main(["stats", "--store", "bolt://127.0.0.1:1"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "diplograph: error: Cannot reach Neo4j at bolt://127.0.0.1:1. Start it with "
        "`docker compose up -d --wait` or `diplograph neo4j start`, or set NEO4J_URI.\n"
    )


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(["stats"], "No graph file at ", id="stats-on-a-missing-file"),
        pytest.param(["query", "top-actors"], "No graph file at ", id="query-on-a-missing-file"),
        pytest.param(["export", "--format", "json"], "No graph file at ", id="export-missing"),
        pytest.param(["stats", "--store", "bolt://[::1"], "Bad Neo4j URI", id="malformed-uri"),
        pytest.param(["stats", "--store", "bolt://h:99999"], "Bad Neo4j URI", id="port-range"),
        pytest.param(
            ["stats", "--store", "bolt://neo4j:hunter22@127.0.0.1:1"],
            "The Neo4j URI bolt://127.0.0.1:1 carries a password",
            id="password-in-uri",
        ),
    ],
)
def test_store_faults_are_one_line(tmp_path, capsys, args, message):
    if "--store" not in args:
        args = [*args, "--store", str(tmp_path / "typo.json")]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("diplograph: error: " + message) and err.count("\n") == 1
    assert "hunter22" not in err
    assert not (tmp_path / "typo.json").exists()


def test_closed_stdin_and_full_output_are_one_line(tmp_path):
    import subprocess
    import sys

    command = [sys.executable, "-m", "diplograph.cli"]
    closed = subprocess.run(
        [*command, "load", "-", "--store", str(tmp_path / "g.json")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        preexec_fn=lambda: __import__("os").close(0),
    )
    assert (closed.returncode, closed.stderr) == (
        1,
        "diplograph: error: <stdin>: standard input is closed\n",
    )
    with open("/dev/full", "w") as full:
        done = subprocess.run([*command, "schema"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 1
    assert done.stderr.endswith("cannot write the output: No space left on device\n")


def test_driver_notices_are_one_line(capsys):
    import logging

    from diplograph.cli.app import _quiet_driver_logs

    _quiet_driver_logs()
    logging.getLogger("neo4j.pool").warning(
        "Transaction failed and will be retried in %ss (%s)", 1.1, "Neo.Transient\nline two\nthree"
    )
    err = capsys.readouterr().err
    assert err == (
        "diplograph: Neo4j: Transaction failed and will be retried in 1.1s "
        "(Neo.Transient line two three)\n"
    )
