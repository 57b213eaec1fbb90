"""Several ``diplograph load`` processes at once on one store give the graph the same loads give
one after another, and every one of them exits 0."""

import os

import pytest
from contact_index import assert_derived_indexes
from load_runs import digest, start_load, write_facts

from diplograph.graph import LocalStore

pytestmark = pytest.mark.reliability

WRITERS = 4


def _inputs(tmp_path):
    """Four files of 3,000 facts each, every one overlapping its neighbour by half."""
    return [write_facts(tmp_path / f"part{i}.jsonl", 3000, offset=i * 1500) for i in range(WRITERS)]


def _run_all(files, store, env):
    runs = [start_load(f, store, env) for f in files]
    return [(run.wait(), run.stderr.read()) for run in runs]


def test_parallel_local_writers_give_the_sequential_graph(tmp_path):
    files = _inputs(tmp_path)
    sequential = tmp_path / "sequential.json"
    for f in files:
        assert _run_all([f], str(sequential), os.environ) == [(0, "")]
    expected = digest(LocalStore(sequential).snapshot())
    for attempt in range(2):
        parallel = tmp_path / f"parallel{attempt}.json"
        results = _run_all(files, str(parallel), os.environ)
        assert [code for code, _ in results] == [0] * WRITERS, results
        assert digest(LocalStore(parallel).snapshot()) == expected


@pytest.mark.neo4j
def test_parallel_neo4j_writers_give_the_sequential_graph(neo4j_store, neo4j_settings, tmp_path):
    files = _inputs(tmp_path)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password}
    for f in files:
        assert _run_all([f], neo4j_settings.uri, env)[0][0] == 0
    expected = digest(neo4j_store.snapshot())
    for _ in range(3):
        neo4j_store.clear()
        results = _run_all(files, neo4j_settings.uri, env)
        assert [code for code, _ in results] == [0] * WRITERS, results
        assert digest(neo4j_store.snapshot()) == expected
        assert_derived_indexes(neo4j_store)
