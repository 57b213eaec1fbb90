"""A load killed with SIGKILL at many points, again and again, never leaves a store unreadable or
a half batch, and one run after all the kills gives the graph of one clean run."""

import os
import random
import signal
import time

import pytest
from load_runs import assert_neo4j_equals_a_clean_load, digest, start_load, write_facts

from diplograph.graph import LocalStore

pytestmark = pytest.mark.reliability

KILL_POINTS = 20


def _seconds(facts, store, env) -> float:
    """How long one whole load takes on this machine now, once the store is set up and warm
    (Neo4j's constraints made, its query plans cached: the first runs take twice as long): the
    kill windows scale to it."""
    durations = []
    for _ in range(3):
        started = time.monotonic()
        assert start_load(facts, store, env).wait() == 0
        durations.append(time.monotonic() - started)
    return min(durations[1:])


def _kill_at_random_points(facts, store, env, on_killed, seed, seconds):
    """Start the load KILL_POINTS times and kill it after a random delay each time, between
    the CLI's import and the end of a whole load, the window shrinking after a kill that came
    too late; return how many kills landed before the load could finish."""
    rng = random.Random(seed)
    landed = 0
    for _ in range(KILL_POINTS):
        run = start_load(facts, store, env)
        time.sleep(rng.uniform(0.3 * seconds, 0.9 * seconds))
        if run.poll() is None:
            landed += 1
        else:  # the load was quicker than its timing runs (a busy moment then): aim earlier
            seconds *= 0.7
        run.send_signal(signal.SIGKILL)
        run.wait()
        on_killed()
    return landed


def test_local_store_survives_kill_points(tmp_path):
    facts = write_facts(tmp_path / "facts.jsonl", 12000)
    path = tmp_path / "g.json"

    def readable():
        if path.exists():
            LocalStore(path).snapshot()  # raises on a torn file

    seconds = _seconds(facts, str(tmp_path / "timing.json"), os.environ)
    landed = _kill_at_random_points(facts, str(path), os.environ, readable, 1, seconds)
    assert landed >= KILL_POINTS // 2, "most kills must land mid-load"
    assert start_load(facts, str(path), os.environ).wait() == 0
    clean = tmp_path / "clean.json"
    assert start_load(facts, str(clean), os.environ).wait() == 0
    assert digest(LocalStore(path).snapshot()) == digest(LocalStore(clean).snapshot())
    assert not list(tmp_path.glob(".g.json.*.tmp")), "the last write removes killed temp files"


@pytest.mark.neo4j
def test_neo4j_store_survives_kill_points(neo4j_store, neo4j_settings, tmp_path):
    facts = write_facts(tmp_path / "facts.jsonl", 4000)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password}

    def whole_batches():
        met = neo4j_store.read("MATCH ()-[r:MET]->() RETURN count(r) AS n")[0]["n"]
        assert met % 200 == 0 or met == 4000, f"{met} MET edges: a batch was half-written"

    seconds = _seconds(facts, neo4j_settings.uri, env)
    neo4j_store.clear()
    landed = _kill_at_random_points(facts, neo4j_settings.uri, env, whole_batches, 2, seconds)
    assert landed >= KILL_POINTS // 2, "most kills must land mid-load"
    assert start_load(facts, neo4j_settings.uri, env).wait() == 0
    assert_neo4j_equals_a_clean_load(neo4j_store, facts, neo4j_settings.uri, env)
