"""An event-data import killed with SIGKILL at random points, then run once more, gives the
graph of one clean import, in both stores."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from load_runs import digest

from diplograph.graph import LocalStore
from synthetic_gdelt import synthetic_day

pytestmark = pytest.mark.reliability

KILLS = 6


def _start(day, store: str, env: dict) -> subprocess.Popen:
    command = [sys.executable, "-m", "diplograph.cli", "import", "gdelt", str(day)]
    return subprocess.Popen(
        [*command, "--store", store, "--batch-size", "500", "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _timed_run(day, store: str, env: dict) -> float:
    """The seconds one clean import takes here: the kills fall within it."""
    t0 = time.monotonic()
    run = _start(day, store, env)
    assert run.wait() == 0, run.stderr.read()
    return time.monotonic() - t0


def _kill_and_finish(day, store: str, env: dict, seed: int, span: float) -> int:
    rng = random.Random(seed)
    landed = 0
    for _ in range(KILLS):
        run = _start(day, store, env)
        time.sleep(rng.uniform(0.3, 0.85) * span)  # interpreter start, check pass, writes
        landed += run.poll() is None
        run.send_signal(signal.SIGKILL)
        run.wait()
    finish = _start(day, store, env)
    assert finish.wait() == 0, finish.stderr.read()
    return landed


def test_a_killed_import_into_the_embedded_store_recovers(tmp_path):
    day = synthetic_day(tmp_path / "day.csv", 60_000)
    span = _timed_run(day, str(tmp_path / "clean.json"), os.environ)
    landed = _kill_and_finish(day, str(tmp_path / "g.json"), os.environ, seed=3, span=span)
    assert landed >= KILLS // 2, "most kills must land mid-import"
    assert digest(LocalStore(tmp_path / "g.json").snapshot()) == digest(
        LocalStore(tmp_path / "clean.json").snapshot()
    )


@pytest.mark.neo4j
def test_a_killed_import_into_neo4j_recovers(neo4j_store, neo4j_settings, tmp_path):
    day = synthetic_day(tmp_path / "day.csv", 20_000)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password}
    uri = neo4j_settings.uri
    span = _timed_run(day, uri, env)
    clean = digest(neo4j_store.snapshot())
    neo4j_store.clear()
    landed = _kill_and_finish(day, uri, env, seed=4, span=span)
    assert landed >= KILLS // 2, "most kills must land mid-import"
    assert digest(neo4j_store.snapshot()) == clean
