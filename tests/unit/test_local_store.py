import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import INGESTED_AT
from diplograph.graph import Interaction, LocalStore, StoreUnavailable
from diplograph.loaders import load_facts
from strategies import fact_lists


def test_seed_loads_once_and_again_changes_nothing(local_store, seed_facts):
    first = local_store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    assert (first.nodes_created, first.relationships_created) == (18, 25)
    before = local_store.snapshot()
    second = local_store.write_facts(seed_facts, ingested_at="2030-01-01T00:00:00+00:00")
    assert (second.nodes_created, second.relationships_created) == (0, 0)
    assert local_store.snapshot() == before


def test_store_file_round_trips(tmp_path, seed_facts):
    path = tmp_path / "g.json"
    LocalStore(path).write_facts(seed_facts, ingested_at=INGESTED_AT)
    assert LocalStore(path).snapshot() == LocalStore(path).snapshot()
    assert LocalStore(path).stats()["relationships"]["CALLED"] == 2


def test_repeated_report_is_one_edge_with_corroboration(local_store, seed_facts):
    call = next(f for f in seed_facts if f.type.value == "CALLED")
    other = call.model_copy(
        update={
            "document": call.document.model_copy(
                update={"id": "sha256:other", "published": "2025-09-12"}
            )
        }
    )
    local_store.write_facts([call, other], ingested_at=INGESTED_AT)
    (edge,) = [r for r in local_store.snapshot()["relationships"] if r[0] == "CALLED"]
    props = edge[5]
    assert props["corroboration"] == 2
    assert props["articles"] == ["sha256:8df5d940e621b7b18f6b33c4", "sha256:other"]
    assert (props["first_seen"], props["last_seen"]) == ("2025-09-11", "2025-09-12")


def test_symmetric_types_merge_both_directions(local_store, seed_facts):
    call = next(f for f in seed_facts if f.type.value == "CALLED")
    flipped = call.model_copy(update={"source": call.target, "target": call.source})
    local_store.write_facts([call, flipped], ingested_at=INGESTED_AT)
    assert local_store.stats()["relationships"]["CALLED"] == 1


def test_corrupt_file_is_a_clear_error(tmp_path):
    path = tmp_path / "g.json"
    path.write_text("{not json")
    with pytest.raises(StoreUnavailable, match="Cannot read the graph file"):
        LocalStore(path)


def test_failed_save_leaves_the_old_file(tmp_path, seed_facts, monkeypatch):
    path = tmp_path / "g.json"
    store = LocalStore(path)
    store.write_facts(seed_facts[:2], ingested_at=INGESTED_AT)
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(json, "dump", boom)
    with pytest.raises(StoreUnavailable, match="disk full"):
        store.write_facts(seed_facts, ingested_at=INGESTED_AT)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".g.json.lock", "g.json"]


def test_a_killed_saves_temp_file_is_removed_and_the_mode_kept(tmp_path, seed_facts):
    path = tmp_path / "g.json"
    LocalStore(path).write_facts(seed_facts[:2], ingested_at=INGESTED_AT)
    path.chmod(0o640)
    (tmp_path / ".g.json.abc123.tmp").write_text("half a graph")
    LocalStore(path).write_facts(seed_facts, ingested_at=INGESTED_AT)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".g.json.lock", "g.json"]
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_write_takes_up_what_another_process_wrote(tmp_path, seed_facts):
    first, second = LocalStore(tmp_path / "g.json"), LocalStore(tmp_path / "g.json")
    first.write_facts(seed_facts[:1], ingested_at=INGESTED_AT)
    second.write_facts(seed_facts[1:], ingested_at=INGESTED_AT)
    everything = LocalStore(tmp_path / "all.json")
    everything.write_facts(seed_facts, ingested_at=INGESTED_AT)
    assert LocalStore(tmp_path / "g.json").snapshot() == everything.snapshot()


@pytest.mark.parametrize(
    "content", [b"[1, 2]", b'{"format": "diplograph-local-graph", "nodes": [', b"\x00" * 9]
)
def test_a_file_that_is_not_a_graph_is_refused_and_kept(tmp_path, content):
    path = tmp_path / "g.json"
    path.write_bytes(content)
    with pytest.raises(StoreUnavailable, match="left as it is"):
        LocalStore(path)
    assert path.read_bytes() == content


def test_a_reader_needs_an_existing_file(tmp_path):
    with pytest.raises(StoreUnavailable, match="No graph file at"):
        LocalStore(tmp_path / "typo.json", existing=True)
    assert not (tmp_path / "typo.json").exists()


def test_a_second_writer_waits_then_names_the_holder(tmp_path):
    from diplograph.graph.file_lock import FileLock

    told = []
    with FileLock(tmp_path / "g.json"):
        with pytest.raises(StoreUnavailable, match=r"being written by process \d+ .*gave up"):
            with FileLock(tmp_path / "g.json", timeout=0.2, tell=told.append):
                pass
    assert len(told) == 1 and told[0].startswith("waiting for process")
    with FileLock(tmp_path / "g.json", timeout=0):
        pass


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(facts=fact_lists, data=st.data())
def test_order_and_repetition_do_not_change_the_graph(tmp_path_factory, facts, data):
    once = LocalStore(tmp_path_factory.mktemp("a") / "g.json")
    once.write_facts(facts, ingested_at=INGESTED_AT)
    again = LocalStore(tmp_path_factory.mktemp("b") / "g.json")
    shuffled = data.draw(st.permutations(facts + facts[: len(facts) // 2]))
    cut = data.draw(st.integers(0, len(shuffled)))
    again.write_facts(shuffled[:cut], ingested_at=INGESTED_AT)
    again.write_facts(shuffled[cut:], ingested_at=INGESTED_AT)
    again.write_facts(facts, ingested_at=INGESTED_AT)
    assert again.snapshot() == once.snapshot()


def test_load_facts_file(local_store):
    from conftest import SEED_FACTS

    result = load_facts(local_store, SEED_FACTS, ingested_at=INGESTED_AT)
    assert result.report.interactions == 15 and result.problems == []


def test_no_name_forges_another_interactions_key(tmp_path):
    def met(source, target):
        return Interaction.model_validate(
            {
                "type": "MET",
                "source": {"kind": "person", "name": source},
                "target": {"kind": "person", "name": target},
                "date": "2025-01-02",
            }
        )

    store = LocalStore(tmp_path / "g.json")
    store.write_facts([met("A|Person:B", "C"), met("A", "B|Person:C")], ingested_at=INGESTED_AT)
    ends = sorted((r[2], r[4]) for r in store.snapshot()["relationships"] if r[0] == "MET")
    assert ends == [("A", "B|Person:C"), ("A|Person:B", "C")]
