import csv
import json

import pytest
from pydantic import ValidationError

from conftest import SHARED
from diplograph.graph import (
    Interaction,
    InteractionType,
    State,
    document_id,
    facts_schema,
    parse_date,
)
from diplograph.graph.schema import render_schema, shipped_schema

CALL = {
    "type": "CALLED",
    "source": {"kind": "person", "name": "Marco Rubio", "state": "usa"},
    "target": {"kind": "person", "name": "Wang Yi", "state": "CHN"},
}


def test_interaction_fills_codes_precision_and_state_names():
    fact = Interaction.model_validate({**CALL, "date": "2025-09-10"})
    assert (fact.cameo, fact.plover, fact.date_precision.value) == ("041", "CONSULT", "day")
    assert fact.source.state == "USA"
    assert State(code="PRK").name == "North Korea"


@pytest.mark.parametrize(
    "change, field",
    [
        ({"colour": "red"}, "colour"),
        ({"type": "HUGGED"}, "type"),
        ({"status": "maybe"}, "status"),
        ({"date": "2025-13"}, "date"),
        ({"date": "July"}, "date"),
        ({"confidence": 1.5}, "confidence"),
        ({"cameo": "999"}, "cameo"),
        ({"source": {"kind": "state", "code": "XXX"}}, "source"),
        ({"source": {"kind": "person", "name": "A", "nickname": "B"}}, "source"),
        ({"type": "ATTENDED"}, "ATTENDED"),
    ],
)
def test_invalid_facts_are_rejected(change, field):
    with pytest.raises(ValidationError) as info:
        Interaction.model_validate({**CALL, **change})
    assert field in str(info.value)


def test_facts_are_frozen():
    fact = Interaction.model_validate(CALL)
    with pytest.raises(ValidationError):
        fact.status = "planned"


def test_same_entity_on_both_ends_is_rejected():
    with pytest.raises(ValidationError, match="same entity"):
        Interaction.model_validate({**CALL, "target": CALL["source"]})


def test_document_id_ignores_whitespace_only():
    assert document_id("A  met\nB.") == document_id(" A met B. ")
    assert document_id("A met B.") != document_id("A met C.")


def test_shipped_schema_matches_the_models():
    assert shipped_schema() == render_schema()
    schema = facts_schema()
    assert set(schema["required"]) == {"type", "source"}
    assert schema["additionalProperties"] is False


def test_every_type_has_codes_and_the_table_matches_shared():
    for kind in InteractionType:
        assert kind.cameo and kind.plover
    shared = SHARED / "cameo_plover.tsv"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    from importlib import resources

    ours = resources.files("diplograph.graph").joinpath("codes.tsv").read_text()
    assert ours == shared.read_text()


def test_seed_facts_validate(seed_facts):
    assert len(seed_facts) == 15
    assert {f.type.value for f in seed_facts} >= {"CALLED", "MET", "ACCUSED", "DENIED", "ATTENDED"}
    json.dumps([f.model_dump(mode="json") for f in seed_facts])  # serialisable


def test_codes_tsv_parses_every_row():
    from importlib import resources

    text = resources.files("diplograph.graph").joinpath("codes.tsv").read_text()
    rows = list(
        csv.DictReader([x for x in text.splitlines() if not x.startswith("#")], delimiter="\t")
    )
    assert {r["type"] for r in rows} >= {t.value for t in InteractionType}


def test_roles_name_only_vocabulary_types():
    from importlib import resources

    text = resources.files("diplograph.graph").joinpath("roles.tsv").read_text()
    rows = [x.split("\t") for x in text.splitlines() if x and not x.startswith("#")]
    assert {kind for kind, _ in rows} <= {t.value for t in InteractionType}
    assert InteractionType.having("meeting") == {"CALLED", "MET"}


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("٢٠٢٥-٠٩-٠٩", id="arabic-indic-digits"),
        pytest.param("２０２５", id="fullwidth-digits"),
        pytest.param("2025-09-09\n", id="trailing-newline"),
        pytest.param("2025-9-9", id="one-digit-parts"),
    ],
)
def test_dates_are_ascii_iso_only(value):
    with pytest.raises(ValueError, match="is not an ISO date"):
        parse_date(value)
