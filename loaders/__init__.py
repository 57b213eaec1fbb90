"""diplograph.loaders: read facts (and later articles and event data) into a store.

Each format has a pure ``parse_*`` (lines or text in, facts out) and a thin ``load_*`` that writes.
"""

from .documents import Article, IngestReport, empty_note, extract_article, ingest, read_article
from .extraction import ParsedArticle, extract_facts, parse_article
from .facts import LoadResult, ParsedFacts, load_facts, parse_facts, read_lines
from .mentions import state_code

__all__ = [
    "Article",
    "IngestReport",
    "LoadResult",
    "ParsedArticle",
    "ParsedFacts",
    "empty_note",
    "extract_article",
    "extract_facts",
    "ingest",
    "load_facts",
    "parse_article",
    "parse_facts",
    "read_article",
    "read_lines",
    "state_code",
]
