"""The event-code table: CAMEO prefixes and PLOVER categories/modes to our types."""

from __future__ import annotations

import pytest

from diplograph.graph import InteractionType, Status
from diplograph.loaders.events.codes import _table, cameo_type, plover_type


@pytest.mark.parametrize(
    "code, expected",
    [
        ("041", "CALLED"),
        ("042", "VISITED"),
        ("043", "HOSTED"),
        ("0431", "HOSTED"),  # a four-digit code falls back to its three-digit family
        ("1123", "ACCUSED"),
        ("026", "URGED"),
        ("0214", "URGED"),  # every appeal
        ("138", "THREATENED"),
        ("1663", "EXPELLED"),
    ],
)
def test_a_cameo_code_maps_by_its_longest_listed_prefix(code, expected):
    assert cameo_type(code).type is InteractionType(expected)


@pytest.mark.parametrize("code", ["010", "030", "0874", "190", "20", "1822"])
def test_codes_outside_the_diplomatic_range_map_to_nothing(code):
    assert cameo_type(code) is None


def test_express_intent_to_meet_is_a_planned_meeting_not_a_meeting():
    mapped = cameo_type("036")
    assert (mapped.type, mapped.status) == (InteractionType.PLANNED_MEETING, Status.PLANNED)


@pytest.mark.parametrize(
    "category, mode, expected",
    [
        ("CONSULT", "phone", "CALLED"),
        ("CONSULT", "visit", "VISITED"),
        ("CONSULT", "", "MET"),
        ("CONSULT", "unknown-mode", "MET"),  # an unknown mode falls back to the category
        ("ACCUSE", "disapprove", "CRITICIZED"),
        ("DISAPPROVE", None, "CRITICIZED"),  # the 0.5b1 name
        ("SANCTION", "expel", "EXPELLED"),
        ("sanction", "", "SANCTIONED"),
    ],
)
def test_plover_categories_and_modes(category, mode, expected):
    assert plover_type(category, mode).type is InteractionType(expected)


def test_plover_categories_outside_the_range_map_to_nothing():
    assert plover_type("PROTEST", "demo-org") is None and plover_type("ASSAULT") is None


def test_every_row_names_a_vocabulary_type_and_status():
    table = _table()
    assert {scheme for scheme, _ in table} == {"cameo", "plover"}
    for mapped in table.values():
        assert isinstance(mapped.type, InteractionType) and isinstance(mapped.status, Status)
