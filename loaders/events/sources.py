"""The inputs of an import: files, zip archives (each member), gzip files, folders (searched
recursively) and ``-`` for standard input, each read as a stream of text lines.

Every input can be read twice (the importer checks everything before it writes anything):
standard input is first copied to a temporary file.
"""

from __future__ import annotations

import gzip
import os
import shutil
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from diplograph.graph import InputError
from diplograph.loaders.facts import decode_lines

_DAMAGED = (zipfile.BadZipFile, EOFError, zlib.error, gzip.BadGzipFile)


@dataclass(frozen=True)
class Input:
    name: str
    open: Callable[[], BinaryIO]
    archive: bool = False  # a read fault inside an archive is a damaged archive


class _Guarded:
    """A stream whose archive faults (a truncated zip or gzip) read as one OSError."""

    def __init__(self, stream: BinaryIO, archive: bool):
        self.stream = stream
        self.archive = archive

    def readline(self, limit: int = -1) -> bytes:
        try:
            return self.stream.readline(limit)
        except _DAMAGED as e:
            raise OSError(f"truncated or damaged archive ({e or type(e).__name__})") from None
        except OSError as e:
            if not self.archive:
                raise
            raise OSError(f"truncated or damaged archive ({e.strerror or e})") from None


def lines(item: Input) -> Iterator[str]:
    """The text lines of one input, streamed."""
    try:
        stream = item.open()
    except _DAMAGED as e:
        raise InputError([f"{item.name}: truncated or damaged archive ({e})"]) from None
    except OSError as e:
        what = "truncated or damaged archive" if item.archive else "cannot read"
        raise InputError([f"{item.name}: {what}: {e.strerror or e}"]) from None
    with stream:
        yield from decode_lines(_Guarded(stream, item.archive), item.name)


def _file_inputs(path: str) -> list[Input]:
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                members = [m.filename for m in archive.infolist() if not m.is_dir()]
        except _DAMAGED as e:
            raise InputError([f"{path}: truncated or damaged zip ({e})"]) from None
        return [
            Input(f"{path}:{member}", _member_opener(path, member), archive=True)
            for member in members
        ]
    if path.endswith((".zip", ".ZIP")):
        raise InputError([f"{path}: truncated or damaged zip (no central directory)"])
    if path.endswith((".gz", ".GZ")):
        return [Input(path, lambda: gzip.open(path, "rb"), archive=True)]
    return [Input(path, lambda: open(path, "rb"))]  # noqa: SIM115 - closed by lines()


def _member_opener(path: str, member: str) -> Callable[[], BinaryIO]:
    def opener() -> BinaryIO:
        archive = zipfile.ZipFile(path)  # noqa: SIM115 - closed with the member
        stream = archive.open(member)
        close = stream.close

        def close_both() -> None:
            close()
            archive.close()

        stream.close = close_both
        return stream

    return opener


@contextmanager
def find_inputs(paths: list[str] | tuple[str, ...]) -> Iterator[list[Input]]:
    """The inputs the paths name, in order (a folder's files sorted); a missing path or an
    unreadable folder is an InputError naming it."""
    spooled: list[str] = []
    try:
        found: list[Input] = []
        for path in paths:
            if path == "-":
                found.append(Input("<stdin>", _spool_stdin(spooled)))
            elif os.path.isdir(path):
                found.extend(_folder(path))
            elif os.path.exists(path):
                found.extend(_file_inputs(path))
            else:
                raise InputError([f"{path}: no such file or folder"])
        yield found
    finally:
        for name in spooled:
            os.unlink(name)


def _folder(path: str) -> list[Input]:
    problems: list[str] = []
    files = []
    for root, dirs, names in os.walk(
        path, onerror=lambda e: problems.append(f"{e.filename}: cannot read: {e.strerror}")
    ):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files += [os.path.join(root, n) for n in sorted(names) if not n.startswith(".")]
    if problems:
        raise InputError(problems)
    return [item for file in files for item in _file_inputs(file)]


def _spool_stdin(spooled: list[str]) -> Callable[[], BinaryIO]:
    if sys.stdin is None:
        raise InputError(["<stdin>: standard input is closed"])
    handle, name = tempfile.mkstemp(prefix="diplograph-stdin-")
    spooled.append(name)
    with os.fdopen(handle, "wb") as out:
        shutil.copyfileobj(sys.stdin.buffer, out, 1 << 20)
    if zipfile.is_zipfile(name):
        with zipfile.ZipFile(name) as archive:
            members = [m.filename for m in archive.infolist() if not m.is_dir()]
        if len(members) == 1:
            return _member_opener(name, members[0])
    with open(name, "rb") as head:
        if head.read(2) == b"\x1f\x8b":
            return lambda: gzip.open(name, "rb")
    return lambda: open(name, "rb")  # noqa: SIM115 - closed by lines()
