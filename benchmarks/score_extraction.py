"""Score the extractor on a gold-annotated development set with the project's one scorer.

    .venv/bin/python benchmarks/score_extraction.py [--devset ../shared/devset]
        [--scorer ../shared/tools/score_extract.py] [--docs-only 001,002] [--show-errors]
        [--json OUT]

Extracts every document in this process (publication date from its gold file, as the scorer's
own `--cli` mode passes it), writes the facts as DIR/NNN.jsonl, and runs the shared scorer
(`score_extract.py --preds DIR`) on them, so the figures printed are the scorer's own: per type,
core (CALLED+MET+ACCUSED), all types, status errors, canonical person names.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from diplograph.loaders import parse_article

SHARED = Path(__file__).resolve().parents[2] / "shared"


def write_predictions(devset: Path, out: Path, only: set[str] | None) -> tuple[int, float]:
    """Extract each document of the devset into OUT/NNN.jsonl; return (documents, seconds)."""
    count, start = 0, time.perf_counter()
    for gold in sorted((devset / "gold").glob("*.json")):
        doc_id = gold.stem
        if only and doc_id not in only:
            continue
        published = json.loads(gold.read_text(encoding="utf-8")).get("published")
        text = (devset / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8")
        facts = parse_article(text, published=published).facts
        lines = (f.model_dump_json(exclude_none=True) for f in facts)
        (out / f"{doc_id}.jsonl").write_text("".join(f"{line}\n" for line in lines))
        count += 1
    return count, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=SHARED / "devset")
    parser.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score_extract.py")
    parser.add_argument("--docs-only", help="comma-separated document ids")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--json", type=Path, help="write the scorer's figures here")
    args = parser.parse_args()
    only = set(args.docs_only.split(",")) if args.docs_only else None
    with tempfile.TemporaryDirectory() as folder:
        count, seconds = write_predictions(args.devset, Path(folder), only)
        print(f"extracted {count} documents in {seconds:.1f} s", file=sys.stderr)
        command = [sys.executable, str(args.scorer), "--devset", str(args.devset)]
        command += ["--preds", folder]
        if args.docs_only:
            command += ["--docs-only", args.docs_only]
        if args.show_errors:
            command.append("--show-errors")
        if args.json:
            command += ["--json", str(args.json)]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
