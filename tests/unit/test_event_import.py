"""Importing the real GDELT, ICEWS and PLOVER samples and a synthetic POLECAT file into the
embedded store: every row accounted for, re-imports create nothing, faulty input writes nothing."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from diplograph.cli import main
from diplograph.graph import InputError, InteractionType, LocalStore
from diplograph.loaders.events import Tally, import_events, parse_events
from diplograph.loaders.events.codes import plover_type
from event_samples import GDELT1, GDELT2, PLOVER, SAMPLES


def _data_rows(path: Path) -> int:
    lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    return len(lines) - (1 if path.suffix in (".tab", ".tsv") else 0)


@pytest.mark.parametrize("fmt, path", [p for p in SAMPLES if p.id != "plover"])
def test_every_tabular_row_is_an_event_a_skipped_code_or_an_unresolved_actor(fmt, path):
    tally = Tally()
    facts = list(parse_events(fmt, [str(path)], tally))
    assert tally.rows == _data_rows(path) and tally.problems == []
    accounted = tally.events + sum(tally.skipped_codes.values()) + sum(tally.unresolved.values())
    assert accounted == tally.rows and len(facts) == tally.events > 0
    assert all(f.record is not None and f.record.dataset == fmt for f in facts)


def test_the_plover_array_is_read_record_by_record():
    tally = Tally()
    facts = list(parse_events("plover", [str(PLOVER)], tally))
    records = json.loads(PLOVER.read_text("utf-8"))
    assert tally.rows == len(records) == 323 and tally.problems == []
    assert tally.skipped_codes["DOCUMENT"] == 1 and tally.skipped_codes["PROTEST"] == 27
    ids = {f.record.id for f in facts}
    assert ids <= {r["id"] for r in records} and len(facts) == tally.events
    # the gold standard's typo "JAP" is Japan
    japanese = [
        r["id"] for r in records if any(a.get("code") == "JAP" for a in r.get("source", []))
    ]
    assert any(f.source.key == "JPN" for f in facts if f.record.id in japanese) or not japanese


def test_gdelt_rows_keep_their_codes_scores_and_article():
    facts = list(parse_events("gdelt", [str(GDELT2)], Tally()))
    row = next(
        line.split("\t")
        for line in GDELT2.read_text("utf-8").splitlines()
        if line.split("\t")[0] == facts[0].record.id
    )
    fact = facts[0]
    assert fact.record.code == row[26] and fact.record.goldstein == float(row[30])
    assert fact.record.mentions == int(row[31]) and fact.record.articles == int(row[33])
    assert fact.document.url == row[60] and fact.date == f"{row[1][:4]}-{row[1][4:6]}-{row[1][6:]}"


@pytest.mark.parametrize("fmt, path", SAMPLES)
def test_a_second_import_creates_nothing(fmt, path, tmp_path):
    store = LocalStore(tmp_path / "g.json")
    first = import_events(store, fmt, [str(path)], ingested_at="2026-01-01T00:00:00+00:00")
    before = store.snapshot()
    again = import_events(store, fmt, [str(path)], ingested_at="2026-02-01T00:00:00+00:00")
    assert first.report.relationships_created > 0
    assert (again.report.nodes_created, again.report.relationships_created) == (0, 0)
    assert store.snapshot() == before


def test_an_input_larger_than_a_batch_is_read_again_to_the_same_graph(tmp_path):
    whole, batched = LocalStore(tmp_path / "whole.json"), LocalStore(tmp_path / "batched.json")
    at = "2026-01-01T00:00:00+00:00"
    one = import_events(whole, "gdelt", [str(GDELT2)], ingested_at=at)  # one batch: kept
    many = import_events(batched, "gdelt", [str(GDELT2)], ingested_at=at, batch_size=3)
    assert one.report.interactions > 3
    assert one.report == many.report and whole.snapshot() == batched.snapshot()


def test_zip_gzip_folder_and_stdin_give_the_same_graph(tmp_path, monkeypatch):
    plain = LocalStore(tmp_path / "plain.json")
    import_events(plain, "gdelt", [str(GDELT2)], ingested_at="t")
    zipped = tmp_path / "in" / "day.export.CSV.zip"
    zipped.parent.mkdir()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(GDELT2, "day.export.CSV")
    for name, paths in (("zip", [str(zipped)]), ("folder", [str(zipped.parent)])):
        other = LocalStore(tmp_path / f"{name}.json")
        import_events(other, "gdelt", paths, ingested_at="t")
        assert other.snapshot() == plain.snapshot(), name
    gz = tmp_path / "day.csv.gz"
    gz.write_bytes(gzip.compress(GDELT2.read_bytes()))
    other = LocalStore(tmp_path / "gz.json")
    import_events(other, "gdelt", [str(gz)], ingested_at="t")
    assert other.snapshot() == plain.snapshot()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(GDELT2.read_bytes())))
    other = LocalStore(tmp_path / "stdin.json")
    import_events(other, "gdelt", ["-"], ingested_at="t")
    assert other.snapshot() == plain.snapshot()


def _faulty(tmp_path: Path, change) -> Path:
    """The sample with its first row that becomes an interaction changed, as line 41."""
    lines = GDELT2.read_bytes().split(b"\n")
    first = next(parse_events("gdelt", [str(GDELT2)], Tally())).record.id.encode()
    at = next(i for i, line in enumerate(lines) if line.split(b"\t")[0] == first)
    lines.insert(40, change(lines.pop(at)))
    path = tmp_path / "faulty.csv"
    path.write_bytes(b"\n".join(lines))
    return path


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda line: b"\t".join(line.split(b"\t")[:30]), "41: (line): 30 columns, expected 61"),
        (
            lambda line: line.replace(line.split(b"\t")[1], b"20141399", 1),
            "41: SQLDATE: '20141399'",
        ),
        (lambda line: line.replace(b"\t", b"\t\xff", 1), "41: (line): not UTF-8 text"),
        (lambda line: line.replace(line.split(b"\t")[30], b"ten", 1), "41: GoldsteinScale: 'ten'"),
    ],
)
def test_a_faulty_row_names_file_line_and_column_and_writes_nothing(tmp_path, change, message):
    path = _faulty(tmp_path, change)
    store = LocalStore(tmp_path / "g.json")
    with pytest.raises(InputError) as error:
        import_events(store, "gdelt", [str(GDELT2), str(path)])
    assert f"{path}:{message}" in str(error.value)
    assert not (tmp_path / "g.json").exists()


def test_skip_invalid_writes_the_valid_rows(tmp_path):
    path = _faulty(tmp_path, lambda line: b"\t".join(line.split(b"\t")[:30]))
    store = LocalStore(tmp_path / "g.json")
    result = import_events(store, "gdelt", [str(path)], skip_invalid=True)
    assert len(result.tally.problems) == 1 and result.report.relationships_created > 0


def test_a_truncated_zip_is_refused_and_writes_nothing(tmp_path):
    zipped = tmp_path / "day.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(GDELT2, "day.export.CSV")
    data = zipped.read_bytes()
    for cut, piece in (("tail", data[: len(data) // 2]), ("body", data[:60] + data[200:])):
        bad = tmp_path / f"{cut}.zip"
        bad.write_bytes(piece)
        with pytest.raises(InputError, match="truncated or damaged"):
            import_events(LocalStore(tmp_path / "g.json"), "gdelt", [str(bad)])
    assert not (tmp_path / "g.json").exists()


def test_a_wrong_format_is_named(tmp_path):
    with pytest.raises(
        InputError, match=r"events1.csv:1: \(line\): 57 columns, expected 61 \(a GDELT 1.0 row\)"
    ):
        import_events(LocalStore(tmp_path / "g.json"), "gdelt", [str(GDELT1)])


def test_the_command_prints_counts_and_skipped_codes(tmp_path, capsys):
    store = str(tmp_path / "g.json")
    assert main(["import", "gdelt", str(GDELT2), "--store", store, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    row = json.loads(out)[0]
    tally = Tally()
    list(parse_events("gdelt", [str(GDELT2)], tally))
    assert row["rows"] == tally.rows and row["events"] == tally.events
    assert row["skipped_by_code"] == dict(sorted(tally.skipped_codes.items()))
    assert row["unresolved_by_reason"] == dict(sorted(tally.unresolved.items()))
    assert "codes outside the diplomatic range: 010 " in err and "Traceback" not in err
    assert main(["import", "gdelt", str(GDELT2), "--store", store, "--format", "json"]) == 0
    again = json.loads(capsys.readouterr()[0])[0]
    assert (again["nodes_created"], again["relationships_created"]) == (0, 0)


def test_the_command_reports_a_missing_file_in_one_line(tmp_path, capsys):
    assert (
        main(["import", "icews", str(tmp_path / "nope.tab"), "--store", str(tmp_path / "g")]) == 1
    )
    err = capsys.readouterr()[1]
    assert err.strip() == f"diplograph: error: {tmp_path / 'nope.tab'}: no such file or folder"


def _as_plover_keeps_them(store) -> set[tuple]:
    """The graph's interactions between states, each as the type its PLOVER category and mode
    stand for (a hosted visit is the visitor's visit; AGREED is SUPPORT, so PRAISED)."""
    out = set()
    for rel, src_label, src, tgt_label, tgt, props in store.snapshot()["relationships"]:
        if src_label == tgt_label == "State" and rel in InteractionType.__members__:
            codes = InteractionType(rel).codes
            kept = plover_type(codes.plover, codes.plover_mode).type.value
            if rel == "HOSTED":
                src, tgt = tgt, src
            if InteractionType(kept).symmetric:
                src, tgt = sorted((src, tgt))
            out.add((kept, src, tgt, props.get("date")))
    return out


def test_a_plover_export_imports_back_to_the_same_interactions(tmp_path, capsys):
    first = str(tmp_path / "first.json")
    for fmt, path in (("gdelt", GDELT2), ("plover", PLOVER)):
        assert main(["import", fmt, str(path), "--store", first, "-q"]) == 0
    exported = tmp_path / "out.jsonl"
    assert main(["export", "--format", "plover", "--store", first, "--out", str(exported)]) == 0
    records = [json.loads(line) for line in exported.read_text("utf-8").splitlines()]
    assert records and all(r["event"] and r["actor"] and r["recipient"] for r in records)
    second = str(tmp_path / "second.json")
    assert main(["import", "plover", str(exported), "--store", second, "-q"]) == 0
    capsys.readouterr()
    before = _as_plover_keeps_them(LocalStore(first))
    after = _as_plover_keeps_them(LocalStore(second))
    assert before and before == after


@pytest.mark.parametrize("command", ["import gdelt", "load"])
def test_bulk_is_refused_for_a_server_it_cannot_reach_the_files_of(command, tmp_path, capsys):
    source = (
        str(GDELT2) if command.startswith("import") else str(ROOT / "examples" / "seed_facts.jsonl")
    )
    args = [*command.split(), source, "--bulk", "--store", "bolt://db.example.org:7687"]
    assert main(args) == 1
    err = capsys.readouterr()[1]
    assert err.startswith("diplograph: error: --bulk runs neo4j-admin on the server diplograph")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "fmt, text",
    [
        ("gdelt", ""),
        ("gdelt", "\n\n"),
        ("icews", "Event ID\tEvent Date\tSource Name\tSource Country\tCAMEO Code\tTarget Name\n"),
    ],
)
def test_an_input_with_no_row_is_refused_and_writes_nothing(tmp_path, fmt, text):
    empty = tmp_path / "empty.tab"
    empty.write_text(text, "utf-8")
    with pytest.raises(InputError, match=r"empty.tab: no rows: the file is empty"):
        import_events(LocalStore(tmp_path / "g.json"), fmt, [str(empty)])
    assert not (tmp_path / "g.json").exists()
