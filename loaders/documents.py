"""Reading articles from files, folders and stdin: text or HTML, with clear errors for the rest.

``read_article`` returns the text to extract from plus what the page says of itself (title,
publication date, URL); ``ingest`` extracts and loads, skipping documents the store already holds.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from diplograph.graph import InputError, WriteReport, document_id
from diplograph.graph.partial_names import join_partial_names

from .extraction import ParsedArticle, parse_article

MAX_BYTES = 10 * 1024 * 1024  # one article; a larger file is almost surely not one article
SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml"}
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


def _html_to_article(name: str, data: bytes) -> Article:
    import trafilatura

    found = trafilatura.bare_extraction(
        data.decode("utf-8", errors="replace"), with_metadata=True, include_comments=False
    )
    if found is None:
        return Article(name, "")
    meta = found if isinstance(found, dict) else found.as_dict()
    text = meta.get("text") or ""
    title = meta.get("title")
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    published = meta.get("date")
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        published = None
    return Article(name, text, title=title, published=published, url=meta.get("url"))


def _too_big(name: str, size: int) -> InputError:
    return InputError(
        [
            f"{name}: {size / 2**20:.1f} MiB is more than one article "
            f"(limit {MAX_BYTES // 2**20} MiB); split it into articles"
        ]
    )


def decode_article(name: str, data: bytes) -> Article:
    """Bytes to an Article: HTML through trafilatura (main text, title, date), text as is."""
    if len(data) > MAX_BYTES:
        raise _too_big(name, len(data))
    if b"\x00" in data[:8192]:
        raise InputError([f"{name}: a binary file, not text or HTML"])
    if _HTML.match(data[:1024]) or name.lower().endswith((".html", ".htm", ".xhtml")):
        return _html_to_article(name, data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(
            [
                f"{name}:{line}: not UTF-8 text (byte {data[e.start]:#04x}); "
                "convert it, e.g. `iconv -f latin1 -t utf-8`"
            ]
        ) from None
    return Article(name, text)


def read_stdin(limit: int = -1) -> bytes:
    """Standard input's bytes (up to ``limit``); a closed or missing stdin is an InputError."""
    try:
        return sys.stdin.buffer.read(limit)
    except (AttributeError, OSError, ValueError):
        raise InputError(["<stdin>: standard input is closed"]) from None


def read_article(path: str | Path) -> Article:
    """One article from a file (``-``: standard input)."""
    if str(path) == "-":
        return decode_article("<stdin>", read_stdin(MAX_BYTES + 1))
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise _too_big(name, size)
        with open(path, "rb") as f:  # read to the limit: a device or a pipe has no size
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError([f"{name}: no such file"]) from None
    except IsADirectoryError:
        raise InputError(
            [f"{name}: is a folder (ingest takes folders; extract takes files)"]
        ) from None
    except OSError as e:
        raise InputError([f"{name}: cannot read: {e.strerror}"]) from None
    return decode_article(name, data)


def find_articles(
    paths: Iterable[str | Path], warn: Callable[[str], None] | None = None
) -> Iterator[Path | str]:
    """Files named, and the article files under folders named (sorted, recursively). A
    sub-folder that cannot be read is passed to ``warn`` ("skipped"), never silently left out."""

    def unreadable(error: OSError) -> None:
        if warn:
            warn(f"{error.filename}: skipped, cannot read the folder: {error.strerror}")

    for path in paths:
        if str(path) != "-" and Path(path).is_dir():
            found = []
            for folder, subfolders, names in os.walk(path, onerror=unreadable):
                subfolders.sort()
                found.extend(Path(folder) / n for n in names if Path(n).suffix.lower() in SUFFIXES)
            yield from sorted(p for p in found if p.is_file())
        else:
            yield path


def extract_article(article: Article, published: str | None = None) -> ParsedArticle:
    """Facts of one article; ``published`` (YYYY-MM-DD) wins over the page's own date."""
    return parse_article(
        article.text, published=published or article.published, title=article.title, url=article.url
    )


def empty_note(article: Article) -> str | None:
    """The line a user sees when a file holds no text at all (it is read, not refused)."""
    return None if article.text.strip() else f"{article.name}: empty, no interactions"


@dataclass
class IngestReport:
    documents: int = 0
    skipped: int = 0
    interactions: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    joined: int = 0  # partial names joined to the one fuller name they fit

    def add(self, report: WriteReport) -> None:
        self.interactions += report.interactions
        self.nodes_created += report.nodes_created
        self.relationships_created += report.relationships_created


def ingest(
    store,
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> IngestReport:
    """Extract every article under ``paths`` and load their facts in one write.

    A partial name ("Wang") joins the one fuller name it fits among the documents' people and
    the store's ("Wang Yi", see :mod:`~diplograph.graph.partial_names`); one that several fit
    stays apart, with a note to ``warn``.

    A document the store already holds (same content hash) is skipped. All files are read and
    extracted first, so a bad file stops the run before anything is written; an empty one, and a
    sub-folder that cannot be read, are passed to ``warn``.
    """
    files = list(find_articles(paths, warn))
    articles = [read_article(path) for path in files]
    report = IngestReport()
    ids = [document_id(a.text) for a in articles]  # hashed once, asked about in one query
    known = store.article_ids(ids)
    facts = []
    for article, doc_id in zip(articles, ids, strict=True):
        if progress:
            progress(1, len(articles))
        if warn and (note := empty_note(article)):
            warn(note)
        if doc_id in known:
            report.skipped += 1
            continue
        facts.extend(extract_article(article, published).facts)
        report.documents += 1
    if facts:
        found = join_partial_names(facts, store.people())
        report.joined = found.joined
        for note in found.notes if warn else ():
            warn(note)
        report.add(store.write_facts(found.facts))
    return report
