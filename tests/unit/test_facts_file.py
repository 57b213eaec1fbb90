import json

import pytest

from diplograph.graph import InputError
from diplograph.loaders import load_facts, parse_facts

GOOD = json.dumps(
    {
        "type": "MET",
        "source": {"kind": "state", "code": "USA"},
        "target": {"kind": "state", "code": "CHN"},
    }
)


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "{not json",
            "f.jsonl:2: (line): invalid JSON: Expecting property name enclosed in double "
            "quotes at column 2",
        ),
        (
            '{"type": "MET", "source": {"kind": "state", "code": "USA"}, "mood": 1}',
            "f.jsonl:2: mood: unknown field",
        ),
        (
            '{"type": "HUGGED", "source": {"kind": "state", "code": "USA"}}',
            "f.jsonl:2: type: unknown value 'HUGGED'",
        ),
        (
            '{"type": "MET", "target": {"kind": "state", "code": "USA"}}',
            "f.jsonl:2: source: missing",
        ),
        ('{"type": "MET", "source": {"kind": "person"}}', "f.jsonl:2: source.name: missing"),
        ("[1, 2]", "f.jsonl:2: (line): expected a JSON object"),
    ],
)
def test_one_bad_line_names_file_line_and_field(line, expected):
    with pytest.raises(InputError) as info:
        parse_facts([GOOD, line, GOOD], name="f.jsonl")
    assert len(info.value.problems) == 1
    assert info.value.problems[0].startswith(expected)


def test_skip_invalid_keeps_the_good_lines():
    parsed = parse_facts([GOOD, "{", "", GOOD], name="f", skip_invalid=True)
    assert len(parsed.facts) == 2
    assert parsed.problems == [
        "f:2: (line): invalid JSON: Expecting property name enclosed in double quotes at column 2"
    ]


def test_bad_file_writes_nothing(tmp_path, local_store):
    path = tmp_path / "facts.jsonl"
    path.write_text(GOOD + "\n{oops\n")
    with pytest.raises(InputError, match="facts.jsonl:2"):
        load_facts(local_store, path)
    assert local_store.stats() == {"nodes": {}, "relationships": {}}
    assert not local_store.path.exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe\x00bad", r"facts.jsonl:1: \(line\): not UTF-8 text"),
        (None, "no such file"),
    ],
)
def test_unreadable_files(tmp_path, local_store, content, message):
    path = tmp_path / "facts.jsonl"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_facts(local_store, path)


def test_empty_file_loads_nothing(tmp_path, local_store):
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    result = load_facts(local_store, path)
    assert result.report.interactions == 0 and result.report.nodes_created == 0
    assert not local_store.path.exists(), "an empty input writes no store file"


def test_lines_end_at_newline_only(tmp_path, local_store):
    """U+2028, U+2029 and U+0085 are text inside a JSON string, not line ends."""
    rows = [
        json.loads(GOOD)
        | {"evidence": f"Talks {i}\u2028went\u2029on\u0085.", "date": f"2025-01-{i:02d}"}
        for i in range(1, 29)
    ]
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in rows) + "{bad\n")
    with pytest.raises(InputError) as info:
        load_facts(local_store, path)
    assert info.value.problems[0].startswith(f"{path}:29: (line): invalid JSON")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    assert load_facts(local_store, path).report.interactions == 28


@pytest.mark.parametrize(
    "line, expected",
    [
        pytest.param("[" * 50_000, "f:1: (line): invalid JSON: nested too deep", id="deep"),
        pytest.param(
            '{"type": ' + "7" * 5000 + "}", "f:1: (line): invalid JSON: Exceeds", id="int"
        ),
        pytest.param(
            json.dumps(json.loads(GOOD) | {"type": "X" * 500_000}),
            "f:1: type: unknown value 'XXXX",
            id="huge-value",
        ),
    ],
)
def test_hostile_lines_give_one_short_line(line, expected):
    with pytest.raises(InputError) as info:
        parse_facts([line], name="f")
    (problem,) = info.value.problems
    assert problem.startswith(expected)
    assert len(problem) < 300


def test_a_line_without_end_is_refused_after_a_mebibyte(tmp_path, local_store):
    path = tmp_path / "facts.jsonl"
    path.write_bytes(b"\0" * (3 << 20))
    with pytest.raises(InputError, match=r"facts.jsonl:1: \(line\): longer than 1 MiB"):
        load_facts(local_store, path)
