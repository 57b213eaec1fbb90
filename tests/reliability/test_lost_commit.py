"""A batch's commit reaches Neo4j but its answer never comes back (the connection is cut while the
server commits): the writer retries the batch, which finds the batch's mark and does not do the
work again. The load completes, its "created" counts and its graph equal one clean load's."""

import dataclasses
import json
import os
from urllib.parse import urlsplit

import pytest
from bolt_proxy import BoltProxy
from load_runs import load_counted, without_ingest_times, write_facts

from conftest import INGESTED_AT
from diplograph.graph import Interaction, Neo4jStore

pytestmark = [pytest.mark.reliability, pytest.mark.neo4j]

MARKS = "MATCH (m:DiplographBatch) RETURN count(m) AS n"


@pytest.fixture
def facts(tmp_path):
    path = write_facts(tmp_path / "facts.jsonl", 400)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Interaction.model_validate(json.loads(line)) for line in lines]


@pytest.fixture
def proxy(neo4j_settings):
    parts = urlsplit(neo4j_settings.uri)
    proxy = BoltProxy((parts.hostname, parts.port or 7687))
    yield proxy
    proxy.close()


@pytest.mark.parametrize("batch", [1, 2, 7])  # the first, one with a mark before it, a later one
def test_a_lost_commit_answer_is_neither_lost_nor_counted_twice(
    neo4j_store, neo4j_settings, proxy, facts, batch
):
    clean = neo4j_store.write_facts(facts, ingested_at=INGESTED_AT)
    expected = neo4j_store.snapshot()
    neo4j_store.clear()

    through_proxy = dataclasses.replace(neo4j_settings, uri=proxy.uri)
    with Neo4jStore(through_proxy, batch_size=50) as store:
        store.ensure_constraints()
        proxy.lose_commit(batch)
        report = store.write_facts(facts, ingested_at=INGESTED_AT)

    assert proxy.lost == 1, "the proxy must have cut one commit's answer"
    assert report.nodes_created == clean.nodes_created > 0
    assert report.relationships_created == clean.relationships_created > 0
    assert neo4j_store.snapshot() == expected
    assert neo4j_store.read(MARKS) == [{"n": 0}], "the last batch's mark is dropped"


def test_a_dead_writers_mark_is_swept_by_the_next_write(neo4j_store, facts):
    """A writer killed between two batches leaves its last mark: an old one goes with the next
    write's first batch; it never shows in the snapshot or the counts meanwhile."""
    neo4j_store.ensure_constraints()
    neo4j_store.write([("CREATE (:DiplographBatch {token: 'dead', at: 0, nodes_created: 1})", {})])
    assert neo4j_store.snapshot() == {"nodes": [], "relationships": []}
    assert neo4j_store.stats() == {"nodes": {}, "relationships": {}}
    neo4j_store.write_facts(facts[:10], ingested_at=INGESTED_AT)
    assert neo4j_store.read(MARKS) == [{"n": 0}]


@pytest.mark.parametrize("commit", [3, 12])  # among the first reads and writes, in the batches
def test_load_survives_a_lost_commit_answer_with_one_line_and_true_counts(
    neo4j_store, neo4j_settings, proxy, tmp_path, commit
):
    """`diplograph load` through the cut: exit 0, one notice line per event, the counts and the
    graph of a clean run, whichever transaction (a read, the constraints, a batch) it hits."""
    path = write_facts(tmp_path / "facts.jsonl", 400)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password or ""}
    code, err, clean = load_counted(path, neo4j_settings.uri, env, batch_size=50)
    assert code == 0, err
    expected = without_ingest_times(neo4j_store.snapshot())
    neo4j_store.clear()

    proxy.lose_commit(commit)
    code, err, counts = load_counted(path, proxy.uri, env, batch_size=50)
    assert proxy.lost == 1
    assert code == 0, err
    assert "Traceback" not in err
    assert any("answer to a commit was lost" in line for line in err.splitlines())
    assert all(line.startswith("diplograph: ") for line in err.splitlines()), err
    assert counts == clean
    assert without_ingest_times(neo4j_store.snapshot()) == expected
