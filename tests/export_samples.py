"""Facts written for the export tests: two people of two states, a state, every date precision
(day, month, year, none), article URLs, an event-data record with its CAMEO code, and markup in
the evidence."""

from __future__ import annotations

from diplograph.graph import Interaction


def _fact(kind, source, target, date, **extra):
    return Interaction.model_validate(
        {"type": kind, "source": source, "target": target, "date": date, **extra}
    )


PRIME = {"kind": "person", "name": "Ana Ferreira", "title": "Prime Minister", "state": "PRT"}
ENVOY = {"kind": "person", "name": "Jonas Berg", "title": "Foreign Minister", "state": "NOR"}
FACTS = [
    _fact(
        "MET",
        PRIME,
        ENVOY,
        "2025-02",
        evidence="Prime Minister Ana Ferreira met Jonas Berg in February.",
        document={"id": "sha256:aaa", "title": "Lisbon talks", "url": "https://example.org/a?x=1"},
    ),
    _fact(
        "ACCUSED",
        ENVOY,
        {"kind": "state", "code": "PRT"},
        "2024",
        evidence="Berg accused Portugal of <b>stalling</b>.",
        document={"id": "sha256:bbb", "title": "Oslo says", "url": "https://example.org/b"},
    ),
    _fact(
        "CALLED",
        PRIME,
        {"kind": "state", "code": "ESP"},
        "2025-03-04",
        record={"dataset": "gdelt", "id": "1234", "code": "036", "articles": 4},
    ),
    _fact("URGED", ENVOY, PRIME, None, evidence="Berg urged Ferreira to act."),
]
