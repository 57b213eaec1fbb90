"""What both stores share: the write report, the snapshot shape, and choosing a store.

>>> report = WriteReport(interactions=3, nodes_created=4, relationships_created=5)
>>> report.as_dict()["relationships_created"]
5
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .settings import Neo4jSettings, is_neo4j_uri, resolve_store_target

if TYPE_CHECKING:
    from .local_store import LocalStore
    from .neo4j_store import Neo4jStore

Progress = Callable[[int, int], None]  # (rows just written, rows in all)
T = TypeVar("T")


@dataclass(frozen=True)
class WriteReport:
    """What one load did. ``untargeted``: interactions with no target, kept out of the edges."""

    interactions: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    untargeted: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def ordered_stats(stats: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Counts in vocabulary order (labels, then interaction types, then structural types)."""
    from .vocabulary import InteractionType, Label, StructuralType

    order = {m.value: i for i, m in enumerate((*Label, *InteractionType, *StructuralType))}
    return {
        kind: dict(sorted(counts.items(), key=lambda kv: order.get(kv[0], len(order))))
        for kind, counts in stats.items()
    }


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def canonical_snapshot(
    nodes: list[tuple[str, str, dict[str, Any]]],
    relationships: list[tuple[str, str, str, str, str, dict[str, Any]]],
) -> dict[str, list]:
    """Sort nodes and relationships so two stores' snapshots compare with ``==``."""
    return {
        "nodes": sorted(nodes, key=lambda n: (n[0], n[1])),
        "relationships": sorted(
            relationships, key=lambda r: (r[0], r[1], r[2], r[3], r[4], str(r[5].get("key")))
        ),
    }


def open_store(
    target: str | Path | None = None,
    *,
    settings: Neo4jSettings | None = None,
    username: str | None = None,
    database: str | None = None,
    existing: bool = False,
    **options: Any,
) -> Neo4jStore | LocalStore:
    """Open the store ``target`` names: a Neo4j URI, or a file path for the embedded store.

    With no target: DIPLOGRAPH_STORE, else NEO4J_URI, else the embedded store's default file.
    ``username`` and ``database`` override NEO4J_USERNAME and NEO4J_DATABASE. ``existing``: for
    reading only, so an embedded store's file that does not exist is an error, not an empty graph.
    """
    from .local_store import LocalStore
    from .neo4j_store import Neo4jStore

    resolved = str(target) if target is not None else resolve_store_target()
    if settings is not None or is_neo4j_uri(resolved):
        settings = settings or Neo4jSettings.from_env(
            uri=resolved, username=username, database=database
        )
        return Neo4jStore(settings, **options)
    options.pop("batch_size", None)  # the embedded store writes in one piece
    return LocalStore(Path(resolved).expanduser(), existing=existing, **options)
