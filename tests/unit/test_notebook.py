"""Notebook objects: rows show as an escaped table, a selection as the page in a sandboxed
iframe; conversions keep stable ids and real dates; the example notebook's cells all run."""

from __future__ import annotations

import builtins
import datetime as dt
import html
import re

import networkx as nx
import pandas as pd
import pytest

from conftest import INGESTED_AT, ROOT
from diplograph.graph import LocalStore
from diplograph.queries import Rows, run_query
from diplograph.views import select_graph, to_dataframe, to_networkx
from export_samples import FACTS

NOTEBOOK = ROOT / "examples" / "notebook.py"


@pytest.fixture
def store(tmp_path) -> LocalStore:
    store = LocalStore(tmp_path / "graph.json")
    store.write_facts(FACTS, ingested_at=INGESTED_AT)
    return store


def test_rows_display_as_an_escaped_table_and_stay_a_list(store):
    rows = run_query(store, "timeline")
    assert isinstance(rows, Rows) and isinstance(rows, list)
    table = rows._repr_html_()
    assert table.startswith("<table>") and table.count("<tr>") == len(rows) + 1
    hostile = Rows([{"name": "<script>alert(1)</script>"}])._repr_html_()
    assert "<script>" not in hostile and "&lt;script&gt;" in hostile
    assert Rows()._repr_html_() == "<p><em>(no rows)</em></p>"


def test_a_selection_displays_as_the_page_in_a_sandboxed_frame(store):
    chosen = select_graph(store, ego="Ana Ferreira")
    frame = chosen._repr_html_()
    assert frame.startswith('<iframe sandbox="allow-scripts" ')
    assert "allow-same-origin" not in frame
    (srcdoc,) = re.findall(r'srcdoc="([^"]*)"', frame)
    page = html.unescape(srcdoc)
    nonce = re.compile(r'nonce(-|=")[\w-]+')  # a new nonce each time
    assert nonce.sub("", page) == nonce.sub("", chosen.page())
    assert "Content-Security-Policy" in page
    assert "around Ana Ferreira (1 hops)" in page


def test_selection_converts_with_stable_ids_and_typed_dates(store):
    chosen = select_graph(store)
    graph = chosen.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph) and graph is not to_networkx(chosen)
    assert nx.utils.graphs_equal(graph, to_networkx(chosen))
    ferreira = graph.nodes["Person:Ana Ferreira"]
    assert ferreira["kind"] == "person" and ferreira["state"] == "PRT"
    (met,) = [d for *_, d in graph.edges(data=True) if d["type"] == "MET"]
    assert (met["start"], met["end"]) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    (urged,) = [d for *_, d in graph.edges(data=True) if d["type"] == "URGED"]
    assert urged["start"] is None


def test_dataframes_have_real_dates_with_their_precision(store):
    frame = to_dataframe(run_query(store, "timeline"))
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    by_type = dict(
        zip(frame["type"], zip(frame["date"], frame["date_precision"], strict=True), strict=True)
    )
    assert by_type["ACCUSED"] == (pd.Timestamp("2024-01-01"), "year")
    assert by_type["MET"] == (pd.Timestamp("2025-02-01"), "month")
    assert pd.isna(by_type["URGED"][0]) and pd.isna(by_type["URGED"][1])
    talked = to_dataframe(run_query(store, "talked-to", actor="Ana Ferreira"))
    assert pd.api.types.is_datetime64_any_dtype(talked["first"])
    assert list(talked.columns).index("first_precision") == list(talked.columns).index("first") + 1
    edges = select_graph(store).to_dataframe()
    assert set(edges["date_precision"].dropna()) == {"day", "month", "year"}


def test_the_example_notebook_runs_and_displays_a_page_and_a_table(monkeypatch):
    shown = []
    monkeypatch.setattr(builtins, "display", shown.append, raising=False)  # as Jupyter does
    namespace = {"__file__": str(NOTEBOOK)}
    cells = re.split(r"(?m)^(?=# %%)", NOTEBOOK.read_text(encoding="utf-8"))
    assert len(cells) >= 8
    for cell in cells:
        exec(compile(cell, str(NOTEBOOK), "exec"), namespace)  # noqa: S102 - our own example
    kinds = [type(obj).__name__ for obj in shown]
    assert kinds[:2] == ["Rows", "Selection"] and "DataFrame" in kinds
    assert "Wang Yi" in shown[0]._repr_html_()
    assert "<iframe sandbox" in shown[1]._repr_html_()
    assert (
        repr(shown[1]) == "Selection(2 nodes, 2 interactions: diplograph · around Wang Yi (2 hops))"
    )
