"""Exports that their tools read right: GEXF valid against the GEXF 1.3 XSD with the interaction
type as an attribute and each date as its window; GraphML, node-link JSON and the two CSV tables
read back by networkx and pandas with every attribute; an --out never overwrites the store or a
file diplograph did not write."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from lxml import etree

from conftest import INGESTED_AT
from diplograph.cli import main
from diplograph.graph import ConfigError, LocalStore
from diplograph.views import csv_tables, export_files, export_graph, select_graph
from export_samples import FACTS

SCHEMA = Path(__file__).parents[1] / "fixtures" / "gexf-1.3" / "gexf.xsd"
GEXF = "{http://gexf.net/1.3}"


@pytest.fixture
def store(tmp_path) -> LocalStore:
    store = LocalStore(tmp_path / "graph.json")
    store.write_facts(FACTS, ingested_at=INGESTED_AT)
    return store


@pytest.fixture
def chosen(store):
    return select_graph(store)


def _edge(chosen, kind):
    (edge,) = [e for e in chosen.edges if e["type"] == kind]
    return edge


def test_gexf_is_valid_13_with_types_as_attributes_and_date_windows(chosen):
    text = export_graph(chosen.nodes, chosen.edges, "gexf")
    document = etree.fromstring(text.encode())
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(document)
    edges = {e.get("label"): e for e in document.iter(f"{GEXF}edge")}
    assert set(edges) == {"MET", "ACCUSED", "CALLED", "URGED"}
    windows = {k: (e.get("start"), e.get("end")) for k, e in edges.items()}
    assert windows == {
        "MET": ("2025-02-01", "2025-02-28"),  # a month
        "ACCUSED": ("2024-01-01", "2024-12-31"),  # a year
        "CALLED": ("2025-03-04", "2025-03-04"),  # a day
        "URGED": (None, None),  # undated: always present
    }
    directions = {k: e.get("type") for k, e in edges.items()}
    assert directions == {
        "MET": "mutual",
        "CALLED": "mutual",
        "ACCUSED": "directed",
        "URGED": "directed",
    }
    declared = {a.get("id") for a in document.iter(f"{GEXF}attribute")}
    assert {"type", "status", "cameo", "plover", "urls", "state", "kind"} <= declared
    values = {v.get("for"): v.get("value") for v in edges["MET"].iter(f"{GEXF}attvalue")}
    assert values["type"] == "MET" and values["urls"] == "https://example.org/a?x=1"


def test_gexf_schema_check_can_fail():
    bad = (
        b'<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes/><edges>'
        b'<edge source="a" target="b" type="MET"/></edges></graph></gexf>'
    )  # the old bug
    assert not etree.XMLSchema(etree.parse(str(SCHEMA))).validate(etree.fromstring(bad))


def _check_attributes(nodes: dict, edges: dict) -> None:
    """What every format must carry, read back as the reader gives it."""
    met = edges["MET"]
    assert met["status"] == "actual" and met["date"] == "2025-02"
    assert met["date_precision"] == "month" and met["start"] == "2025-02-01"
    assert met["cameo"] == "040" and met["plover"] == "CONSULT"
    assert "example.org/a?x=1" in str(met["urls"]) and "Lisbon talks" in str(met["articles"])
    assert int(met["corroboration"]) == 1
    called = edges["CALLED"]
    assert called["event_code"] == "036" and called["dataset"] == "gdelt"
    assert int(called["corroboration"]) == 4
    assert "<b>stalling</b>" in str(edges["ACCUSED"]["evidence"])
    ferreira = nodes["Person:Ana Ferreira"]
    assert ferreira["kind"] == "person" and ferreira["state"] == "PRT"
    assert "Prime Minister" in str(ferreira["titles"])
    assert int(ferreira["counterparts"]) == 2
    assert nodes["State:ESP"]["state"] == "ESP"


def _by_type(graph: nx.MultiDiGraph) -> dict:
    return {d["type"]: d for _, _, d in graph.edges(data=True)}


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json"])
def test_networkx_reads_every_attribute_back(chosen, fmt, tmp_path):
    text = export_graph(chosen.nodes, chosen.edges, fmt)
    path = tmp_path / f"graph.{fmt}"
    path.write_text(text, encoding="utf-8")
    if fmt == "gexf":
        graph = nx.read_gexf(path)
    elif fmt == "graphml":
        graph = nx.read_graphml(path, force_multigraph=True)
    else:
        graph = nx.node_link_graph(json.loads(text))
    assert graph.is_directed() and {k for *_, k in graph.edges(keys=True)} == {
        e["id"] for e in chosen.edges
    }
    mutual = 2 if fmt == "gexf" else 0  # networkx reads a GEXF mutual edge (MET, CALLED) twice
    assert graph.number_of_edges() == len(chosen.edges) + mutual == 4 + mutual
    assert set(graph.nodes) == {n["id"] for n in chosen.nodes}
    _check_attributes(dict(graph.nodes(data=True)), _by_type(graph))


def test_node_link_json_is_a_keyed_multigraph_with_typed_values(chosen):
    graph = nx.node_link_graph(json.loads(export_graph(chosen.nodes, chosen.edges, "json")))
    assert isinstance(graph, nx.MultiDiGraph)
    keys = {k for _, _, k in graph.edges(keys=True)}
    assert keys == {e["id"] for e in chosen.edges}
    met = _by_type(graph)["MET"]
    assert met["urls"] == ["https://example.org/a?x=1"] and met["corroboration"] == 1
    assert met["directed"] is False and _by_type(graph)["ACCUSED"]["directed"] is True


def test_csv_is_a_node_table_and_an_edge_table_pandas_reads(chosen):
    tables = csv_tables(chosen.nodes, chosen.edges)
    nodes = pd.read_csv(io.StringIO(tables["nodes"]), keep_default_na=False)
    codes = {"cameo": str, "event_code": str}  # "040" stays a code, not the number 40
    edges = pd.read_csv(io.StringIO(tables["edges"]), keep_default_na=False, dtype=codes)
    assert list(nodes.columns[:2]) == ["Id", "Label"]
    assert list(edges.columns[:6]) == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    assert set(edges["Source"]) | set(edges["Target"]) <= set(nodes["Id"])
    assert dict(zip(edges["interaction"], edges["Type"], strict=True))["ACCUSED"] == "Directed"
    by_type = {
        row["interaction"]: {**row, "type": row["interaction"]} for row in edges.to_dict("records")
    }
    _check_attributes({row["Id"]: row for row in nodes.to_dict("records")}, by_type)
    graph = nx.from_pandas_edgelist(
        edges, "Source", "Target", edge_attr=True, create_using=nx.MultiDiGraph
    )
    assert graph.number_of_edges() == 4


def test_export_files_refuse_the_store_and_foreign_files(store, chosen, tmp_path):
    with pytest.raises(ConfigError, match="this is the store"):
        export_files(chosen.nodes, chosen.edges, "json", store.path, store=store.path, force=True)
    assert json.loads(store.path.read_text())["format"] == "diplograph-local-graph"
    notes = tmp_path / "notes.gexf"
    notes.write_text("my own notes\n")
    with pytest.raises(ConfigError, match="not written by diplograph as gexf"):
        export_files(chosen.nodes, chosen.edges, "gexf", notes)
    assert notes.read_text() == "my own notes\n"
    export_files(chosen.nodes, chosen.edges, "gexf", notes, force=True)
    again = export_files(chosen.nodes, chosen.edges, "gexf", notes)  # its own earlier export
    assert again == [notes] and len({k for *_, k in nx.read_gexf(notes).edges(keys=True)}) == 4


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json", "csv", "plover"])
def test_every_format_recognises_its_own_earlier_export(chosen, fmt, tmp_path):
    out = tmp_path / "x"
    first = export_files(chosen.nodes, chosen.edges, fmt, out)
    assert export_files(chosen.nodes, chosen.edges, fmt, out) == first  # its own: replaced
    other = "plover" if fmt == "json" else "json"
    with pytest.raises(ConfigError, match=f"not written by diplograph as {other}"):
        export_files(chosen.nodes, chosen.edges, other, first[0])


def test_a_refused_csv_pair_writes_neither_table(chosen, tmp_path):
    (tmp_path / "g.edges.csv").write_text("keep me\n")
    with pytest.raises(ConfigError):
        export_files(chosen.nodes, chosen.edges, "csv", tmp_path / "g.csv")
    assert not (tmp_path / "g.nodes.csv").exists()
    assert (tmp_path / "g.edges.csv").read_text() == "keep me\n"


def test_cli_export_guards(store, tmp_path, capsys):
    args = ["export", "--store", str(store.path)]
    assert main([*args, "--format", "json", "--out", str(store.path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "this is the store" in err
    assert main([*args, "--format", "csv"]) == 1
    assert "give --out" in capsys.readouterr().err
    page = tmp_path / "mine.html"
    page.write_text("<p>my page</p>")
    assert main(["viz", "--store", str(store.path), "--out", str(page)]) == 1
    assert page.read_text() == "<p>my page</p>"
    assert main(["viz", "--store", str(store.path), "--out", str(page), "--force"]) == 0
    assert main(["viz", "--store", str(store.path), "--out", str(page)]) == 0  # its own page
    capsys.readouterr()
    assert main([*args, "--format", "csv", "--out", str(tmp_path / "t")]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "t.nodes.csv" in captured.err and "t.edges.csv" in captured.err
    assert (tmp_path / "t.nodes.csv").read_text().startswith("Id,Label,")
