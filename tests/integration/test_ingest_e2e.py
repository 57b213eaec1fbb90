"""Articles in, graph out, in both stores: the same graph, and the seed's interactions in it."""

import pytest

from conftest import ROOT, SHARED
from diplograph.loaders import ingest
from diplograph.queries import run_query

pytestmark = pytest.mark.neo4j

SEED = SHARED / "seeds" / "000_5e0faf17412602bb.txt"


def _without_ingest_times(snapshot):
    for _, _, props in snapshot["nodes"]:
        props.pop("ingested_at", None)
    return snapshot


def test_sample_articles_give_the_same_graph_in_both_stores(neo4j_store, local_store):
    for store in (neo4j_store, local_store):
        report = ingest(store, [ROOT / "examples" / "articles"])
        assert report.documents == 6 and report.relationships_created > 10
        again = ingest(store, [ROOT / "examples" / "articles"])
        assert (again.skipped, again.relationships_created) == (6, 0)
    assert _without_ingest_times(neo4j_store.snapshot()) == _without_ingest_times(
        local_store.snapshot()
    )


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared only")
def test_seed_into_both_stores(neo4j_store, local_store):
    for store in (neo4j_store, local_store):
        ingest(store, [SEED], published="2025-09-11")
        rows = run_query(store, "between", a="Rubio", b="Wang Yi")
        assert [(r["date"], r["type"]) for r in rows if r["type"] in ("MET", "CALLED")] == [
            ("2025-07", "MET"),
            ("2025-09-09", "CALLED"),
        ]
        accused = {r["accused"] for r in run_query(store, "accusations", actor="Trump")}
        assert accused == {"China", "Russia", "North Korea"}
        attendees = run_query(store, "attendees", summit="military parade")
        assert {r["attendee"] for r in attendees} == {"China", "Russia", "North Korea"}
    assert _without_ingest_times(neo4j_store.snapshot()) == _without_ingest_times(
        local_store.snapshot()
    )
