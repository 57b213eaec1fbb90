import json

import pytest

from conftest import INGESTED_AT
from diplograph.cli import main
from diplograph.graph import QueryError
from diplograph.views import render_html, select_graph
from diplograph.views.page import json_for_script, layout, merge_parallel


@pytest.fixture
def seeded(local_store, seed_facts):
    local_store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    return local_store


def test_json_for_script_cannot_close_the_block():
    text = json_for_script({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_page_is_self_contained_and_escapes_everything():
    html = render_html(
        [{"id": "x", "label": "</script><b>", "kind": "person"}],
        [],
        heading="<img src=x onerror=alert(1)>",
        note="__VIS_JS__",
    )
    assert "<img src=x" not in html and "</script><b>" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    for tag in ("<script src=", "<link "):
        assert tag not in html
    assert html.count("__VIS_JS__") == 1  # the note's copy, escaped as data, not replaced


def test_parallel_interactions_merge_with_count():
    edges = [
        {
            "id": str(i),
            "from": "a",
            "to": "b",
            "type": "MET",
            "status": "actual",
            "date": d,
            "evidence": [f"s{i}"],
            "articles": [],
        }
        for i, d in enumerate(["2025-01", "2024-05", "2025-03"])
    ]
    (merged,) = merge_parallel(edges)
    assert merged["count"] == 3 and merged["date"] == "2024-05 to 2025-03"
    assert merged["evidence"] == ["s0", "s1", "s2"]


def test_layout_is_deterministic_and_spread():
    nodes = [{"id": f"n{i}"} for i in range(400)]
    edges = [{"from": f"n{i}", "to": f"n{(i * 7) % 400}"} for i in range(400)]
    first, second = layout(nodes, edges), layout(nodes, edges)
    assert first == second and len({p for p in first.values()}) == 400


def test_selections(seeded):
    whole = select_graph(seeded)
    assert {n["label"] for n in whole.nodes} >= {"Marco Rubio", "Wang Yi", "Donald Trump"}
    ego = select_graph(seeded, ego="Rubio", hops=1)
    assert {n["label"] for n in ego.nodes} == {"Marco Rubio", "Wang Yi"}
    between = select_graph(seeded, query="between", params={"a": "Rubio", "b": "Wang Yi"})
    assert sorted(e["type"] for e in between.edges) == ["CALLED", "MET"]
    accused = select_graph(seeded, types="ACCUSED")
    assert {e["type"] for e in accused.edges} == {"ACCUSED"} and len(accused.edges) == 3
    planned = select_graph(seeded, statuses=["planned"])
    assert {e["status"] for e in planned.edges} == {"planned"}
    july = select_graph(seeded, since="2025-07", until="2025-07")
    assert [e["type"] for e in july.edges] == ["MET"]
    capped = select_graph(seeded, max_nodes=3)
    assert len(capped.nodes) == 3 and capped.dropped_nodes == len(whole.nodes) - 3
    assert "Showing the 3 actors" in capped.note
    with pytest.raises(QueryError):
        select_graph(seeded, types="HUG")


def test_cli_viz_and_export(seeded, tmp_path, capsys):
    out = tmp_path / "page.html"
    assert (
        main(
            [
                "viz",
                "--store",
                str(seeded.path),
                "--ego",
                "Wang Yi",
                "--hops",
                "2",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith(f"wrote {out} (")  # a message
    assert "around Wang Yi (2 hops)" in out.read_text()
    assert (
        main(["export", "--store", str(seeded.path), "--format", "json", "--type", "CALLED"]) == 0
    )
    assert len(json.loads(capsys.readouterr().out)["edges"]) == 2
    assert (
        main(
            [
                "viz",
                "--store",
                str(seeded.path),
                "--query",
                "talked-to",
                "-p",
                "actor",
                "Nobody",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "no actor named 'Nobody'" in capsys.readouterr().err
