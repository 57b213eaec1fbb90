"""One exception root for everything diplograph raises on purpose.

The CLI prints ``str(error)`` of any :class:`DiplographError` as one line and exits 1; anything else
is a bug and keeps its traceback.
"""

from __future__ import annotations


class DiplographError(Exception):
    """Root of the errors a user can cause or fix."""


class ConfigError(DiplographError):
    """A setting, flag or environment variable is missing or wrong."""


class InputError(DiplographError):
    """Input that cannot be read. ``problems`` holds one ``FILE:LINE: field: problem`` per fault."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = "\n".join(self.problems[:20])
        more = len(self.problems) - 20
        if more > 0:
            shown += f"\n... and {more} more"
        super().__init__(shown)


class StoreUnavailable(DiplographError):
    """The store cannot be reached or opened."""


class StoreError(DiplographError):
    """The store refused or failed an operation."""


class QueryError(DiplographError):
    """A query or its parameters are wrong (unknown name, bad parameter, Cypher error)."""


class ReadOnlyError(QueryError):
    """A write was attempted in read-only mode."""


class ProvisionError(DiplographError):
    """The local Neo4j server could not be provisioned, started or stopped."""


def clip(text: str, limit: int = 120) -> str:
    """A value fit for a one-line message: control characters shown as ``?``, cut to ``limit``.

    >>> clip("a\\nb" + "x" * 500, 10)
    'a?bxxxxxxx… (503 characters)'
    """
    shown = "".join(c if c.isprintable() else "?" for c in text[: limit + 1])
    return shown if len(text) <= limit else f"{shown[:limit]}… ({len(text)} characters)"
