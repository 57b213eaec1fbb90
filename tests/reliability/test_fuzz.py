"""Arbitrary bytes into every reader: a user error (InputError) or a result, never another
exception, and never a write from a refused input."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.graph import InputError, LocalStore
from diplograph.loaders import load_facts, parse_article, parse_facts

pytestmark = pytest.mark.reliability

# JSON-ish text: fragments of facts lines, so the fuzz reaches validation, not only the decoder
FRAGMENTS = st.sampled_from(
    [
        '{"type": "MET", ',
        '"source": {"kind": "state", "code": "USA"}, ',
        '"target": {"kind": "person", "name": ',
        '"date": "2025-01-0',
        '"\u2028"',
        "[[[[[[",
        "}",
        "9" * 50,
        '"\x00"',
        '"|Person:"',
        "\n",
        "\r\n",
        ", ",
        "null",
    ]
)
LINES = st.lists(FRAGMENTS | st.text(max_size=20), max_size=12).map("".join)

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(text=LINES)
def test_facts_lines_give_facts_or_an_input_error(text):
    try:
        parsed = parse_facts(text.split("\n"), name="f", skip_invalid=True)
    except InputError:
        return
    for problem in parsed.problems:
        assert problem.startswith("f:") and "\n" not in problem and len(problem) < 400
    for fact in parsed.facts:
        json.dumps(fact.model_dump(mode="json"))


@SETTINGS
@given(data=st.binary(max_size=300) | LINES.map(str.encode))
def test_a_refused_facts_file_writes_nothing(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "facts.jsonl"
    path.write_bytes(data)
    store = LocalStore(folder / "g.json")
    try:
        load_facts(store, path)
    except InputError:
        assert not (folder / "g.json").exists()


@settings(max_examples=60, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "President Macron met ",
                "Chancellor Scholz ",
                "the talks between ",
                " and ",
                "on Monday. ",
                "\u2028",
                "said he had agreed to visit ",
                "<b>",
                "Wang Yi: ",
                "did not call ",
            ]
        )
        | st.text(max_size=15),
        max_size=10,
    ).map("".join)
)
def test_articles_give_facts_never_an_exception(text):
    for fact in parse_article(text, published="2025-06-01").facts:
        assert fact.evidence is None or len(fact.evidence) <= 10_000
