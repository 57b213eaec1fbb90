"""Where the graph lives: Neo4j settings from the environment, and the choice of store.

Flags override the environment; the password is never part of a repr, a log line or an error.

>>> s = Neo4jSettings(uri="bolt://user:pw@127.0.0.1:7687", password="secret")
>>> "secret" in repr(s), s.safe_uri
(False, 'bolt://127.0.0.1:7687')
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .errors import ConfigError

NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
DEFAULT_URI = "bolt://127.0.0.1:7687"


def data_home() -> Path:
    """Folder for the embedded store's default file ($XDG_DATA_HOME/diplograph)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "diplograph"


def cache_home() -> Path:
    """Folder for the provisioned Neo4j ($XDG_CACHE_HOME/diplograph)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "diplograph"


def default_local_path() -> Path:
    return data_home() / "graph.json"


def provisioned_password_file() -> Path:
    return cache_home() / "neo4j" / "password"


def is_neo4j_uri(value: str) -> bool:
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.lower() in NEO4J_SCHEMES


def check_uri(uri: str) -> str:
    """A Neo4j URI that parses, with no password in it (a password there shows in ``ps``).

    >>> check_uri("bolt://127.0.0.1:7687")
    'bolt://127.0.0.1:7687'
    >>> try:
    ...     check_uri("bolt://neo4j:secret@db:7687")
    ... except ConfigError as e:
    ...     str(e).split(" carries")[0]
    'The Neo4j URI bolt://db:7687'
    """
    if not is_neo4j_uri(uri):
        raise ConfigError(f"{uri!r} is not a Neo4j URI (use one of {', '.join(NEO4J_SCHEMES)})")
    scheme = uri.partition("://")[0]
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError as e:
        raise ConfigError(f"Bad Neo4j URI ({e}): expected {scheme}://HOST:PORT") from None
    if parts.password is not None:
        host = parts.hostname or ""
        safe = f"{scheme}://{host}:{parts.port}" if parts.port else f"{scheme}://{host}"
        raise ConfigError(
            f"The Neo4j URI {safe} carries a password: put it in NEO4J_PASSWORD instead "
            "(a URI shows in process lists and shell history)."
        )
    return uri


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = DEFAULT_URI
    username: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str = "neo4j"

    def __repr__(self) -> str:
        return (
            f"Neo4jSettings(uri={self.safe_uri!r}, username={self.username!r}, "
            f"database={self.database!r})"
        )

    def _without_credentials(self, keep_query: bool) -> str:
        parts = urlsplit(self.uri)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, parts.query if keep_query else "", ""))

    @property
    def safe_uri(self) -> str:
        """The URI without any credentials in it, for messages and logs."""
        return self._without_credentials(keep_query=False)

    @property
    def driver_uri(self) -> str:
        """The URI for the driver: credentials travel as auth, never inside the URI."""
        return self._without_credentials(keep_query=True)

    def redact(self, text: str) -> str:
        """Remove the password (and a URI carrying credentials) from a message."""
        text = text.replace(self.uri, self.safe_uri)
        if self.password:
            text = text.replace(self.password, "***")
        return text

    @classmethod
    def from_env(
        cls,
        uri: str | None = None,
        username: str | None = None,
        password: str | None = None,
        database: str | None = None,
    ) -> Neo4jSettings:
        """Settings from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; arguments win.

        With no password anywhere, the one ``diplograph neo4j start`` generated is used.
        """
        env = os.environ
        uri = check_uri(uri or env.get("NEO4J_URI") or DEFAULT_URI)
        password = password or env.get("NEO4J_PASSWORD")
        if password is None and provisioned_password_file().exists():
            password = provisioned_password_file().read_text(encoding="utf-8").strip()
        return cls(
            uri=uri,
            username=username or env.get("NEO4J_USERNAME") or "neo4j",
            password=password,
            database=database or env.get("NEO4J_DATABASE") or "neo4j",
        )


def resolve_store_target(store: str | None = None) -> str:
    """What ``--store`` means: the flag, else DIPLOGRAPH_STORE, else NEO4J_URI, else the default."""
    return (
        store
        or os.environ.get("DIPLOGRAPH_STORE")
        or os.environ.get("NEO4J_URI")
        or str(default_local_path())
    )
