"""A load killed with SIGKILL mid-way, then run again, gives the same graph as one clean run."""

import os
import signal
import time

import pytest
from contact_index import assert_derived_indexes, stored_contacts
from load_runs import start_load as _load
from load_runs import without_ingest_times as _without_ingest_times
from load_runs import write_facts as _write_facts

from diplograph.graph import LocalStore


@pytest.mark.neo4j
def test_killed_neo4j_load_then_rerun_equals_clean_run(neo4j_store, neo4j_settings, tmp_path):
    facts = tmp_path / "facts.jsonl"
    _write_facts(facts, 6000)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password}
    proc = _load(facts, neo4j_settings.uri, env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        count = neo4j_store.read("MATCH ()-[r:MET]->() RETURN count(r) AS n")[0]["n"]
        if count > 0:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = neo4j_store.read("MATCH ()-[r:MET]->() RETURN count(r) AS n")[0]["n"]
    assert 0 < partial < 6000, "the kill must land mid-load"
    assert partial % 200 == 0, "only whole batches are ever committed"
    rerun = _load(facts, neo4j_settings.uri, env)
    assert rerun.wait() == 0, rerun.stderr.read()
    recovered = _without_ingest_times(neo4j_store.snapshot())
    recovered_contacts = stored_contacts(neo4j_store)
    neo4j_store.clear()
    clean = _load(facts, neo4j_settings.uri, env)
    assert clean.wait() == 0
    assert _without_ingest_times(neo4j_store.snapshot()) == recovered
    assert stored_contacts(neo4j_store) == recovered_contacts
    assert_derived_indexes(neo4j_store)


def test_killed_local_load_leaves_the_old_file(tmp_path):
    facts = tmp_path / "facts.jsonl"
    _write_facts(facts, 40000)
    small = tmp_path / "small.jsonl"
    _write_facts(small, 10)
    path = tmp_path / "g.json"
    assert _load(small, str(path), os.environ).wait() == 0
    before = path.read_bytes()
    proc = _load(facts, str(path), os.environ)
    time.sleep(1.5)
    assert proc.poll() is None, "the kill must land mid-load"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert path.read_bytes() == before
    assert _load(facts, str(path), os.environ).wait() == 0
    clean = tmp_path / "clean.json"
    assert _load(small, str(clean), os.environ).wait() == 0
    assert _load(facts, str(clean), os.environ).wait() == 0
    assert _without_ingest_times(LocalStore(path).snapshot()) == _without_ingest_times(
        LocalStore(clean).snapshot()
    )
