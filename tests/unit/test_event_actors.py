"""Event-data actors: CAMEO codes, ICEWS names, PLOVER codes, on actors written here."""

from __future__ import annotations

import pytest

from conftest import SHARED
from diplograph.graph import Organization, Person, State
from diplograph.loaders.events.actors import (
    EMPTY,
    NO_COUNTRY,
    NO_STATE,
    NON_STATE,
    UNKNOWN_ORG,
    cameo_actor,
    coded_actor,
    named_actor,
)
from diplograph.loaders.events.tables import iso_of_cameo

DAY = "2024-03-01"


@pytest.mark.parametrize(
    "code, name, country, types, expected",
    [
        ("FRAGOV", "FRANCE", "FRA", ("GOV",), State(code="FRA")),
        ("DEUMIL", "GERMAN", "DEU", ("MIL",), State(code="DEU")),
        ("ROM", "ROMANIA", "ROM", (), State(code="ROU")),  # a legacy CAMEO code
        (" BRA", "BRAZIL", "BRA", (), State(code="BRA")),  # GDELT 1.0's leading space
        ("BRABUS", "COMPANY", "BRA", ("BUS",), NON_STATE),
        ("indGOV", "TAMIL", "IND", ("GOV",), NON_STATE),  # an ethnic group's government
        ("GOV", "PRESIDENT", "", ("GOV",), NO_COUNTRY),
        ("EUR", "EUROPE", "EUR", (), NO_STATE),
        (" ", "", "", (), EMPTY),
        ("IGONAT", "NATO", "", ("IGO",), Organization(name="NATO")),
        ("IGOZZZ", "SOME BODY", "", ("IGO",), UNKNOWN_ORG),
    ],
)
def test_cameo_actors(code, name, country, types, expected):
    assert cameo_actor(code, name, country, types, DAY) == expected


def test_a_named_office_holder_in_gdelt_is_the_table_s_person():
    actor = cameo_actor("USAGOV", "JOE BIDEN", "USA", ("GOV",), DAY)
    assert isinstance(actor, Person) and actor.state == "USA" and "Biden" in actor.name


@pytest.mark.parametrize(
    "name, sectors, country, expected",
    [
        ("Spain", "", "Spain", State(code="ESP")),
        ("Foreign Affairs (Peru)", "", "Peru", State(code="PER")),
        ("Ministry of Defence (Chile)", "", "Chile", State(code="CHL")),  # an organ word
        ("Citizen (Peru)", "", "Peru", NON_STATE),
        ("European Union", "", "NA", Organization(name="European Union")),
        ("Association of Southeast Asian Nations", "", "", Organization(name="ASEAN")),
        ("Some Trader", "Business", "Peru", NON_STATE),
        ("Ana Official", "Government,Executive", "Peru", Person(name="Ana Official", state="PER")),
        ("Unspecified Actor", "", "", EMPTY),
        ("Someone", "", "Atlantis", NO_STATE),
        ("Minister (Moldova, Republic of)", "", "Moldova, Republic of", State(code="MDA")),
        ("Government (Moldova, Republic of)", "", "", State(code="MDA")),
    ],
)
def test_named_actors(name, sectors, country, expected):
    parts = frozenset(s for s in sectors.split(",") if s)
    country = "" if country == "NA" else country
    assert named_actor(name, parts, country, DAY, "icews") == expected


@pytest.mark.parametrize(
    "code, sector, expected",
    [
        ("JAP", "GOV", State(code="JPN")),  # the gold standard's typo
        ("USA", "", State(code="USA")),
        ("USA", "REB", NON_STATE),
        ("IGO", "", Organization(name="United Nations")),
    ],
)
def test_plover_coded_actors(code, sector, expected):
    assert coded_actor("UN" if code == "IGO" else "x", code, sector) == expected


def test_every_cameo_country_code_is_iso_or_listed():
    table = SHARED / "eventdata" / "gdelt" / "reference" / "cameoCountry.txt"
    codes = [line.split("\t")[0] for line in table.read_text("utf-8").splitlines()[1:]]
    from diplograph.loaders.events.tables import cameo_countries

    unknown = [c for c in codes if iso_of_cameo(c) is None and c not in cameo_countries()]
    assert len(codes) == 261 and unknown == []
