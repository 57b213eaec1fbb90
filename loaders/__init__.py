"""diplograph.loaders: read facts (and later articles and event data) into a store.

Each format has a pure ``parse_*`` (lines or text in, facts out) and a thin ``load_*`` that writes.
"""

from .facts import LoadResult, ParsedFacts, load_facts, parse_facts, read_lines

__all__ = ["LoadResult", "ParsedFacts", "load_facts", "parse_facts", "read_lines"]
