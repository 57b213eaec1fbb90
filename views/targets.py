"""Where an export or a page may be written: never onto the store, and never over a file that
diplograph did not write in that format, unless the user says ``force``. Each writer leaves its
mark near the top of what it writes; a file without that mark is someone's data.

>>> export_paths(Path("out/graph.csv"), "csv")
[PosixPath('out/graph.nodes.csv'), PosixPath('out/graph.edges.csv')]
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from diplograph.graph import ConfigError

from .fields import GENERATOR

_HEAD = 8192  # every mark sits in the first lines
PAGE_MARK = '<meta name="generator" content="diplograph viz">'
_MARKS: dict[str, Callable[[str], bool]] = {
    "gexf": lambda head: f"<creator>{GENERATOR}</creator>" in head,
    "graphml": lambda head: GENERATOR in head and "<graphml" in head,
    "json": lambda head: f'"generator": "{GENERATOR}"' in head,
    "plover": lambda head: '"diplograph": {"type": ' in head.split("\n", 1)[0],
    "csv-nodes": lambda head: head.startswith("Id,Label,kind,"),
    "csv-edges": lambda head: head.startswith("Source,Target,Type,Id,Label,"),
    # pages from before the generator mark still carry the fixed title and the policy
    "html": lambda head: (
        PAGE_MARK in head
        or ("<title>diplograph</title>" in head and "Content-Security-Policy" in head)
    ),
}


def export_paths(out: Path, fmt: str) -> list[Path]:
    """The files an export to ``out`` writes: one, or for csv ``STEM.nodes.csv`` and
    ``STEM.edges.csv``."""
    if fmt != "csv":
        return [out]
    stem = out.with_suffix("") if out.suffix.lower() == ".csv" else out
    return [stem.with_name(f"{stem.name}.{table}.csv") for table in ("nodes", "edges")]


def _mark(path: Path, fmt: str) -> str:
    if fmt == "csv":
        return "csv-nodes" if path.name.endswith(".nodes.csv") else "csv-edges"
    return fmt


def check_target(path: Path, fmt: str, *, store: Path | None = None, force: bool = False) -> None:
    """Refuse ``path`` when it is the store (always) or an existing file that is not an earlier
    output of the same kind (unless ``force``)."""
    if store is not None and path.resolve() == store.expanduser().resolve():
        raise ConfigError(f"{path}: this is the store; write the {fmt} elsewhere")
    if path.is_dir():
        raise ConfigError(f"{path}: is a folder; name a file")
    if force or not path.exists() or path.stat().st_size == 0:
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(_HEAD)
    if not _MARKS[_mark(path, fmt)](head):
        raise ConfigError(
            f"{path}: exists and was not written by diplograph as {fmt}; "
            "choose another --out or add --force to replace it"
        )


def write_outputs(
    texts: dict[Path, str], fmt: str, *, store: Path | None = None, force: bool = False
) -> None:
    """Check every target first, then write each one whole (a temporary file renamed over it),
    so a refusal writes nothing and a crash leaves no half file."""
    for path in texts:
        check_target(path, fmt, store=store, force=force)
    for path, text in texts.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(f".{path.name}.part")
        scratch.write_text(text, encoding="utf-8")
        scratch.replace(path)
