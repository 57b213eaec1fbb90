"""Page generation and first draw for large graphs (the default view: capped at 2,000 nodes).

    .venv/bin/python benchmarks/viz_speed.py [--sizes 1000 10000 50000]

For each size, loads a synthetic graph of that many actors (3 interactions per actor) into an
embedded store, then times select_graph + render_html (generation) beside pyvis alone writing a
page of the same nodes and edges (the baseline), and, in headless Chromium, the time from opening
the file to vis-network's first drawing.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from diplograph.graph import Interaction, LocalStore
from diplograph.views import render_html, select_graph

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TYPES = ["CALLED", "MET", "VISITED", "ACCUSED", "PRAISED", "URGED"]


def build(path: Path, actors: int) -> LocalStore:
    rng = random.Random(3)
    weights = [1.0 / (i + 1) ** 0.5 for i in range(actors)]
    facts = []
    for i in range(actors * 3):
        a = i % actors
        b = rng.choices(range(actors), weights=weights)[0]
        if a == b:
            b = (b + 1) % actors
        facts.append(
            Interaction.model_validate(
                {
                    "type": rng.choice(TYPES),
                    "source": {"kind": "person", "name": f"Actor {a}"},
                    "target": {"kind": "person", "name": f"Actor {b}"},
                    "date": f"2025-{rng.randint(1, 12):02d}-01",
                    "evidence": f"Sentence {i}.",
                }
            )
        )
    store = LocalStore(path)
    store.write_facts(facts)
    return store


def pyvis_generation(nodes: list[dict], edges: list[dict]) -> float:
    """Seconds pyvis itself takes to write a page of the same nodes and edges (inlined vis
    bundle, no physics settings, no filters, search, details or chart): the baseline."""
    from pyvis.network import Network

    start = time.perf_counter()
    net = Network(directed=True, cdn_resources="in_line")
    for node in nodes:
        net.add_node(node["id"], label=node["label"], title=node["label"])
    for edge in edges:
        net.add_edge(edge["from"], edge["to"], title=edge["type"])
    net.generate_html()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as play:
        browser = play.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        for size in args.sizes:
            store = build(Path(tmp) / f"g{size}.json", size)
            t0 = time.perf_counter()
            chosen = select_graph(store)
            t1 = time.perf_counter()
            html = render_html(
                chosen.nodes, chosen.edges, heading=f"{size} actors", note=chosen.note
            )
            t2 = time.perf_counter()
            baseline = pyvis_generation(chosen.nodes, chosen.edges)
            page_path = Path(tmp) / f"g{size}.html"
            page_path.write_text(html, encoding="utf-8")
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            start = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_function("window.network !== undefined")
            page.evaluate(
                "() => new Promise(r => { network.once('afterDrawing', r); network.redraw(); })"
            )
            drawn = time.perf_counter() - start
            page.close()
            print(
                f"{size:6} actors: drawn {len(chosen.nodes)} nodes / {len(chosen.edges)} edges; "
                f"select {t1 - t0:.2f} s + render {t2 - t1:.2f} s = generation "
                f"{t2 - t0:.2f} s (baseline, pyvis alone writing the same nodes and edges: "
                f"{baseline:.2f} s); page {len(html) / 2**20:.1f} MiB; first draw {drawn:.2f} s",
                flush=True,
            )
        browser.close()


if __name__ == "__main__":
    main()
