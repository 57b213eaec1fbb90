"""Which two nodes a merge names: what a user types ("Trump", "Donald Trump") to (label, key).

A node whose key is exactly the text wins, then the actor resolver. The node to keep may also be
a key the alias file merged into the other one: that is merging back, and that key returns.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from diplograph.graph import QueryError
from diplograph.graph import aliases as alias_file

from .duplicates import LABELS
from .library import actor_index

if TYPE_CHECKING:
    from diplograph.graph import LocalStore, Neo4jStore


def merge_pair(
    store: Neo4jStore | LocalStore,
    merge: str,
    into: str,
    *,
    label: str | None = None,
    aliases: Path | None = None,
) -> tuple[str, str, str]:
    """(label, key to merge, key to keep) for the names ``merge`` and ``into``; the same key
    twice when they name one actor already."""
    labels = (label,) if label else LABELS
    index = actor_index(store)

    def node(text: str) -> tuple[str, str]:
        exact = [(lb, text) for lb in labels if (lb, text) in index.names]
        if len(exact) == 1:
            return exact[0]
        return index.resolve(text, labels, what=" or ".join(labels).lower())

    old_label, old = node(merge)
    table = alias_file.read(aliases)
    if table.is_alias(old_label, into) and table.resolve(old_label, into) == old:
        return old_label, old, into  # merging back
    new_label, new = node(into)
    if new_label != old_label:
        raise QueryError(
            f"{merge!r} ({old_label}) and {into!r} ({new_label}) have different labels: "
            "only actors of one label merge"
        )
    return old_label, old, new
