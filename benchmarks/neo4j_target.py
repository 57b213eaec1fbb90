"""The Neo4j a benchmark runs against: NEO4J_URI if set, else a scratch server of its own."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from diplograph.graph import Neo4jServer, Neo4jSettings


@contextmanager
def neo4j_target(port: int) -> Iterator[Neo4jSettings]:
    if os.environ.get("NEO4J_URI"):
        yield Neo4jSettings.from_env()
        return
    server = Neo4jServer(
        home=Path(tempfile.mkdtemp(prefix="dg-bench-")),
        port=port,
        password="bench-" + os.urandom(4).hex(),
    )
    try:
        yield server.start()
    finally:
        server.stop()
