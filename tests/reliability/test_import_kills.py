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


def _kill_and_finish(day, store: str, env: dict, seed: int) -> int:
    rng = random.Random(seed)
    landed = 0
    for _ in range(KILLS):
        run = _start(day, store, env)
        time.sleep(rng.uniform(1.5, 5.0))
        landed += run.poll() is None
        run.send_signal(signal.SIGKILL)
        run.wait()
    finish = _start(day, store, env)
    assert finish.wait() == 0, finish.stderr.read()
    return landed


def test_a_killed_import_into_the_embedded_store_recovers(tmp_path):
    day = synthetic_day(tmp_path / "day.csv", 60_000)
    landed = _kill_and_finish(day, str(tmp_path / "g.json"), os.environ, seed=3)
    assert landed >= KILLS // 2, "most kills must land mid-import"
    clean = _start(day, str(tmp_path / "clean.json"), os.environ)
    assert clean.wait() == 0
    assert digest(LocalStore(tmp_path / "g.json").snapshot()) == digest(
        LocalStore(tmp_path / "clean.json").snapshot()
    )


@pytest.mark.neo4j
def test_a_killed_import_into_neo4j_recovers(neo4j_store, neo4j_settings, tmp_path):
    day = synthetic_day(tmp_path / "day.csv", 20_000)
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password}
    uri = neo4j_settings.uri
    landed = _kill_and_finish(day, uri, env, seed=4)
    assert landed >= KILLS // 2, "most kills must land mid-import"
    recovered = digest(neo4j_store.snapshot())
    neo4j_store.clear()
    clean = _start(day, uri, env)
    assert clean.wait() == 0
    assert digest(neo4j_store.snapshot()) == recovered
