"""diplograph.cli: the ``diplograph`` command."""

from .app import cli, main

__all__ = ["cli", "main"]
