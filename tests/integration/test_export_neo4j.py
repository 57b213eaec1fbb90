"""A selection read from Neo4j is the embedded store's, attribute for attribute, so every export
made from either store is the same file."""

from __future__ import annotations

import pytest

from conftest import INGESTED_AT
from diplograph.views import csv_tables, export_graph, select_graph
from export_samples import FACTS

pytestmark = pytest.mark.neo4j


def test_exports_from_neo4j_equal_the_embedded_stores(neo4j_store, local_store):
    for store in (neo4j_store, local_store):
        store.write_facts(FACTS, ingested_at=INGESTED_AT)
    remote, local = select_graph(neo4j_store), select_graph(local_store)
    assert remote.nodes == local.nodes and remote.edges == local.edges
    people = {n["label"]: n["state"] for n in remote.nodes if n["kind"] == "person"}
    assert people == {"Ana Ferreira": "PRT", "Jonas Berg": "NOR"}
    assert {u for e in remote.edges for u in e["urls"]} == {
        "https://example.org/a?x=1",
        "https://example.org/b",
    }
    for fmt in ("graphml", "json", "plover"):
        assert export_graph(remote.nodes, remote.edges, fmt) == export_graph(
            local.nodes, local.edges, fmt
        )
    assert csv_tables(remote.nodes, remote.edges) == csv_tables(local.nodes, local.edges)


SELECTIONS = [
    {},
    {"ego": "Rubio", "hops": 1},
    {"ego": "Wang Yi", "hops": 2},
    {"ego": "Jonas Berg", "hops": 3, "types": "ACCUSED,URGED"},
    {"query": "between", "params": {"a": "Rubio", "b": "Wang Yi"}},
    {"query": "talked-to", "params": {"actor": "Rubio"}},
    {"query": "top-actors", "params": {"limit": 3}},
    {"query": "path", "params": {"a": "Rubio", "b": "Hegseth"}},
    {"query": "state-pairs"},
    {"statuses": ["planned"], "since": "2025-09"},
    {"max_nodes": 10},
]


@pytest.mark.parametrize("options", SELECTIONS, ids=lambda o: ",".join(map(str, o)) or "whole")
def test_every_selection_reads_the_same_subgraph_from_both_stores(
    neo4j_store, local_store, seed_facts, options
):
    for store in (neo4j_store, local_store):
        store.write_facts([*seed_facts, *FACTS], ingested_at=INGESTED_AT)
    remote, local = select_graph(neo4j_store, **options), select_graph(local_store, **options)
    assert remote.nodes and remote.nodes == local.nodes
    assert remote.edges == local.edges and remote.note == local.note
    everything = neo4j_store.subgraph()
    assert everything == local_store.subgraph()
    some = sorted(everything.nodes)[:5]
    assert neo4j_store.subgraph(some) == local_store.subgraph(some)
