"""Who held which office, and when: the office-holder table, and the resolver it gives.

The table (``data/office_holders.tsv``, its README and licence notes beside it) lists heads of
state and government, vice-presidents, foreign, defence and other ministers of 94 states and
EU, NATO and UN posts, term by term since 2017. A title resolves to the holder of that office in
that state on a date ("the Prime Minister" of GBR on 2025-02-25 is Keir Starmer); a name,
surname or variant resolves to the canonical full name when the table makes it unique; a date
outside every term resolves to nothing, never to today's holder. Users add rows of their own in
the same columns with ``DIPLOGRAPH_PEOPLE`` (a path) or ``<data home>/office_holders.tsv``.

>>> holder("GBR", "Prime Minister", "2025-02-25").name
'Keir Starmer'
>>> holder("GBR", "Prime Minister", "2019-03-01").name
'Theresa May'
>>> holder("GBR", "Prime Minister", "2016-01-01") is None  # before the table's coverage
True
>>> resolve("Blinken", on="2023-02-04").name, resolve("KAMIKAWA Yoko").name
('Antony Blinken', 'Yoko Kamikawa')
"""

from __future__ import annotations

import calendar
import csv
import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from .names import strip_accents
from .settings import data_home

COLUMNS = (
    "country",
    "office",
    "title_en",
    "name",
    "aliases",
    "start",
    "end",
    "wikidata",
    "source",
    "confidence",
)
CO_HOLDER = "#co-holder"


def _data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a TSV file of ``graph/data`` (``#`` lines are comments)."""
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


# Titles as texts write them, for offices whose holders the table names by another title.
GENERIC_TITLES = {
    row["title"]: tuple(row["offices"].split(",")) for row in _data_rows("generic_titles.tsv")
}
_NAME_WORDS = _data_rows("name_words.tsv")
SUFFIXES = {row["word"] for row in _NAME_WORDS if row["kind"] == "suffix"}
PARTICLES = tuple(row["word"] for row in _NAME_WORDS if row["kind"] == "particle")
INNER_PARTICLES = tuple(row["word"] for row in _NAME_WORDS if row["kind"] == "inner")


@dataclass(frozen=True)
class Term:
    """One person's term in one office."""

    country: str
    office: str
    title: str
    name: str
    aliases: tuple[str, ...]
    start: date
    end: date | None  # None: in office at the end of what the sources cover
    wikidata: str | None
    confidence: str
    co_holder: bool = False

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)

    @property
    def titles(self) -> tuple[str, ...]:
        """The term's title and the other titles its office goes by in its state
        (``office_titles.tsv``)."""
        return (self.title, *_other_titles().get((self.country, self.office), ()))

    def fits(self, title: str) -> bool:
        """Whether a title a text gives fits the office ("President Meloni" fits Italy's
        Prime Minister)."""
        return any(same_office(title, held) for held in self.titles)


def _bound(text: str, last: bool) -> date | None:
    """A partial ISO date as the first (or last) day it stands for."""
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    if len(parts) > 2:
        return date(year, month, parts[2])
    return date(year, month, calendar.monthrange(year, month)[1] if last else 1)


def fold(name: str) -> str:
    """A name folded for comparison: case, accents, dots and hyphens.

    >>> fold("Mevlüt Çavuşoğlu") == fold("MEVLUT CAVUSOGLU")
    True
    """
    return " ".join(strip_accents(name).replace("-", " ").replace(".", " ").split())


def name_words(name: str) -> tuple[str, ...]:
    """A name's words, folded, without initials and generational suffixes: what two spellings
    of one name share.

    >>> name_words("Antony J. Blinken"), name_words("Carlito Galvez Jr.")
    (('antony', 'blinken'), ('carlito', 'galvez'))
    """
    return tuple(w for w in fold(name).split() if len(w) > 1 and w not in SUFFIXES)


def _read(text: str) -> list[Term]:
    terms = []
    for row in csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        aliases = tuple(a for a in (row.get("aliases") or "").split("|") if a)
        terms.append(
            Term(
                country=row["country"],
                office=row["office"],
                title=row["title_en"],
                name=row["name"],
                aliases=tuple(a for a in aliases if a != CO_HOLDER),
                start=_bound(row["start"], last=False) or date.min,
                end=_bound(row["end"], last=True),
                wikidata=row.get("wikidata") or None,
                confidence=row.get("confidence") or "medium",
                co_holder=CO_HOLDER in aliases,
            )
        )
    return terms


def user_table() -> Path | None:
    """The user's own rows, if any: DIPLOGRAPH_PEOPLE, else <data home>/office_holders.tsv."""
    path = os.environ.get("DIPLOGRAPH_PEOPLE")
    candidate = Path(path) if path else data_home() / "office_holders.tsv"
    return candidate if candidate.is_file() else None


@cache
def terms() -> tuple[Term, ...]:
    """Every term: the shipped table, then the user's rows."""
    shipped = resources.files(__package__).joinpath("data", "office_holders.tsv")
    found = _read(shipped.read_text(encoding="utf-8"))
    extra = user_table()
    if extra is not None:
        found += _read(extra.read_text(encoding="utf-8"))
    return tuple(found)


@cache
def _by_name() -> dict[str, tuple[Term, ...]]:
    index: dict[str, list[Term]] = defaultdict(list)
    for term in terms():
        keys = {fold(term.name), *(fold(a) for a in term.aliases)}
        words = [w for w in fold(term.name).split() if w not in SUFFIXES]
        if len(words) > 1:
            keys.add(words[-1])  # the surname English news uses alone
            keys.add(fold(surname(term.name)))  # with its particles: "von der Leyen"
        for key in keys:
            index[key].append(term)
    return {key: tuple(found) for key, found in index.items()}


def surname(name: str) -> str:
    """The last word of a name that is not a generational suffix, with the particles before
    it, as written.

    >>> surname("Carlito Galvez Jr."), surname("Recep Tayyip Erdoğan")
    ('Galvez', 'Erdoğan')
    >>> surname("Ursula von der Leyen"), surname("Luiz Inácio Lula da Silva")
    ('von der Leyen', 'da Silva')
    """
    words = name.split()
    kept = [w for w in words if w.strip(".").casefold() not in SUFFIXES] or words or [""]
    start = len(kept) - 1
    while start > 1 and kept[start - 1].casefold() in PARTICLES:
        start -= 1
    return " ".join(kept[start:])


def _on(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return _bound(value, last=False)


@cache
def _other_titles() -> dict[tuple[str, str], tuple[str, ...]]:
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in _data_rows("office_titles.tsv"):
        index[(row["country"], row["office"])].append(row["title"])
    return {key: tuple(found) for key, found in index.items()}


@cache
def _by_office() -> dict[tuple[str, str], tuple[Term, ...]]:
    index: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for term in terms():
        index[(term.country, term.office)].append(term)
    return {key: tuple(found) for key, found in index.items()}


@cache
def _titles() -> dict[tuple[str, str], tuple[str, ...]]:
    index: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    for term in terms():
        for title in term.titles:
            index[(term.country, fold(title))][term.office] = None
    return {key: tuple(found) for key, found in index.items()}


def offices(country: str, title: str) -> tuple[str, ...]:
    """The offices a title names in a state: the table's own title for that state first
    ("Secretary of State" in the USA), else the generic reading ("Prime Minister")."""
    wanted = fold(title)
    return _titles().get((country, wanted)) or GENERIC_TITLES.get(wanted, ())


def clear_cache() -> None:
    """Forget the loaded table (after the user's rows changed)."""
    for cached in (terms, _by_name, _by_office, _titles):
        cached.cache_clear()


def same_office(said: str, held: str) -> bool:
    """Whether a title a text gives fits the title of a term: the same words, or the same head
    word ("Foreign Minister" and "Minister of Foreign Affairs"; not "President" and "Prime
    Minister").

    >>> same_office("Foreign Minister", "Minister of Foreign Affairs")
    True
    >>> same_office("President", "Prime Minister")
    False
    """
    wanted = fold(said)
    head = wanted.split()[-1] if wanted else ""
    return fold(held) == wanted or head in fold(held).split()


def holder(country: str, title: str, on: str | date | None) -> Term | None:
    """Who held the office a title names, in a state, on a date; None when no term covers the
    date (the table's coverage, see its README) or when the holder is not unique."""
    day = _on(on)
    if day is None or not country:
        return None
    for office in offices(country, title):
        found = [
            t
            for t in _by_office().get((country, office), ())
            if t.covers(day)
            and not t.co_holder
            and t.fits(title)  # a generic reading keeps the title's head word
        ]
        if any(t.start == day for t in found):  # a hand-over day: the incoming holder
            found = [t for t in found if t.end != day or t.start == day]
        people = {t.name for t in found}
        if len(people) == 1:
            return max(found, key=lambda t: t.start)
    return None


def counterpart(name: str, country: str, on: str | date | None) -> Term | None:
    """Who held, in ``country`` on a date, the office the named person held then ("his French
    counterpart" of a foreign secretary is France's foreign minister); None when the table
    cannot say."""
    day = _on(on)
    own = {t.office for t in named(name, None, day) if day is not None and t.covers(day)}
    if day is None or len(own) != 1:
        return None
    found = [
        t for t in _by_office().get((country, own.pop()), ()) if t.covers(day) and not t.co_holder
    ]
    return found[0] if len({t.name for t in found}) == 1 else None


def named(name: str, state: str | None = None, on: str | date | None = None) -> tuple[Term, ...]:
    """The terms a name, surname or variant fits, given what the text says of them (their
    state, the date): of those covering the date, else every term when one person held them."""
    found = _by_name().get(fold(name), ())
    day = _on(on)
    if day is not None:
        found = tuple(t for t in found if t.covers(day)) or (
            found if len({t.name for t in found}) == 1 else ()
        )
    if state:
        found = tuple(t for t in found if t.country == state)
    return found


def resolve(name: str, state: str | None = None, on: str | date | None = None) -> Term | None:
    """The one person of the table a name, surname or variant stands for, given what the text
    says of them (their state, the date); None when none or several fit."""
    found = named(name, state, on)
    if len({t.name for t in found}) != 1:
        return None
    return max(found, key=lambda t: t.start)


def office_terms(country: str, title: str) -> tuple[Term, ...]:
    """Every term of the office a title names in a state, oldest first.

    >>> [t.name for t in office_terms("GBR", "Prime Minister")][:2]
    ['Theresa May', 'Boris Johnson']
    """
    found = [
        t
        for office in offices(country, title)
        for t in _by_office().get((country, office), ())
        if t.fits(title)
    ]
    once = {(t.name, t.start, t.end): t for t in reversed(found)}  # a president heads both
    return tuple(sorted(once.values(), key=lambda t: (t.start, t.name)))


@dataclass(frozen=True)
class Lookup:
    """What the table says of a name or a title: the terms that fit, and the one answer."""

    asked: str
    kind: str  # "office" (a title, with a state) or "name"
    terms: tuple[Term, ...]
    answer: Term | None

    def summary(self) -> str:
        people = sorted({t.name for t in self.terms})
        if self.answer is not None:
            held = f" ({self.answer.title}, {self.answer.country})"
            return f"{self.asked!r} is {self.answer.name}{held}"
        if not people:
            return f"the table names nobody for {self.asked!r} (see its README on coverage)"
        if self.kind == "office":
            return f"{self.asked!r}: {len(self.terms)} terms; give --on for the holder on a date"
        return f"{self.asked!r} fits {len(people)} people: give --state or --on to choose"


def lookup(text: str, state: str | None = None, on: str | date | None = None) -> Lookup:
    """A title with a state: the holders of that office (the one on ``on``, or all of them);
    anything else: the people a name, surname or variant fits, and whom it resolves to.

    >>> lookup("Prime Minister", "GBR", "2025-02-25").answer.name
    'Keir Starmer'
    >>> lookup("Kamikawa").answer.name
    'Yoko Kamikawa'
    """
    if state and offices(state, text):
        if on is None:
            return Lookup(text, "office", office_terms(state, text), None)
        found = holder(state, text, on)
        return Lookup(text, "office", (found,) if found else (), found)
    return Lookup(text, "name", named(text, state, on), resolve(text, state, on))
