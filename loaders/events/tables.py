"""The event importers' word tables (``data/*.tsv``): country codes and names, organizations,
and which agents stand for their state."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from diplograph.graph.countries import country


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def cameo_countries() -> dict[str, str]:
    """CAMEO country code -> ISO alpha-3, or "" for a region with no state."""
    return {row["cameo"]: row["iso"] for row in _rows("cameo_countries.tsv")}


def iso_of_cameo(code: str) -> str | None:
    """The ISO alpha-3 code of a CAMEO actor country code; None for regions and unknown codes.

    >>> iso_of_cameo("ROM"), iso_of_cameo("USA"), iso_of_cameo("EUR"), iso_of_cameo("ZZZ")
    ('ROU', 'USA', None, None)
    """
    special = cameo_countries().get(code)
    if special is not None:
        return special or None
    return code if len(code) == 3 and code.isupper() and country(code) else None


@cache
def organizations() -> tuple[dict[str, str], dict[str, str]]:
    """(CAMEO group code -> name, folded spelling -> name)."""
    by_code, by_name = {}, {}
    for row in _rows("organizations.tsv"):
        name = row["name"]
        if row["cameo"]:
            by_code[row["cameo"]] = name
        for spelling in [name, *filter(None, (row["spellings"] or "").split("|"))]:
            by_name[spelling.casefold()] = name
    return by_code, by_name


def organization_named(text: str) -> str | None:
    """The canonical name of an organization as a dataset writes it.

    >>> organization_named("Association of Southeast Asian Nations"), organization_named("Disney")
    ('ASEAN', None)
    """
    return organizations()[1].get(text.strip().casefold())


@cache
def organs(scheme: str) -> frozenset[str]:
    """The agents of a scheme that stand for their state."""
    return frozenset(
        row["agent"]
        for row in _rows("agents.tsv")
        if row["scheme"] == scheme and row["role"] == "organ"
    )


@cache
def country_spellings(scheme: str) -> dict[str, str]:
    return {
        row["written"]: row["iso"] for row in _rows("country_names.tsv") if row["scheme"] == scheme
    }


def is_organ(sector: str, scheme: str) -> bool:
    """Whether a sector stands for its state: listed for the scheme, or holding an organ word.

    >>> is_organ("Ministry of Foreign Affairs", "icews"), is_organ("Citizen", "icews")
    (True, False)
    """
    return sector in organs(scheme) or any(word in organs("word") for word in sector.split())
