import os
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.neo4j


def test_cypher_example_runs(neo4j_store, neo4j_settings):
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri, "NEO4J_PASSWORD": neo4j_settings.password}
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "cypher_from_a_script.py")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert out.stdout.splitlines() == ["Donald Trump: 3", "Marco Rubio: 2", "Pete Hegseth: 1"]
