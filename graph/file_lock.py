"""One writer at a time on a file: an exclusive ``flock`` on a lock file beside it.

The lock is the operating system's, so it goes with the process that holds it: a writer killed with
``kill -9`` never leaves a stale lock. The lock file also tells who holds it (pid and command), so a
writer that waits, or gives up, can say for whom.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.json"
>>> with FileLock(path):
...     lock_path(path).name
'.g.json.lock'
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .errors import StoreUnavailable

TIMEOUT_ENV = "DIPLOGRAPH_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 600.0  # seconds a writer waits for another before it gives up


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _timeout() -> float:
    raw = os.environ.get(TIMEOUT_ENV, "")
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


def _tell(message: str) -> None:
    print(f"diplograph: {message}", file=sys.stderr, flush=True)


class FileLock:
    """Hold the lock of ``path`` for a ``with`` block; wait for another holder up to ``timeout``."""

    def __init__(
        self,
        path: Path,
        *,
        timeout: float | None = None,
        tell: Callable[[str], None] = _tell,
    ):
        self.path = Path(path)
        self.timeout = _timeout() if timeout is None else timeout
        self.tell = tell
        self._fd: int | None = None

    def __enter__(self) -> FileLock:
        lock = lock_path(self.path)
        try:
            lock.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise StoreUnavailable(
                f"Cannot lock the graph file {self.path}: {e.strerror}"
            ) from None
        deadline = time.monotonic() + self.timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(fd)
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreUnavailable(
                        f"The graph file {self.path} is being written by {holder}; gave up after "
                        f"{self.timeout:g} s (set {TIMEOUT_ENV} to wait longer)."
                    ) from None
                if not told:
                    self.tell(f"waiting for {holder} to finish writing {self.path}")
                    told = True
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {' '.join(sys.argv)[:200]}\n".encode(errors="replace"), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _holder(fd: int) -> str:
    """Who the lock file says holds it: "process 123 (diplograph load x.jsonl)"."""
    try:
        text = os.pread(fd, 300, 0).decode(errors="replace").strip()
    except OSError:
        text = ""
    pid, _, command = text.partition(" ")
    if not pid.isdigit():
        return "another process"
    command = "".join(c if c.isprintable() else "?" for c in command)
    return f"process {pid} ({command})" if command else f"process {pid}"
