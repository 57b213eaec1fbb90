"""Event data in Neo4j: each sample gives the graph the embedded store gets, a re-import
creates nothing, a faulty file writes nothing, and one query spans GDELT rows and an article."""

from __future__ import annotations

import pytest

from conftest import INGESTED_AT
from diplograph.graph import InputError
from diplograph.loaders import ingest
from diplograph.loaders.events import import_events
from diplograph.queries import run_query
from event_samples import GDELT2, SAMPLES

pytestmark = pytest.mark.neo4j


@pytest.mark.parametrize("fmt, path", SAMPLES)
def test_each_sample_gives_the_same_graph_in_both_stores(neo4j_store, local_store, fmt, path):
    neo4j_store.batch_size = 5000  # the importer's own batches, not the fixture's small ones
    results = [
        import_events(store, fmt, [str(path)], ingested_at=INGESTED_AT)
        for store in (neo4j_store, local_store)
    ]
    assert results[0].report == results[1].report and results[0].report.relationships_created > 0
    assert neo4j_store.snapshot() == local_store.snapshot()
    again = import_events(neo4j_store, fmt, [str(path)], ingested_at="2027-01-01T00:00:00+00:00")
    assert (again.report.nodes_created, again.report.relationships_created) == (0, 0)
    assert neo4j_store.snapshot() == local_store.snapshot()


def test_a_faulty_row_writes_nothing_to_neo4j(neo4j_store, tmp_path):
    lines = GDELT2.read_text("utf-8").split("\n")
    lines[70] = "\t".join(lines[70].split("\t")[:12])
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines), "utf-8")
    with pytest.raises(InputError, match=r"bad.csv:71: \(line\): 12 columns"):
        import_events(neo4j_store, "gdelt", [str(GDELT2), str(bad)])
    assert sum(neo4j_store.stats()["nodes"].values()) == 0


ARTICLE = """New Zealand accuses Japan over whaling

WELLINGTON, 20 February 2014 - New Zealand accused Japan on Thursday of breaking the moratorium
on commercial whaling in the Southern Ocean.
"""


def test_one_query_spans_an_extracted_article_and_gdelt_rows(neo4j_store, local_store, tmp_path):
    article = tmp_path / "whaling.txt"
    article.write_text(ARTICLE, "utf-8")
    answers = []
    for store in (neo4j_store, local_store):
        ingest(store, [article], published="2014-02-20")
        import_events(store, "gdelt", [str(GDELT2)], ingested_at=INGESTED_AT)
        between = run_query(store, "between", a="Australia", b="New Zealand")
        accused = run_query(store, "between", a="New Zealand", b="Japan")
        paths = run_query(store, "path", a="Australia", b="Japan")
        answers.append((between, accused, paths))
        assert {r["type"] for r in between} == {"VISITED"}
        assert all("|gdelt|" in r["id"] for r in between)  # the dataset's rows
        assert [r["type"] for r in accused] == ["ACCUSED"] and accused[0]["evidence"]
        assert paths and all(p["types"] == ["VISITED", "ACCUSED"] for p in paths)
    assert answers[0] == answers[1]
