"""The interactive page in a real Chromium: it draws, filters, searches, stays offline, and no
text from a document can run script in it."""

import json
from pathlib import Path

import pytest

from conftest import INGESTED_AT, ROOT, SHARED
from diplograph.graph import Interaction, LocalStore
from diplograph.loaders import ingest
from diplograph.views import render_html, select_graph

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
                    "date": f"2025-{1 + i % 9:02d}",
                    "document": {
                        "id": f"doc-{i}",
                        "title": payload,
                        "url": "https://example.org/a?<b>" if i == 0 else f"javascript:{payload}",
                    },
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
    for x, y in positions:  # hover every node, its tooltip shows; click it, its details show
        page.mouse.move(box["x"] + x, box["y"] + y)
        page.wait_for_timeout(120)
        page.mouse.click(box["x"] + x, box["y"] + y)
    assert page.inner_text("#details").count("Counterparts (") == 1
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
    for bar in page.locator("#chart rect[data-month]").all():  # every bar's tooltip
        bar.hover()
    chart = page.locator("#chart").bounding_box()  # and a period chosen with the brush
    page.mouse.move(chart["x"] + 40, chart["y"] + 20)
    page.mouse.down()
    page.mouse.move(chart["x"] + chart["width"] / 2, chart["y"] + 20)
    page.mouse.up()
    page.click("#types input[data-value='MET']")
    page.click("#types input[data-value='MET']")
    page.click("#types-conflict")
    page.check("#hide-isolated")
    page.click("#types-all")
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('img, svg[onload]').length") == 0
    hrefs = set()
    for node_id in page.evaluate("diplograph.data.nodes.map(n => n.id)"):  # every panel
        page.evaluate("id => network.emit('selectNode', {nodes: [id]})", node_id)
        hrefs |= set(page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"))
    assert hrefs == {"https://example.org/a?%3Cb%3E"}  # the https link only, never javascript:
    assert page.evaluate("window.__xss") is None
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


def _hub_graph(tmp_path, actors=100):
    """A graph of ``actors`` people: a few hubs with many counterparts, a long tail."""
    facts = []
    for i in range(1, actors):
        hub = i % 5
        facts.append(
            Interaction.model_validate(
                {
                    "type": "MET" if i % 3 else "ACCUSED",
                    "source": {"kind": "person", "name": f"Hub Person {hub}"},
                    "target": {"kind": "person", "name": f"Envoy Number {i}"},
                    "date": f"2025-{1 + i % 12:02d}",
                }
            )
        )
    store = LocalStore(tmp_path / "hubs.json")
    store.write_facts(facts, ingested_at=INGESTED_AT)
    return select_graph(store)


def _settled(page):
    page.wait_for_function("network.physics.stabilized !== false || !diplograph.data.physics")
    page.wait_for_timeout(300)


def test_the_most_connected_labels_show_at_the_opening_zoom(page, tmp_path):
    chosen = _hub_graph(tmp_path)
    assert len(chosen.nodes) >= 100
    path = tmp_path / "hubs.html"
    path.write_text(chosen.page(), encoding="utf-8")
    _open(page, path)
    _settled(page)
    seen = page.evaluate("""() => {
        const scale = network.getScale();
        const tops = diplograph.data.nodes.filter(n => n.top).map(n => n.id);
        return {scale: scale, tops: tops.map(id => {
            const label = network.body.nodes[id].labelModule;
            return [id, label.visible(), label.fontOptions.size * scale];
        })};
    }""")
    assert seen["scale"] < 12 / 4  # a plain 12 px label would be under vis's threshold here
    hubs = {f"Person:Hub Person {i}" for i in range(5)}
    assert hubs <= {id for id, *_ in seen["tops"]}
    for node_id, visible, on_screen in seen["tops"]:
        assert visible and on_screen >= 12, (node_id, on_screen)


def test_conflict_only_with_hide_isolated_leaves_no_orphan(page, tmp_path):
    chosen = _hub_graph(tmp_path)
    path = tmp_path / "hubs.html"
    path.write_text(chosen.page(), encoding="utf-8")
    _open(page, path)
    page.click("#types-conflict")
    page.check("#hide-isolated")
    orphans = page.evaluate("""() => {
        const shown = diplograph.edges.get({filter: e => !e.hidden});
        const linked = new Set(shown.flatMap(e => [e.from, e.to]));
        return diplograph.nodes.get({filter: n => !n.hidden && !linked.has(n.id)}).length;
    }""")
    shown = page.evaluate("diplograph.nodes.get({filter: n => !n.hidden}).length")
    accused = sum(1 for e in chosen.edges if e["type"] == "ACCUSED")
    assert orphans == 0 and 0 < shown < len(chosen.nodes)
    summary = page.inner_text("#summary")
    assert (
        summary
        == f"{shown} of {len(chosen.nodes)} actors · {accused} of {len(chosen.edges)} interactions"
    )


def test_the_brush_filters_the_network_and_the_counts(page, seed_page):
    path, chosen = seed_page
    _open(page, path)
    before = page.inner_text("#summary")
    bars = page.eval_on_selector_all(
        "#chart rect[data-month]", "rs => rs.map(r => r.dataset.month)"
    )
    assert sorted(set(bars)) == ["2025-07", "2025-09", "2025-10"]
    box = page.locator("#chart").bounding_box()
    first = page.locator("#chart rect[data-month='2025-09']").first.bounding_box()
    page.mouse.move(first["x"] + 2, box["y"] + 20)
    page.mouse.down()
    page.mouse.move(first["x"] + first["width"] - 2, box["y"] + 30)
    page.mouse.up()
    assert page.inner_text("#range") == "2025-09"
    dates = page.evaluate("""() => diplograph.edges.get({filter: e => !e.hidden})
        .map(e => diplograph.data.edges.find(d => d.id === e.id).dates)""")
    assert dates and all(any(d.startswith("2025-09") for d in ds) for ds in dates)
    september = sum(1 for e in chosen.edges if (e["date"] or "").startswith("2025-09"))
    after = page.inner_text("#summary")
    assert after != before and f"· {september} of {len(chosen.edges)} interactions" in after
    undated = sum(1 for e in chosen.edges if not e["date"])
    assert page.inner_text("#undated") == f"{undated} undated (hidden while a period is chosen)"
    page.click("#range-clear")
    assert page.inner_text("#summary") == before and page.inner_text("#range") == "all dates"


def test_search_finds_codes_capitals_and_the_details_list_counterparts(page, seed_page):
    path, _ = seed_page
    _open(page, path)
    for query in ("USA", "Washington", "american"):
        page.fill("#search", query)
        assert page.inner_text("#results").splitlines()[0] == "United States · state", query
    page.fill("#search", "Rubio")
    page.press("#search", "Enter")
    details = page.inner_text("#details")
    assert details.startswith("Marco Rubio") and "Wang Yi (2)" in details
    assert "Counterparts (1)" in details and "2025-09-09 CALLED · Wang Yi (actual)" in details
    page.click("#neighbours")
    shown = page.evaluate("diplograph.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert sorted(shown) == ["Person:Marco Rubio", "Person:Wang Yi"]
    page.click("#everyone")
    assert page.evaluate("diplograph.nodes.get({filter: n => n.hidden}).length") == 0
    with page.expect_download() as download:
        page.click("#png")
    saved = download.value.path()
    assert download.value.suggested_filename == "diplograph.png"
    assert Path(saved).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


DEVSET = SHARED / "devset" / "docs"


@pytest.mark.skipif(not DEVSET.exists(), reason="the devset lives in ../shared only")
def test_devset_graph_screenshots_before_and_after_filtering(page, tmp_path):
    """The graph of the first 40 devset documents, as an analyst opens it and after choosing
    the conflict types with isolated nodes hidden: screenshots for a person to look at."""
    store = LocalStore(tmp_path / "devset.json")
    ingest(store, [str(DEVSET / f"{number:03d}.txt") for number in range(1, 41)])
    chosen = select_graph(store)
    assert len(chosen.nodes) > 80
    path = tmp_path / "devset.html"
    path.write_text(chosen.page(), encoding="utf-8")
    _open(page, path)
    _settled(page)
    labelled = page.evaluate("""() => diplograph.data.nodes.filter(n => n.top)
        .every(n => network.body.nodes[n.id].labelModule.visible())""")
    assert labelled
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "devset-graph.png"))
    page.click("#types-conflict")
    page.check("#hide-isolated")
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENSHOTS / "devset-conflict.png"))
    shown = page.evaluate("diplograph.nodes.get({filter: n => !n.hidden}).length")
    assert 0 < shown < len(chosen.nodes) and page.errors == []
