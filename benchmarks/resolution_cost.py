"""What resolving people costs extraction: the office-holder lookups and the corpus's partial-name
join, against the whole extraction of the development set.

    .venv/bin/python benchmarks/resolution_cost.py [--devset ../shared/devset] [--rounds 3]

In one process, after one warm-up pass (the parser and the table loaded):

1. the whole extraction of every document (``parse_article``), ROUNDS times, with the time
   spent inside the people resolver (``people.holder``, ``resolve``, ``same_office``,
   ``surname``; nested calls counted once) measured on the side;
2. the same extraction with those lookups answering "nobody" at once: the baseline without
   resolution (the two runs alternate, round by round);
3. ``join_partial_names`` over all the documents' facts, as ``ingest`` runs it.

Prints each, and resolution's share of extraction time (goal: <= 10%).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from diplograph.graph import people
from diplograph.graph.partial_names import join_partial_names
from diplograph.loaders import extraction, parse_article, parties

ROOT = Path(__file__).resolve().parents[1]
LOOKUPS = ("holder", "resolve", "same_office", "surname")


class Clock:
    """Time inside the wrapped functions, the outermost call only."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self.depth = 0

    def wrap(self, function):
        def timed(*args, **kwargs):
            if self.depth:
                return function(*args, **kwargs)
            self.depth += 1
            self.calls += 1
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
                self.depth -= 1

        return timed


def patch(replacements: dict[str, object]) -> dict[tuple[object, str], object]:
    """Put ``replacements`` in place of the lookups wherever the extractor holds them."""
    saved = {}
    for module in (people, extraction, parties):
        for name, value in replacements.items():
            if hasattr(module, name):
                saved[(module, name)] = getattr(module, name)
                setattr(module, name, value)
    return saved


def restore(saved: dict[tuple[object, str], object]) -> None:
    for (module, name), value in saved.items():
        setattr(module, name, value)


def extract_all(texts: list[str], rounds: int) -> tuple[float, list]:
    facts = []
    start = time.perf_counter()
    for _ in range(rounds):
        facts = [f for text in texts for f in parse_article(text).facts]
    return time.perf_counter() - start, facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((args.devset / "docs").glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    extract_all(texts, 1)  # warm-up: the parser, the lexicon and the table loaded

    clock = Clock()
    originals = {name: getattr(people, name) for name in LOOKUPS}
    timed = {name: clock.wrap(f) for name, f in originals.items()}
    nobody = {
        "holder": lambda *a, **k: None,
        "resolve": lambda *a, **k: None,
        "same_office": lambda *a, **k: False,
        "surname": originals["surname"],  # a string helper, not a lookup
    }
    whole = bare = 0.0
    for _ in range(args.rounds):  # the two alternate, so a slower minute falls on both
        for replacements in (timed, nobody):
            saved = patch(replacements)
            try:
                seconds, found = extract_all(texts, 1)
            finally:
                restore(saved)
            if replacements is timed:
                whole, facts = whole + seconds, found
            else:
                bare += seconds
    start = time.perf_counter()
    for _ in range(args.rounds):
        joined = join_partial_names(facts)
    join = time.perf_counter() - start

    per = args.rounds
    print(f"devset: {len(texts)} documents, {words:,} words, {len(facts)} facts; {per} rounds")
    print(f"extraction, whole:                 {whole / per:7.2f} s a round")
    print(
        f"  of which in the people resolver: {clock.seconds / per:7.3f} s "
        f"({clock.calls // per:,} lookups a round)"
    )
    print(f"extraction, lookups answering nobody: {bare / per:7.2f} s a round")
    print(f"partial-name join over the corpus: {join / per:7.3f} s ({joined.joined} joined)")
    share = (clock.seconds + join) / whole
    difference = (whole - bare + join) / bare
    print(f"resolution's share of extraction: {share:.1%} (measured inside; goal <= 10%)")
    print(f"extraction with / without resolution: {difference:+.1%} (the two runs' difference)")


if __name__ == "__main__":
    main()
