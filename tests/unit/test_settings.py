import pytest

from diplograph.graph import ConfigError, LocalStore, Neo4jSettings, Neo4jStore, open_store


def test_password_is_never_in_repr_or_uri():
    s = Neo4jSettings(uri="neo4j+s://user:hunter2@db.example:7687", password="hunter2")
    assert "hunter2" not in repr(s) and "hunter2" not in s.safe_uri
    assert s.safe_uri == "neo4j+s://db.example:7687"
    store = Neo4jStore(s)
    assert "hunter2" not in repr(store) and "hunter2" not in store.location
    store.close()


def test_flags_override_environment(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://env:7687")
    monkeypatch.setenv("NEO4J_DATABASE", "envdb")
    s = Neo4jSettings.from_env(uri="bolt://flag:7687")
    assert (s.uri, s.database) == ("bolt://flag:7687", "envdb")


def test_non_neo4j_uri_is_a_config_error():
    with pytest.raises(ConfigError, match="not a Neo4j URI"):
        Neo4jSettings.from_env(uri="http://x")


def test_store_choice(monkeypatch, tmp_path):
    monkeypatch.delenv("DIPLOGRAPH_STORE", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    default = open_store()
    assert isinstance(default, LocalStore)
    assert default.path == tmp_path / "diplograph" / "graph.json"
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    store = open_store()
    assert isinstance(store, Neo4jStore)
    store.close()
    monkeypatch.setenv("DIPLOGRAPH_STORE", str(tmp_path / "x.json"))
    assert isinstance(open_store(), LocalStore)
    neo = open_store("neo4j://127.0.0.1:1")
    assert isinstance(neo, Neo4jStore)
    neo.close()
