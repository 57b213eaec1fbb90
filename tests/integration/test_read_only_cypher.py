"""Read-only Cypher is harmless on the server the project provisions: no host file, no network, no
ending another transaction, no administration; and --write still cannot read host files there."""

import stat
import threading

import pytest

from diplograph.graph import QueryError, ReadOnlyError
from diplograph.queries import run_cypher

pytestmark = pytest.mark.neo4j


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.csv"
    path.write_text("a private line\n")
    path.chmod(0o600)
    return path


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("LOAD CSV FROM $url AS row RETURN row", id="load-csv-file"),
        pytest.param("PROFILE LOAD CSV FROM $url AS row RETURN row", id="profiled"),
        pytest.param(
            "MATCH (n) CALL { WITH n LOAD CSV FROM $url AS row RETURN row } RETURN row",
            id="in-a-subquery",
        ),
        pytest.param("/* c */ LOAD CSV FROM $url AS row RETURN row", id="after-a-comment"),
        pytest.param("LOAD CSV FROM 'http://127.0.0.1:9/x' AS row RETURN row", id="a-url"),
        pytest.param("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", id="terminate"),
        pytest.param("SHOW USERS", id="administration"),
        pytest.param("CALL dbms.listConfig() YIELD name RETURN name", id="dbms-procedure"),
    ],
)
def test_read_only_cypher_refuses_what_reaches_outside(neo4j_store, secret, query):
    with pytest.raises(ReadOnlyError, match="may not use"):
        run_cypher(neo4j_store, query, {"url": secret.as_uri()})


def test_read_only_cypher_still_reads_the_graph(neo4j_store):
    run_cypher(neo4j_store, "CREATE (:Person {key: 'k', name: 'Ada'})", write=True)
    assert run_cypher(neo4j_store, "MATCH (p:Person) RETURN p.name AS name") == [{"name": "Ada"}]
    labels = run_cypher(neo4j_store, "CALL db.labels() YIELD label RETURN label")
    assert {"label": "Person"} in labels  # every label the database ever held: db.* is allowed


def test_the_provisioned_server_reads_no_host_file_even_with_write(
    neo4j_server, neo4j_store, secret
):
    if neo4j_server is None:
        pytest.skip("a server of the user's (NEO4J_URI): its configuration is the user's")
    for url in (secret.as_uri(), "http://127.0.0.1:9/x"):
        with pytest.raises(QueryError, match="Cannot load from URL"):
            run_cypher(neo4j_store, "LOAD CSV FROM $url AS r RETURN r", {"url": url}, write=True)
    assert stat.S_IMODE(neo4j_server.home.stat().st_mode) == 0o700


def test_read_only_terminate_leaves_a_running_transaction(neo4j_store, neo4j_settings):
    started, release = threading.Event(), threading.Event()

    def long_write(tx):
        tx.run("CREATE (:Person {key: 'slow', name: 'Slow'})").consume()
        started.set()
        release.wait(30)

    def writer():
        with neo4j_store._driver.session(database=neo4j_store.database) as session:
            session.execute_write(long_write)

    thread = threading.Thread(target=writer)
    thread.start()
    assert started.wait(30)
    ids = run_cypher(
        neo4j_store,
        "SHOW TRANSACTIONS YIELD transactionId, currentQuery "
        "WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN transactionId",
    )
    assert ids, "the long write must be listed"
    with pytest.raises(ReadOnlyError):
        run_cypher(
            neo4j_store, "TERMINATE TRANSACTIONS $ids", {"ids": [r["transactionId"] for r in ids]}
        )
    release.set()
    thread.join(30)
    assert run_cypher(neo4j_store, "MATCH (p:Person {key: 'slow'}) RETURN count(p) AS n") == [
        {"n": 1}
    ]
