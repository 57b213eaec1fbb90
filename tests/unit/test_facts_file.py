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
