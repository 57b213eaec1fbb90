"""Shared fixtures. The Neo4j ones start a real server through the project's own provisioner
(or use NEO4J_URI when set); with DIPLOGRAPH_REQUIRE_NEO4J=1 a Neo4j that cannot start fails
the run."""

from __future__ import annotations

import json
import os
import socket
import tempfile
from pathlib import Path

import pytest

from diplograph.graph import (
    Interaction,
    LocalStore,
    Neo4jServer,
    Neo4jSettings,
    Neo4jStore,
    ProvisionError,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_FACTS = ROOT / "examples" / "seed_facts.jsonl"
SHARED = ROOT.parent / "shared"
INGESTED_AT = "2026-01-01T00:00:00+00:00"

# Loads apply the user's alias file: the tests' loads (and the CLI processes they start) read an
# empty one of their own, never the user's. A test that merges names its own file.
os.environ["DIPLOGRAPH_ALIASES"] = str(Path(tempfile.mkdtemp(prefix="aliases-")) / "aliases.tsv")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory):
    """The server the tests start (None when NEO4J_URI names one of the user's)."""
    if os.environ.get("NEO4J_URI"):
        yield None
        return
    server = Neo4jServer(
        home=tmp_path_factory.mktemp("neo4j"),
        port=_free_port(),
        password="test-" + os.urandom(6).hex(),
    )
    try:
        server.start()
    except ProvisionError as e:
        if os.environ.get("DIPLOGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail(f"Neo4j is required (DIPLOGRAPH_REQUIRE_NEO4J=1) but did not start: {e}")
        pytest.skip(f"Neo4j not available: {e}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def neo4j_settings(neo4j_server):
    return neo4j_server.settings() if neo4j_server else Neo4jSettings.from_env()


@pytest.fixture
def neo4j_store(neo4j_settings: Neo4jSettings):
    """A Neo4jStore on an empty database."""
    with Neo4jStore(neo4j_settings, batch_size=50) as store:
        store.clear()
        yield store
        store.clear()


@pytest.fixture
def local_store(tmp_path: Path) -> LocalStore:
    return LocalStore(tmp_path / "graph.json")


@pytest.fixture(scope="session")
def seed_facts() -> list[Interaction]:
    return [
        Interaction.model_validate(json.loads(line))
        for line in SEED_FACTS.read_text(encoding="utf-8").splitlines()
    ]
