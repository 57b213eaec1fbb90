"""The event-data samples the importer tests read: the real GDELT, ICEWS and PLOVER files in
``../shared/eventdata`` (ICEWS may not be copied here) and a synthetic POLECAT file."""

from __future__ import annotations

import pytest

from conftest import ROOT, SHARED

EVENTS = SHARED / "eventdata"
GDELT2 = EVENTS / "gdelt" / "events.csv"
GDELT2T = EVENTS / "gdelt" / "eventsT.csv"
GDELT1 = EVENTS / "gdelt" / "events1.csv"
ICEWS = EVENTS / "icews" / "events.2018.sample.tab"
PLOVER = EVENTS / "plover" / "PLOVER_GSR_CAMEO.txt"
POLECAT = ROOT / "tests" / "fixtures" / "eventdata" / "polecat_synthetic.tsv"

SAMPLES = [
    pytest.param("gdelt", GDELT2, id="gdelt2"),
    pytest.param("gdelt", GDELT2T, id="gdelt2-translingual"),
    pytest.param("gdelt1", GDELT1, id="gdelt1"),
    pytest.param(
        "icews",
        ICEWS,
        id="icews",
        marks=pytest.mark.skipif(not ICEWS.exists(), reason="ICEWS sample absent (not shippable)"),
    ),
    pytest.param("plover", PLOVER, id="plover"),
    pytest.param("polecat", POLECAT, id="polecat"),
]
