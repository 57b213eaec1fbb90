"""Arbitrary Cypher from scripts and the shell: read-only unless asked, enforced by Neo4j."""

from __future__ import annotations

from typing import Any

from diplograph.graph import LocalStore, Neo4jStore, QueryError

from .rows import Rows

NEEDS_NEO4J = (
    "Cypher needs Neo4j; the embedded store answers only the named queries (`diplograph "
    "queries`). Start Neo4j with `diplograph neo4j start` (or `docker compose up -d --wait`), "
    "then pass --store bolt://127.0.0.1:7687 or set NEO4J_URI."
)


def run_cypher(
    store: Neo4jStore | LocalStore,
    query: str,
    params: dict[str, Any] | None = None,
    *,
    write: bool = False,
) -> Rows:
    """Run Cypher with ``$parameters``; rows as dicts (``Rows``: a list Jupyter shows as a table).

    Without ``write`` the query runs in Neo4j's READ access mode, so Neo4j itself refuses any
    write (ReadOnlyError), whatever the text says; and the server's plan for it is checked first,
    so it cannot read host files or URLs (LOAD CSV), end transactions or administer the server.
    """
    if isinstance(store, LocalStore):
        raise QueryError(NEEDS_NEO4J)
    if not query.strip():
        raise QueryError("empty Cypher query")
    if write:
        result = store.write([(query, params or {})])
        return Rows(result["rows"])
    return Rows(store.read(query, params or {}, guarded=True))
