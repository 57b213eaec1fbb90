"""Event-data actors become our entities: states by ISO code, named people through the
office-holder table, organizations by their canonical names. What cannot be resolved is named by
a reason (:class:`Unresolved`) and counted, never guessed.

>>> cameo_actor("USAGOV", "UNITED STATES", "USA", ("GOV",), "2025-03-01")
State(kind='state', code='USA', name='United States', aliases=())
>>> cameo_actor("USABUS", "COMPANY", "USA", ("BUS",), "2025-03-01")
Unresolved(reason='non-state actor')
>>> cameo_actor("IGOUNO", "UNITED NATIONS", "", ("IGO",), "2025-03-01").name
'United Nations'
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from diplograph.graph import Organization, Person, State
from diplograph.graph.countries import country
from diplograph.graph.people import resolve
from diplograph.loaders.mentions import state_code

from .tables import (
    country_spellings,
    is_organ,
    iso_of_cameo,
    organization_named,
    organizations,
    organs,
)


class Unresolved(NamedTuple):
    reason: str


EMPTY = Unresolved("no actor")
NO_STATE = Unresolved("region or unknown country")
NO_COUNTRY = Unresolved("actor without a country")
NON_STATE = Unresolved("non-state actor")
UNKNOWN_ORG = Unresolved("unknown organization")

_ORG_PIECES = {"IGO", "NGO", "IMG", "INT", "MNC", "NGM"}  # CAMEO codes of non-state bodies


@lru_cache(maxsize=1024)
def _state(iso: str) -> State:
    return State(code=iso)


@lru_cache(maxsize=65536)
def known_person(name: str, iso: str | None, on: str | None, official: bool) -> Person | None:
    """A named person: the table's canonical name when it knows them (with their state on that
    date), else the name as written when the dataset says they act for a state."""
    term = resolve(name, iso, on)
    if term is not None:
        state = term.country if len(term.country) == 3 and country(term.country) else iso
        aliases = (name,) if name != term.name else ()
        return Person(name=term.name, aliases=aliases, state=state)
    if official and iso:
        return Person(name=name, state=iso)
    return None


def _pieces(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def cameo_actor(
    code: str, name: str, country_code: str, types: tuple[str, ...], on: str | None
) -> State | Person | Organization | Unresolved:
    """A GDELT actor from its CAMEO code, name, country code and type codes (a named office
    holder of the table, on the event's date, is that person)."""
    actor, spoken = _cameo_actor(code, name, country_code, types)
    if spoken is not None:
        person = known_person(spoken, actor.code, on, False)
        if person is not None:
            return person
    return actor


@lru_cache(maxsize=65536)
def _cameo_actor(
    code: str, name: str, country_code: str, types: tuple[str, ...]
) -> tuple[State | Organization | Unresolved, str | None]:
    """What a CAMEO actor is on any date, and the name to look up in the table, if any."""
    code = code.strip()
    if not code:
        return EMPTY, None
    pieces = _pieces(code)
    country_code = country_code.strip()
    roles = {p for p in (*pieces, *types) if p and p != country_code}
    by_code = organizations()[0]
    if pieces[0] in _ORG_PIECES or (not country_code and roles & _ORG_PIECES):
        for piece in pieces[1:]:
            if piece in by_code:
                return Organization(name=by_code[piece]), None
        return UNKNOWN_ORG, None
    if pieces[0] in by_code and not country_code:
        return Organization(name=by_code[pieces[0]]), None
    if not country_code:
        return NO_COUNTRY, None  # "GOV" / "PRESIDENT": whose?
    iso = iso_of_cameo(country_code)
    if iso is None:
        return NO_STATE, None
    if not roles <= organs("cameo"):  # citizens, business, media, an ethnic group ("menGOV")
        return NON_STATE, None
    spoken = name.strip().title()
    if " " in spoken and not state_code(spoken):  # a name, not the state or its people
        return _state(iso), spoken
    return _state(iso), None


def country_named(text: str, scheme: str) -> str | None:
    """ISO alpha-3 of a country as a dataset writes it ("Russian Federation", "JAP")."""
    text = text.strip()
    if not text:
        return None
    found = country_spellings(scheme).get(text)
    if found:
        return found
    if len(text) == 3 and text.isupper():
        return text if country(text) else None
    return state_code(text)


@lru_cache(maxsize=65536)
def named_actor(
    name: str, sectors: frozenset[str], country_text: str, on: str | None, scheme: str
) -> State | Person | Organization | Unresolved:
    """An ICEWS or POLECAT actor: a state, "Sector (Country)", a person, or an organization."""
    name = name.strip()
    if not name or name in ("Unspecified Actor", "None"):
        return EMPTY
    org = organization_named(name)
    if org is not None:
        return Organization(name=org)
    sector, _, inside = name.partition(" (")
    if inside.endswith(")"):  # "Foreign Affairs (Bangladesh)"
        where = inside[:-1]
        org = organization_named(where)
        if org is not None and is_organ(sector, "icews"):
            return Organization(name=org)
        iso = country_named(where, scheme) or country_named(country_text, scheme)
        if iso is None:
            return NO_STATE
        return _state(iso) if is_organ(sector, "icews") else NON_STATE
    iso = country_named(country_text, scheme) if country_text else None
    named = country_named(name, scheme)
    if named is not None:
        return _state(named)
    if iso is None and country_text:
        return NO_STATE
    official = any(is_organ(s, "icews") or s in organs("plover") for s in sectors)
    person = known_person(name, iso, on, official)
    if person is not None:
        return person
    return NON_STATE if iso else NO_COUNTRY


@lru_cache(maxsize=4096)
def coded_actor(text: str, code: str, sector: str) -> State | Organization | Unresolved:
    """A PLOVER actor: an ISO-like code with an optional sector."""
    code = code.strip().upper()
    if code in ("IGO", "NGO", "IMG", "ISM"):
        org = organization_named(text)
        return Organization(name=org) if org else UNKNOWN_ORG
    iso = country_named(code, "plover")
    if iso is None:
        return NO_STATE if code else EMPTY
    sector = sector.strip()
    if sector and sector not in organs("plover"):
        return NON_STATE
    return _state(iso)
