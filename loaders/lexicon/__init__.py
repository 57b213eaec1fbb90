"""The words the mention finder knows, read from ``<language>/titles.tsv`` and ``names.tsv``:
offices and honorifics, building metonyms, short forms, demonyms, organizations, and the nouns
that end an event's name.

>>> "Secretary of State" in TITLES and METONYMS["the Kremlin"]
'RUS'
>>> TITLES.index("Secretary of State") < TITLES.index("Secretary")
True
"""

from __future__ import annotations

import re
from importlib import resources

LANGUAGE = "en"


def _rows(name: str, language: str = LANGUAGE) -> list[list[str]]:
    text = resources.files(__package__).joinpath(language, name).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _words(kind: str, name: str) -> list[str]:
    return [row[1] for row in _rows(name) if row[0] == kind]


def _names(kind: str) -> dict[str, str]:
    return {row[1]: row[2] for row in _rows("names.tsv") if row[0] == kind}


# Offices, longest first so "Secretary of State" wins over "Secretary".
TITLES = sorted(set(_words("title", "titles.tsv")), key=len, reverse=True)
HONORIFICS = tuple(_words("honorific", "titles.tsv"))
PORTFOLIOS = tuple(_words("portfolio", "titles.tsv"))  # "Under Secretary for Defense"
ORGANS = tuple(_words("organ", "titles.tsv"))  # "the Russian Foreign Ministry"
METONYMS = _names("metonym")  # buildings and seats that stand for their state
SHORT_FORMS = _names("short")  # short forms the country tables do not carry as names
DEMONYM_EXTRA = _names("demonym")
ORGANIZATIONS = _names("org")
CITIES = _names("city")  # cities that are no capitals, for the state they lie in

# Words that end a summit's or forum's name, capitalised or not ("Peru's meeting" is no
# event's name).
_EVENT_WORDS = _words("event-name", "titles.tsv")
EVENT_NOUNS = (
    r"(?<![’']s\s)(?:"
    + "|".join(re.escape(w[:-2]) + "s?" if w.endswith("s?") else re.escape(w) for w in _EVENT_WORDS)
    + ")"
)
