"""An ingest killed with SIGKILL at many points never marks a document as stored before all its
interactions are, and one run after all the kills gives the graph of one clean ingest."""

import os
import random
import signal
import time

import pytest
from load_runs import (
    digest,
    incomplete_documents,
    interactions_per_document,
    start_ingest,
    write_articles,
)

from diplograph.graph import LocalStore

pytestmark = pytest.mark.reliability

KILL_POINTS = 20
ARTICLES = 300


def _kill_at_random_points(folder, store, env, after_each, reset, seed, window):
    """Start the ingest KILL_POINTS times and kill it after a random delay; a run that finished
    first is undone (``reset``), so every run has documents left to write. Return how many
    kills landed mid-run."""
    rng = random.Random(seed)
    landed = 0
    for _ in range(KILL_POINTS):
        run = start_ingest(folder, store, env)
        time.sleep(rng.uniform(*window))  # seconds after the start
        finished = run.poll() is not None
        landed += not finished
        run.send_signal(signal.SIGKILL)
        run.wait()
        after_each()
        if finished:
            reset()
    return landed


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The articles, and the clean ingest of them into an embedded store."""
    root = tmp_path_factory.mktemp("ingest-kills")
    folder = write_articles(root / "articles", ARTICLES)
    clean = root / "clean.json"
    started = time.monotonic()
    assert start_ingest(folder, str(clean), os.environ).wait() == 0
    return folder, LocalStore(clean), time.monotonic() - started


def test_local_store_survives_ingest_kills(corpus, tmp_path):
    folder, clean, seconds = corpus
    path = tmp_path / "g.json"

    def readable():
        if path.exists():
            LocalStore(path).snapshot()  # raises on a torn file

    landed = _kill_at_random_points(
        folder,
        str(path),
        os.environ,
        readable,
        lambda: path.unlink(missing_ok=True),
        seed=3,
        window=(0.2 * seconds, 0.95 * seconds),  # from the CLI's start to the one write
    )
    assert landed >= KILL_POINTS // 2, "most kills must land mid-ingest"
    assert start_ingest(folder, str(path), os.environ).wait() == 0
    assert digest(LocalStore(path).snapshot()) == digest(clean.snapshot())


@pytest.mark.neo4j
def test_neo4j_ingest_kills_mark_no_document_early(corpus, neo4j_store, neo4j_settings):
    folder, clean, _ = corpus
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password}
    expected = interactions_per_document(clean.snapshot())
    started = time.monotonic()
    assert start_ingest(folder, neo4j_settings.uri, env).wait() == 0  # how long a whole run takes
    seconds = time.monotonic() - started
    neo4j_store.clear()
    in_the_write = 0  # kills that left some interactions written and not every document marked

    def complete_documents_only():
        nonlocal in_the_write
        assert incomplete_documents(neo4j_store, expected) == [], "marked before complete"
        marked = neo4j_store.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"]
        written = neo4j_store.read("MATCH ()-[r:MET]->() RETURN count(r) AS n")[0]["n"]
        in_the_write += written > 0 and marked < ARTICLES

    landed = _kill_at_random_points(
        folder,
        neo4j_settings.uri,
        env,
        complete_documents_only,
        neo4j_store.clear,
        seed=4,
        window=(0.45 * seconds, 0.95 * seconds),  # mostly while the batches are written
    )
    assert landed >= KILL_POINTS // 2, "most kills must land mid-ingest"
    assert in_the_write >= 3, "kills must land while the documents are being written"
    rerun = start_ingest(folder, neo4j_settings.uri, env)
    assert rerun.wait() == 0, rerun.stderr.read()
    assert digest(neo4j_store.snapshot()) == digest(clean.snapshot())
