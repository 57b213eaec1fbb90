"""Names a document controls reach exports and terminals inert: XML stays well-formed, spreadsheet
cells stay text, escape sequences are shown, not obeyed."""

import csv
import io
import xml.dom.minidom

import networkx as nx
import pytest

from diplograph.cli.output import render_rows
from diplograph.views import csv_tables, export_graph

HOSTILE = "Ev\x00il\x1b[2J\ufffe\x07 Name"
NODES = [
    {"id": "Person:" + HOSTILE, "label": HOSTILE, "kind": "person"},
    {"id": 'Person:=HYPERLINK("http://x")', "label": '=HYPERLINK("http://x")', "kind": "person"},
]
EDGES = [
    {
        "id": "e1",
        "from": NODES[0]["id"],
        "to": NODES[1]["id"],
        "type": "MET",
        "status": "actual",
        "evidence": "@SUM(A1)\x0b said",
    }
]


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_xml_exports_stay_well_formed(fmt, tmp_path):
    text = export_graph(NODES, EDGES, fmt)
    xml.dom.minidom.parseString(text.encode())
    assert "\x00" not in text and "\x1b" not in text
    path = tmp_path / f"g.{fmt}"
    path.write_text(text, encoding="utf-8")
    graph = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    both_ways = {"gexf": 2, "graphml": 1}[fmt]  # networkx reads a GEXF mutual edge both ways
    assert graph.number_of_nodes() == 2 and graph.number_of_edges() == both_ways


def test_csv_export_cells_are_never_formulas():
    tables = csv_tables(NODES, EDGES)
    nodes, edges = (list(csv.reader(io.StringIO(tables[t]))) for t in ("nodes", "edges"))
    for row in (nodes[1], nodes[2], edges[1]):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert nodes[2][1] == '\'=HYPERLINK("http://x")'
    evidence = edges[0].index("evidence")
    assert edges[1][evidence] == "'@SUM(A1)\\x0b said"


def test_tables_and_csv_rows_show_control_characters():
    table = render_rows([{"name": HOSTILE, "n": -3}], "table")
    assert "\x1b" not in table and "\\x1b[2J" in table and "\\x00" in table
    assert render_rows([{"name": "-1+2", "n": -3}], "csv") == "name,n\n'-1+2,-3\n"
