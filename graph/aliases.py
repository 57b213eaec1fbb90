"""The alias file: the merges a user made, which every later load applies.

``diplograph merge "Trump" --into "Donald Trump"`` joins two actors in a store and records the
merge here, so a re-ingest of the same documents gives the merged graph rather than bringing the
duplicate back. The file is a TSV (label, from, into, merged_at) at ``DIPLOGRAPH_ALIASES``, else
``<data home>/aliases.tsv``; one file serves every store, as it records who is whom, not what a
store holds.

Chains resolve to their end (A into B, then B into C: A is C). Merging back (B into A after A
into B) replaces the row, so the file never holds a cycle; merging the same pair twice changes
nothing.

>>> table = AliasTable([("Person", "Trump", "Donald Trump")])
>>> table.resolve("Person", "Trump"), table.resolve("Person", "Joe Biden")
('Donald Trump', 'Joe Biden')
>>> table.merged("Person", "Donald Trump", "Trump").rows
[('Person', 'Donald Trump', 'Trump')]
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, StoreUnavailable
from .file_lock import FileLock
from .settings import data_home
from .vocabulary import Label

ENV = "DIPLOGRAPH_ALIASES"
COLUMNS = ("label", "from", "into", "merged_at")
HEADER = "# diplograph alias file: each row joins the actor `from` into `into`; loads apply it.\n"
# Actors whose key is a name: a state's key is its ISO code, one code per state already.
MERGEABLE = (Label.PERSON, Label.ORGANIZATION)

Row = tuple[str, str, str]  # label, from key, into key


def default_path() -> Path:
    """DIPLOGRAPH_ALIASES, else ``<data home>/aliases.tsv``."""
    return Path(os.environ.get(ENV) or data_home() / "aliases.tsv").expanduser()


@dataclass(frozen=True)
class AliasTable:
    """Rows in the order they were made; ``resolve`` follows a chain to its end."""

    rows: list[Row] = field(default_factory=list)
    times: dict[Row, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        into: dict[tuple[str, str], str] = {}
        for label, old, new in self.rows:
            into[(label, old)] = new
        object.__setattr__(self, "_into", into)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def resolve(self, label: str, key: str) -> str:
        """The key an actor's key stands for now (itself when never merged)."""
        into: dict[tuple[str, str], str] = self._into  # type: ignore[attr-defined]
        seen = {key}
        while (label, key) in into:
            key = into[(label, key)]
            if key in seen:  # a hand-edited cycle: stop where it closes
                break
            seen.add(key)
        return key

    def is_alias(self, label: str, key: str) -> bool:
        return (label, key) in self._into  # type: ignore[attr-defined]

    def merged(self, label: str, old: str, new: str, at: str = "") -> AliasTable:
        """The table with ``old`` joined into ``new``. Any row making ``new`` an alias of ``old``
        (or of what ``old`` stands for) is dropped: that is merging back."""
        if old == new:
            return self
        rows = [r for r in self.rows if not (r[0] == label and r[1] in (old, new))]
        rows.append((label, old, new))
        times = {r: t for r, t in self.times.items() if r in rows}
        times[(label, old, new)] = at
        return AliasTable(rows, times)


def parse(lines: Iterable[str], source: str) -> AliasTable:
    """Read an alias file's lines; a bad row is an InputError naming file, line and field."""
    rows: list[Row] = []
    times: dict[Row, str] = {}
    labels = {label.value for label in MERGEABLE}
    for number, line in enumerate(lines, 1):
        text = line.rstrip("\n")
        if not text.strip() or text.startswith("#"):
            continue
        cells = text.split("\t")
        if [c.strip() for c in cells[:2]] == list(COLUMNS[:2]):  # the header line
            continue
        if len(cells) < 3:
            raise InputError([f"{source}:{number}: into: missing (a row is {', '.join(COLUMNS)})"])
        label, old, new = (c.strip() for c in cells[:3])
        if label not in labels:
            raise InputError(
                [f"{source}:{number}: label: {label!r} is not one of {', '.join(sorted(labels))}"]
            )
        for name, value in (("from", old), ("into", new)):
            if not value:
                raise InputError([f"{source}:{number}: {name}: empty"])
        row = (label, old, new)
        rows.append(row)
        times[row] = cells[3].strip() if len(cells) > 3 else ""
    return AliasTable(rows, times)


_READ: dict[Path, tuple[tuple[int, int, int], AliasTable]] = {}  # path -> (its stat, table)


def read(path: Path | None = None) -> AliasTable:
    """The alias file at ``path`` (default: :func:`default_path`); none there is an empty table.
    A file read before is parsed again only when it changed (its inode, size or mtime: a merge
    replaces it whole), so every write applying it does not re-read it."""
    path = path or default_path()
    try:
        stat = path.stat()
        seen = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
        if path in _READ and _READ[path][0] == seen:
            return _READ[path][1]
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return AliasTable()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError([f"{path}: cannot read the alias file: {e}"]) from None
    table = parse(io.StringIO(text), str(path))
    _READ[path] = (seen, table)
    return table


def record(label: str, old: str, new: str, at: str, path: Path | None = None) -> AliasTable:
    """Add a merge to the alias file and return the new table. Under the file's lock, read,
    change, replace whole (temp file and rename): a killed write leaves the old file."""
    path = path or default_path()
    for name, value in (("from", old), ("into", new)):
        if any(c in value for c in "\t\r\n"):
            raise InputError(
                [f"{name}: {value!r}: a key with a tab or line break cannot be merged"]
            )
    with FileLock(path):
        table = read(path).merged(label, old, new, at)
        _write(path, table)
    return table


def _write(path: Path, table: AliasTable) -> None:
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
    writer.writerow(COLUMNS)
    for row in table.rows:
        writer.writerow((*row, table.times.get(row, "")))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(out.getvalue())
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise StoreUnavailable(f"Cannot write the alias file {path}: {e.strerror or e}") from None
