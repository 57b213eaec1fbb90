"""The interactive page in a real Chromium: it draws, filters, searches, stays offline, and no
text from a document can run script in it."""

import json
from pathlib import Path

import pytest

from conftest import INGESTED_AT, ROOT
from diplograph.graph import Interaction, LocalStore, render_html
from diplograph.queries import select_graph

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "out" / "screenshots"


@pytest.fixture
def seed_page(tmp_path, seed_facts):
    store = LocalStore(tmp_path / "g.json")
    store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    chosen = select_graph(store)
    path = tmp_path / "seed.html"
    path.write_text(render_html(chosen.nodes, chosen.edges, heading="Seed article"))
    return path, chosen


def _open(page, path):
    page.goto(Path(path).as_uri())
    page.wait_for_function("window.network !== undefined")


def test_seed_graph_draws_offline_with_legend_filters_search(page, seed_page):
    path, chosen = seed_page
    _open(page, path)
    assert page.evaluate("network.body.data.nodes.length") == len(chosen.nodes) == 13
    drawn_edges = page.evaluate("network.body.data.edges.length")
    assert drawn_edges == page.evaluate("diplograph.data.edges.length")
    types = page.eval_on_selector_all("#types input", "els => els.map(e => e.dataset.value)")
    assert "ACCUSED" in types and "CALLED" in types
    accused = page.evaluate("diplograph.data.edges.filter(e => e.type === 'ACCUSED').length")
    page.click("#types input[data-value='ACCUSED']")
    hidden = page.evaluate("diplograph.edges.get({filter: e => e.hidden}).length")
    assert hidden == accused == 3
    page.click("#types input[data-value='ACCUSED']")
    assert page.evaluate("diplograph.edges.get({filter: e => e.hidden}).length") == 0
    page.click("#kinds input[data-value='summit']")
    assert page.evaluate("diplograph.nodes.get({filter: n => n.hidden}).length") == 2
    page.click("#kinds input[data-value='summit']")
    page.fill("#search", "wang")
    page.press("#search", "Enter")
    assert page.inner_text("#results") == "Wang Yi · person"
    assert page.evaluate("network.getSelectedNodes()") == ["Person:Wang Yi"]
    assert page.inner_text("#timeline").count("2025-09") >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(SCREENSHOTS / "seed-graph.png"))
    page.locator("#timeline").screenshot(path=str(SCREENSHOTS / "seed-timeline.png"))
    assert all(url.startswith("file://") for url in page.requests), page.requests
    assert page.errors == []


PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=2">',
    "javascript:window.__xss=3",
    '<a href="javascript:window.__xss=4">click</a>',
    '"><svg onload=window.__xss=5>',
    "</script><script>window.__xss=6</script>",
    "__DATA__ __VIS_JS__ __NONCE__ \u2028",
]


def _nasty_facts():
    facts = []
    for i, payload in enumerate(PAYLOADS):
        facts.append(
            Interaction.model_validate(
                {
                    "type": "ACCUSED" if i % 2 else "MET",
                    "source": {
                        "kind": "person",
                        "name": f"A{i} {payload}",
                        "title": payload,
                        "aliases": [payload],
                    },
                    "target": {"kind": "organization", "name": f"O{i} {payload}"},
                    "evidence": payload,
                    "topic": payload,
                    "date_text": payload,
                    "document": {"id": f"doc-{i}", "title": payload, "url": "javascript:alert(1)"},
                }
            )
        )
    return facts


def test_document_text_never_runs_in_the_page(page, tmp_path):
    store = LocalStore(tmp_path / "g.json")
    store.write_facts(_nasty_facts(), ingested_at=INGESTED_AT)
    chosen = select_graph(store)
    path = tmp_path / "xss.html"
    path.write_text(
        render_html(chosen.nodes, chosen.edges, heading=PAYLOADS[1] + PAYLOADS[0], note=PAYLOADS[3])
    )
    _open(page, path)
    assert page.evaluate("network.body.data.nodes.length") == 2 * len(PAYLOADS)
    assert page.inner_text("#heading") == PAYLOADS[1] + PAYLOADS[0]
    positions = page.evaluate("""() => {
        const out = [];
        for (const id of network.body.data.nodes.getIds()) {
            const p = network.canvasToDOM(network.getPosition(id)); out.push([p.x, p.y]);
        }
        return out;
    }""")
    box = page.locator("#network").bounding_box()
    for x, y in positions:  # hover every node: its tooltip shows
        page.mouse.move(box["x"] + x, box["y"] + y)
        page.wait_for_timeout(120)
    edge_points = page.evaluate("""() => network.body.data.edges.getIds().map(id => {
        const e = network.body.edges[id];
        const a = network.canvasToDOM({x: e.from.x, y: e.from.y});
        const b = network.canvasToDOM({x: e.to.x, y: e.to.y});
        return [(a.x + b.x) / 2, (a.y + b.y) / 2];
    })""")
    for x, y in edge_points:  # and every edge
        page.mouse.move(box["x"] + x, box["y"] + y)
        page.wait_for_timeout(120)
    for payload in PAYLOADS:  # search for each payload: results are text
        page.fill("#search", payload[:12])
        page.press("#search", "Enter")
    page.click("#types input[data-value='MET']")
    page.click("#types input[data-value='MET']")
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('img, svg[onload], a[href]').length") == 0
    assert all(url.startswith("file://") for url in page.requests), page.requests
    assert page.errors == []
    data = json.loads(page.evaluate("document.getElementById('graph-data').textContent"))
    assert any(PAYLOADS[5] in n["label"] for n in data["nodes"])


def test_a_selection_draws_inline_as_a_notebook_shows_it(page, seed_page, tmp_path):
    """What Jupyter does with ``_repr_html_``: the markup goes into the notebook page; the graph
    must draw inside the sandboxed frame, and its script must not reach the host page."""
    _, chosen = seed_page
    host = tmp_path / "notebook.html"
    host.write_text(
        f'<!doctype html><html><body><p id="host">notebook</p>{chosen._repr_html_()}</body></html>',
        encoding="utf-8",
    )
    page.goto(host.as_uri())
    frame = page.frames[1]
    frame.wait_for_function("window.network !== undefined")
    assert frame.evaluate("network.body.data.nodes.length") == len(chosen.nodes)
    assert (
        frame.evaluate(
            "(() => { try { return parent.document.title, 'reached'; }"
            " catch (e) { return 'blocked'; } })()"
        )
        == "blocked"
    )
    assert page.inner_text("#host") == "notebook" and page.errors == []
    assert all(url.startswith(("file://", "about:")) for url in page.requests), page.requests
