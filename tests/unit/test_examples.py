import subprocess
import sys

from conftest import ROOT


def test_embedded_example_runs(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "who_talked_to_whom.py"),
            str(tmp_path / "g.json"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = out.stdout.splitlines()
    assert lines[0].startswith("loaded 15 interactions")
    assert lines[1] == "Rubio talked to Wang Yi: CALLED, MET (2x, 2025-07 to 2025-09-09)"
    assert lines[2].startswith("  2025-07  MET")
