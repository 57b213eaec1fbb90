"""Event dates from the phrases news uses, resolved against the publication date.

>>> from datetime import date
>>> pub = date(2025, 9, 11)  # a Thursday
>>> find_date("On Tuesday, Dong called Hegseth.", pub)
('2025-09-09', 'On Tuesday')
>>> find_date("They first met in July.", pub)
('2025-07', 'in July')
>>> find_date("Trump will attend next month.", pub)
('2025-10', 'next month')
>>> find_date("He visited Italy from November 2-3, 2023.", pub)
('2023-11-02', 'from November 2-3, 2023')
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from importlib import resources

MONTH_NAMES = _MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_RE = (
    "|".join(m.capitalize() for m in _MONTHS) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_RANGE = r"\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?"  # "12-13", "24 to 26": the first day
_PATTERNS = [
    (
        "dmy",
        re.compile(
            rf"\b(?:from\s+|during\s+)?(\d{{1,2}})(?:st|nd|rd|th)?{_RANGE}\s+(?:of\s+)?"
            rf"({_MONTH_RE})\.?,?\s+(\d{{4}})\b",
            re.I,
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?:from\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?{_RANGE},?\s+(\d{{4}})\b",
            re.I,
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:on\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?:on\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
        ),
    ),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    (
        "md",
        re.compile(
            rf"\b(?:on\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})", re.I
        ),
    ),
    (
        "dm",
        re.compile(
            rf"\b(?:on\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\b(?!\.?,?\s*\d{{4}})", re.I
        ),
    ),
    ("my", re.compile(rf"\b(?:in\s+)?({_MONTH_RE})\s+(\d{{4}})\b", re.I)),
    (
        "weekday",
        re.compile(r"\b(?:on\s+|last\s+|this\s+|next\s+)?(" + "|".join(_DAYS) + r")\b", re.I),
    ),
    ("relday", None),  # the phrases of lexicon/en/dates.tsv
    ("month", re.compile(rf"\b(?:in|since|during|by|early|late|mid-?)\s+({_MONTH_RE})\b", re.I)),
    (
        "relmonth",
        re.compile(r"\b(next|last|this|earlier this|later this) (month|week|year)\b", re.I),
    ),
]


@cache
def _relative_days() -> tuple[re.Pattern, dict[str, tuple[str, int]]]:
    """Day phrases relative to the publication or to the last date told, from dates.tsv."""
    text = resources.files(__package__).joinpath("lexicon", "en", "dates.tsv").read_text("utf-8")
    rows = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, anchor, days = line.split("\t")
            rows[phrase] = (anchor, int(days))
    words = "|".join(re.escape(p) for p in sorted(rows, key=len, reverse=True))
    return re.compile(rf"\b({words})\b", re.I), rows


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    for index, month in enumerate(_MONTHS, start=1):
        if month.startswith(name[:3]):
            return index
    raise ValueError(name)


def _iso(d: date, precision: str = "day") -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _month_year(month: int, published: date | None, future: bool) -> int | None:
    if published is None:
        return None
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def find_date(
    sentence: str, published: date | None, *, future: bool = False, last: str | None = None
) -> tuple[str | None, str | None]:
    """The first date phrase in ``sentence`` as (ISO date at its precision, the phrase).

    Relative phrases need ``published`` (or, for "the same day", ``last``: the day the document
    last gave); without it they give (None, phrase). ``future`` says the sentence speaks of
    what is to come: a bare weekday or month then looks forward.

    >>> find_date("Later the same day, Lind spoke with Berg.", None, last="2025-03-11")
    ('2025-03-11', 'Later the same day')
    """
    for kind, pattern in _PATTERNS:
        if kind == "relday":
            pattern, rows = _relative_days()
            match = pattern.search(sentence)
            if not match:
                continue
            anchor, days = rows[match.group(1).lower()]
            base = published
            if anchor == "last":
                base = date.fromisoformat(last) if last and len(last) == 10 else None
            if base is None:
                return None, match.group(0)
            return _iso(base + timedelta(days=days)), match.group(0)
        match = pattern.search(sentence)
        if not match:
            continue
        phrase = match.group(0).strip()
        g = match.groups()
        try:
            if kind == "dmy":
                return date(int(g[2]), _month(g[1]), int(g[0])).isoformat(), phrase
            if kind == "mdy":
                return date(int(g[2]), _month(g[0]), int(g[1])).isoformat(), phrase
            if kind == "iso":
                return date(int(g[0]), int(g[1]), int(g[2])).isoformat(), phrase
            if kind == "my":
                return f"{int(g[1]):04d}-{_month(g[0]):02d}", phrase
            if published is None:
                return None, phrase
            if kind in ("md", "dm"):
                month, day = (
                    (_month(g[0]), int(g[1])) if kind == "md" else (_month(g[1]), int(g[0]))
                )
                year = _month_year(month, published, future)
                return date(year, month, day).isoformat(), phrase
            if kind == "weekday":
                target = _DAYS.index(g[0].lower())
                word = phrase.split()[0].lower()
                if future or word == "next":
                    delta = (target - published.weekday()) % 7 or 7
                    return _iso(published + timedelta(days=delta)), phrase
                delta = (published.weekday() - target) % 7
                return _iso(published - timedelta(days=delta)), phrase
            if kind == "month":
                month = _month(g[0])
                return f"{_month_year(month, published, future):04d}-{month:02d}", phrase
            if kind == "relmonth":
                which, unit = g[0].lower(), g[1].lower()
                if unit == "year":
                    step = {"next": 1, "last": -1}.get(which, 0)
                    return f"{published.year + step:04d}", phrase
                if unit == "week":
                    step = {"next": 7, "last": -7}.get(which, 0)
                    return _iso(published + timedelta(days=step), "month"), phrase
                step = {"next": 1, "last": -1}.get(which, 0)
                month = published.month + step
                year = published.year + (month - 1) // 12
                return f"{year:04d}-{(month - 1) % 12 + 1:02d}", phrase
        except ValueError:
            continue
    return None, None
