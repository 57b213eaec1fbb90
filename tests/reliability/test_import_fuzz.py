"""Hostile rows into every event-data importer: counted, or refused as FILE:LINE problems, never
another exception, and never a write from a refused file."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.graph import InputError, LocalStore
from diplograph.loaders.events import FORMATS, Tally, import_events
from event_samples import GDELT1, GDELT2, POLECAT

pytestmark = pytest.mark.reliability

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Real rows cut, joined and spliced with hostile fields, so the fuzz reaches every column.
ROWS = [
    line for path in (GDELT2, GDELT1) for line in path.read_text("utf-8").splitlines()[:20] if line
] + POLECAT.read_text("utf-8").splitlines()
FIELDS = st.sampled_from(
    [
        "",
        " ",
        "NA",
        "None",
        "0",
        "-1",
        "99999999999999999999",
        "nan",
        "inf",
        "20250230",
        "042",
        "\x00",
        "\u2028",
        "|Person:X",
        "é",
        '{"id": 1}',
        "[",
        "1/2/2018",
        "2018-13-01",
        "IGO",
        "***",
    ]
) | st.text(max_size=12)


@st.composite
def mutated_rows(draw) -> str:
    row = draw(st.sampled_from(ROWS)).split("\t")
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, max(len(row) - 1, 0)))
        row[at] = draw(FIELDS)
    if draw(st.booleans()):
        row = row[: draw(st.integers(0, len(row)))]
    return "\t".join(row)


PLOVER_LINES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                ["id", "date", "actor", "recipient", "event", "mode", "code", "sector"]
            ),
            inner,
            max_size=6,
        )
    ),
    max_leaves=12,
).map(json.dumps)


@SETTINGS
@given(
    fmt=st.sampled_from(sorted(FORMATS)),
    lines=st.lists(mutated_rows() | PLOVER_LINES | st.text(max_size=30), min_size=1, max_size=8),
)
def test_hostile_rows_are_counted_or_refused_never_a_traceback(tmp_path_factory, fmt, lines):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "in.txt"
    path.write_text("\n".join(lines), "utf-8", errors="surrogatepass")
    store = LocalStore(folder / "g.json")
    try:
        result = import_events(store, fmt, [str(path)])
    except InputError as e:
        assert not (folder / "g.json").exists()
        for problem in e.problems:
            assert problem.startswith(f"{path}") and "\n" not in problem and len(problem) < 600
        return
    tally: Tally = result.tally
    assert tally.problems == [] and result.report.interactions == tally.events


@SETTINGS
@given(fmt=st.sampled_from(sorted(FORMATS)), data=st.binary(max_size=400))
def test_arbitrary_bytes_are_refused_in_one_line_or_read(tmp_path_factory, fmt, data):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / (
        "in.zip" if data[:2] == b"PK" else "in.gz" if data[:2] == b"\x1f\x8b" else "in"
    )
    path.write_bytes(data)
    try:
        import_events(LocalStore(folder / "g.json"), fmt, [str(path)])
    except InputError as e:
        assert not (folder / "g.json").exists()
        assert all("\n" not in p and p.startswith(str(path)) for p in e.problems)
