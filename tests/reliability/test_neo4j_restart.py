"""Neo4j stopped and started again in the middle of a load: the load retries and completes, or
stops with one line and a re-run completes; either way the graph equals one clean load."""

import os
import signal
import time

import pytest
from load_runs import assert_neo4j_equals_a_clean_load, start_load, write_facts

pytestmark = [pytest.mark.reliability, pytest.mark.neo4j]


def test_a_load_outlives_a_server_restart(neo4j_server, neo4j_store, neo4j_settings, tmp_path):
    if neo4j_server is None:
        pytest.skip("a server of the user's (NEO4J_URI) is not ours to restart")
    facts = write_facts(tmp_path / "facts.jsonl", 8000)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password}
    run = start_load(facts, neo4j_settings.uri, env, batch_size=100)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if neo4j_store.read("MATCH ()-[r:MET]->() RETURN count(r) AS n")[0]["n"]:
            break
        time.sleep(0.05)
    assert run.poll() is None, "the restart must land mid-load"
    neo4j_server.stop()
    neo4j_server.start()
    code = run.wait(300)
    err = run.stderr.read()
    assert "Traceback" not in err
    if code != 0:  # the outage outlasted the driver's retry time: one line, then a re-run
        assert err.startswith("diplograph: error: "), err
        assert start_load(facts, neo4j_settings.uri, env).wait() == 0
    assert_neo4j_equals_a_clean_load(neo4j_store, facts, neo4j_settings.uri, env)


def test_a_killed_server_starts_again_at_once(neo4j_server, neo4j_store):
    """kill -9, then start right away: the port the dying server held is waited for, not
    reported "already in use"; the graph the server had committed is there."""
    if neo4j_server is None:
        pytest.skip("a server of the user's (NEO4J_URI) is not ours to kill")
    neo4j_store.write([("CREATE (:Person {key: 'Kept Person', name: 'Kept Person'})", {})])
    os.kill(neo4j_server.pid(), signal.SIGKILL)
    neo4j_server.start()  # at once: the old socket may not be closed yet
    assert neo4j_server.status()["answers"]
    count = neo4j_store.read("MATCH (p:Person {key: 'Kept Person'}) RETURN count(p) AS n")
    assert count == [{"n": 1}]
