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


def _kill_at_random_points(folder, store, env, after_each, reset, seed, wait):
    """Start the ingest KILL_POINTS times and kill it when ``wait(run, rng)`` returns; a run
    that finished first is undone (``reset``), so every run has documents left to write.
    Return how many kills landed mid-run."""
    rng = random.Random(seed)
    landed = 0
    for _ in range(KILL_POINTS):
        run = start_ingest(folder, store, env)
        wait(run, rng)
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

    def anywhere(run, rng):  # from the CLI's start to the one write at the end
        time.sleep(rng.uniform(0.2 * seconds, 0.95 * seconds))

    landed = _kill_at_random_points(
        folder, str(path), os.environ, readable, lambda: path.unlink(missing_ok=True), 3, anywhere
    )
    assert landed >= KILL_POINTS // 2, "most kills must land mid-ingest"
    assert start_ingest(folder, str(path), os.environ).wait() == 0
    assert digest(LocalStore(path).snapshot()) == digest(clean.snapshot())


@pytest.mark.neo4j
def test_neo4j_ingest_kills_mark_no_document_early(corpus, neo4j_store, neo4j_settings):
    folder, clean, _ = corpus
    env = {**os.environ, "NEO4J_PASSWORD": neo4j_settings.password}
    expected = interactions_per_document(clean.snapshot())
    in_the_write = 0  # kills that left some interactions written and not every document marked

    def relationships():
        return neo4j_store.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]

    def while_writing(run, rng):
        """Once the run's batches start adding relationships, a random moment after."""
        before, deadline = relationships(), time.monotonic() + 120
        while run.poll() is None and relationships() == before and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 1.0))

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
        4,
        while_writing,
    )
    assert landed >= KILL_POINTS // 2, "most kills must land mid-ingest"
    assert in_the_write >= 3, "kills must land while the documents are being written"
    rerun = start_ingest(folder, neo4j_settings.uri, env)
    assert rerun.wait() == 0, rerun.stderr.read()
    assert digest(neo4j_store.snapshot()) == digest(clean.snapshot())
