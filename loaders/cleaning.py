"""Scraped-page noise out, article text in: boilerplate cut, repeated paragraphs dropped.

>>> clean_text("Title\\n\\nA met B.\\nA met B.\\nMost popular stories\\n- X met Y").paragraphs
['A met B.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

from .dates import MONTH_NAMES, find_date

# A line that starts one of these blocks ends the article: everything from it on is page chrome.
_TAIL_MARKERS = re.compile(
    r"^\s*(legal disclaimer|most popular( stories)?|popular articles?|access ranking|"
    r"you may also like|related (articles|stories|news)|read more|also read|comments?$|"
    r"share this|advertisement|more from|recommended|trending|latest news|"
    r"other (news|headlines)|see also|tags?:)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*(?:(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:]+)?|(\d{1,2})/(\d{1,2})/(\d{4})\b.*|"
    r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})|(\d{1,2}) ([A-Z][a-z]+) (\d{4}))\s*$"
)
_MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9


# "TOKYO, April 2 (Reuters) – ", "New Delhi [India], November 24 (ANI): ", "MOSCOW, November 11.
# /TASS/. ", "Canberra [Australia], July 26 : ": a place (and date, and agency) before the story.
_DATELINE_PREFIX = re.compile(
    r"^(?:[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2})(?:\s*\[[^\]]{1,40}\])?,?"
    r"(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?\.?)?"
    r"(?:\s*\([^)]{1,60}\)|\s*/[A-Z]+/\.?)?\s*[:–—-]\s+(?=[A-Z“\"])"
)
_DATELINE_CAPS = re.compile(
    r"^[A-Z]{3,}(?:[\s-][A-Z]{3,})*,?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)?"
    r"(?:\s*\([^)]{1,60}\)|\s*/[A-Z]+/\.?)?\s*[:–—-]?\s+(?=[A-Z“\"])"
    r"(?![A-Z][A-Z ,'’-]*:\s)"  # "PENNY WONG, FOREIGN MINISTER: ..." is a speaker, not a place
)


def strip_dateline(paragraph: str) -> str:
    """Drop a news dateline from the start of a paragraph.

    >>> strip_dateline("TOKYO, April 2 (Reuters) – Japan's foreign minister said")
    "Japan's foreign minister said"
    >>> strip_dateline("Secretary Rubio met Wang Yi.")
    'Secretary Rubio met Wang Yi.'
    """
    for pattern in (_DATELINE_CAPS, _DATELINE_PREFIX):
        match = pattern.match(paragraph)
        if match and pattern is _DATELINE_CAPS and _speaker_label(match.group(0)):
            return paragraph  # "SECRETARY RUBIO: Thank you": who speaks, not where
        if match and (pattern is _DATELINE_CAPS or re.search(r"[\[(/:]|\d", match.group(0))):
            return paragraph[match.end() :]
    return paragraph


def _speaker_label(prefix: str) -> bool:
    """Capitals before a colon that do not name a place: a transcript's speaker label.

    >>> _speaker_label("SECRETARY RUBIO:  "), _speaker_label("NEW DELHI: ")
    (True, False)
    """
    from .mentions import state_code

    words, colon, _ = prefix.rstrip().partition(":")
    if not colon or "(" in words or "/" in words:
        return False
    names = words.replace(",", " ").split()
    place = " ".join(w.capitalize() for w in names)
    return len(names) > 1 and state_code(place) is None and not _CITY.search(place)


_CITY = re.compile(r"^(?:New|San|Los|Las|St\.?|Port)\s|\b(?:City|Town)$")


@dataclass
class CleanText:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    dateline: date | None = None
    dropped_repeats: int = 0
    dropped_tail: int = 0
    dropped_captions: int = 0


def _dateline(line: str) -> date | None:
    match = _DATELINE.match(line)
    if not match:
        return None
    g = match.groups()
    try:
        if g[0]:
            return date(int(g[0]), int(g[1]), int(g[2]))
        if g[3]:
            return date(int(g[5]), int(g[3]), int(g[4]))  # US style m/d/yyyy
        if g[6]:
            month = _MONTHS.get(g[6].lower())
            return date(int(g[8]), month, int(g[7])) if month else None
        month = _MONTHS.get(g[10].lower())
        return date(int(g[11]), month, int(g[9])) if month else None
    except ValueError:
        return None


@cache
def _page_words() -> dict[str, tuple[str, ...]]:
    text = resources.files(__package__).joinpath("lexicon", "en", "page.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    kinds: dict[str, list[str]] = {}
    for kind, words in rows:
        kinds.setdefault(kind, []).append(words)
    return {kind: tuple(words) for kind, words in kinds.items()}


def _furniture() -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = _page_words()
    return words["caption-start"], words["credit"]


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.replace("&", "and").casefold()).split())


def _reads_as_headline(line: str) -> bool:
    """A first line worth storing as the title: four words or more once a date is taken out,
    not a stamp ("Published: ...", "By ...", "- REUTERS") and not the publisher's name.

    >>> [_reads_as_headline(x) for x in ("Washington DC, February 18, 2025", "- REUTERS",
    ...  "10 Downing Street", "Minister Sato Meets His Counterpart in Lisbon")]
    [False, False, False, True]
    """
    words = _page_words()
    if line.startswith(words["stamp"]):
        return False
    if _folded(line) in {_folded(p) for p in words["publisher"]}:
        return False
    undated = re.sub(r"\b\d{1,4}\b|\b(?:" + "|".join(_MONTHS) + r")\b", " ", line, flags=re.I)
    return len(re.findall(r"[^\W\d_]{2,}", undated)) >= 4


TITLE_LIMIT = 160  # characters of opening words kept as a title


def document_title(cleaned: CleanText, words: int = 12) -> str | None:
    """The title to store for a document: its first line when that reads as a headline, else
    the opening words of its first paragraph (a dateline or a byline names no article).

    >>> document_title(CleanText(title="- AFP", paragraphs=["Ministers met in Rome on Monday "
    ...     "to talk about grain shipments across the Black Sea and the prices of fertiliser."]))
    'Ministers met in Rome on Monday to talk about grain shipments across…'
    """
    if cleaned.title and _reads_as_headline(cleaned.title):
        return cleaned.title
    for paragraph in cleaned.paragraphs:
        opening = paragraph.split()
        if len(opening) >= 4 and not _caption(paragraph):
            text = " ".join(opening[:words])
            if len(text) > TITLE_LIMIT:  # a run of words without spaces is no title either
                text = text[:TITLE_LIMIT].rstrip()
            return text + ("…" if len(opening) > words or len(text) < len(paragraph) else "")
    return cleaned.title


def _caption(line: str) -> bool:
    """A photo caption: "From left, Minister X, ..." or a line with a photo credit.

    >>> _caption("From left, Niger's Foreign Minister X and Mali's Y attend a news conference.")
    True
    >>> _caption("The ministers met in Bamako.")
    False
    """
    starts, credits = _furniture()
    return line.startswith(starts) or any(credit in line for credit in credits)


def _is_title(line: str) -> bool:
    return len(line) < 200 and not re.search(r"[.!?:;\"”]$", line)


def clean_text(text: str) -> CleanText:
    """Split into paragraphs, take the title and dateline off the top, cut page chrome at the
    first tail marker, and drop paragraphs (and lines) already seen."""
    out = CleanText()
    lines = unwrapped(text)
    seen: set[str] = set()
    for index, line in enumerate(lines):
        if index < 4 and out.dateline is None and (found := _dateline(line)):
            out.dateline = found
            continue
        if index == 0 and _is_title(line):
            out.title = line
            continue
        if _TAIL_MARKERS.match(line) and out.paragraphs:
            out.dropped_tail = len(lines) - index
            break
        if _caption(line):
            out.dropped_captions += 1
            continue
        key = line.casefold()
        if key in seen:
            out.dropped_repeats += 1
            continue
        seen.add(key)
        out.paragraphs.append(unbracketed(strip_dateline(line)))
    if out.dateline is None:  # "PM call with President X: 21 December 2025", "May 25, 2023, The
        out.dateline = _header_date([out.title or "", *lines[:4]])  # Kremlin, Moscow"
    return out


_BRACKETED = re.compile(r"\[([^\[\]]{1,80})\]")


def unbracketed(paragraph: str) -> str:
    """An editor's words in square brackets read as part of the sentence ("the Foreign Minister
    [Ana Ruiz]", "[Now] I am going to"); a footnote mark ("[1]", "[a]") is dropped.

    >>> unbracketed("I met the Foreign Minister [Ana Ruiz] today.[2]")
    'I met the Foreign Minister Ana Ruiz today.'
    """

    def keep(match: re.Match) -> str:
        inner = match.group(1).strip()
        return "" if inner.isdigit() or len(inner) == 1 else inner

    return " ".join(_BRACKETED.sub(keep, paragraph).split())


_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", ")")


def unwrapped(text: str) -> list[str]:
    """The text's non-empty lines, spaces folded, with hard-wrapped lines joined: a line that
    stops mid-sentence (no closing punctuation; a comma or a ``wrap-tail`` word last, or a next
    line that opens in lower case or with a digit) goes on in the line right after it.

    >>> unwrapped("Ishiba met Rubio in Tokyo on\\n12 March.\\n\\nHeadline\\nBody.")
    ['Ishiba met Rubio in Tokyo on 12 March.', 'Headline', 'Body.']
    """
    tails = set(_page_words()["wrap-tail"])
    out: list[str] = []
    follows = False  # the line before this one was not blank
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line:
            follows = False
            continue
        if follows and _goes_on(out[-1], line, tails):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        follows = True
    return out


def _goes_on(line: str, following: str, tails: set[str]) -> bool:
    if line.endswith(_SENTENCE_END):
        return False
    last = line.rsplit(" ", 1)[-1]
    return line.endswith(",") or last in tails or following[0].islower() or following[0].isdigit()


def _header_date(lines: list[str]) -> date | None:
    """A full date (day, month, year) in one of the short lines at the top of a document.

    >>> _header_date(["PM call with President X of the United States: 21 December 2025"])
    datetime.date(2025, 12, 21)
    >>> _header_date(["The Prime Minister spoke to the President on 3 May 2024 about trade."])
    """
    for line in lines:
        if not line or len(line) > 160 or line.rstrip().endswith((".", "?", "!")):
            continue
        found, _ = find_date(line, None)
        if found and len(found) == 10:
            return date.fromisoformat(found)
    return None
