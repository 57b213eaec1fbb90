"""The Neo4j a benchmark runs against: NEO4J_URI if set, else a scratch server of its own."""

from __future__ import annotations

import os
import shutil
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
    home = Path(tempfile.mkdtemp(prefix="dg-bench-"))
    server = Neo4jServer(
        home=home,
        port=port,
        password="bench-" + os.urandom(4).hex(),
    )
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)  # a 1M-interaction run leaves gigabytes
