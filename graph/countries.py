"""States by ISO 3166 alpha-3 code, with the names, demonyms and capitals news uses for them.

Data from the countryinfo package (names, alternative spellings, demonyms, capitals), checked
against pycountry's ISO 3166 list.

>>> state_name("RUS"), state_name("KOR")
('Russia', 'South Korea')
>>> country("CHN").capital, country("CHN").demonym
('Beijing', 'Chinese')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import countryinfo
import pycountry

# User-assigned code in common use; not in ISO 3166.
_EXTRA = {"XKX": ("Kosovo", "Kosovar", "Pristina")}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...]  # the name and other spellings (no two-letter codes)
    demonym: str | None
    capital: str | None


@cache
def _table() -> dict[str, Country]:
    table: dict[str, Country] = {}
    iso = {c.alpha_3 for c in pycountry.countries}
    data = next(iter(vars(countryinfo.all_countries()[0]).values()))
    for entry in data.values():
        code = (entry.get("ISO") or {}).get("alpha3")
        if code not in iso:
            continue
        if code in table and code not in (entry.get("altSpellings") or []):
            continue  # England, Wales and Scotland share GBR: the United Kingdom lists it
        name = entry.get("name") or pycountry.countries.get(alpha_3=code).name
        spellings = [s for s in entry.get("altSpellings") or [] if len(s) > 3 and s.isascii()]
        capital = entry.get("capital") or ""
        if isinstance(capital, list):
            capital = capital[0] if capital else ""
        capital = capital.split(" D.C.")[0] or None
        table[code] = Country(
            code,
            name,
            tuple(dict.fromkeys([name, *spellings])),
            entry.get("demonym") or None,
            capital,
        )
    for code, (name, demonym, capital) in _EXTRA.items():
        table[code] = Country(code, name, (name,), demonym, capital)
    for country_ in pycountry.countries:  # anything countryinfo lacks keeps its ISO name
        if country_.alpha_3 not in table:
            name = getattr(country_, "common_name", None) or country_.name
            table[country_.alpha_3] = Country(country_.alpha_3, name, (name,), None, None)
    return table


def country(code: str) -> Country | None:
    return _table().get(code.upper())


def countries() -> list[Country]:
    return list(_table().values())


def state_name(code: str) -> str | None:
    found = country(code)
    return found.name if found else None
