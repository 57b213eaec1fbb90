"""Extraction speed: the whole extractor against spaCy's bare tokenizer on the same text.

    .venv/bin/pip install -e '.[bench]'     # spaCy, for the baseline only
    .venv/bin/python benchmarks/extraction_speed.py [--devset ../shared/devset] [--words 1000000]

The development set's documents are repeated until they reach WORDS words; both sides process
the same documents in the same run. Prints words/s for each, the ratio, and peak resident
memory after our extraction (before spaCy is imported) and at the end.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from diplograph.loaders import parse_article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--devset", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "devset"
    )
    parser.add_argument("--words", type=int, default=1_000_000)
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted((args.devset / "docs").glob("*.txt"))]
    per_round = sum(len(t.split()) for t in texts)
    rounds = -(-args.words // per_round)
    words = per_round * rounds
    print(f"{len(texts)} documents, {per_round} words, x{rounds} = {words} words")

    t0 = time.perf_counter()
    facts = 0
    for _ in range(rounds):
        for text in texts:
            facts += len(parse_article(text, published="2025-01-01").facts)
    ours = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"diplograph extraction: {words / ours:,.0f} words/s ({ours:.1f} s, {facts} facts), "
        f"peak RSS so far {rss:.0f} MiB"
    )

    try:
        import spacy
    except ImportError:
        print("spaCy is not installed: pip install -e '.[bench]' for the baseline")
        return
    nlp = spacy.blank("en")
    t0 = time.perf_counter()
    tokens = 0
    for _ in range(rounds):
        for text in texts:
            tokens += len(nlp.tokenizer(text))
    base = time.perf_counter() - t0
    print(
        f"spacy.blank('en') tokenizer: {words / base:,.0f} words/s ({base:.1f} s, {tokens} tokens)"
    )
    print(f"ratio (ours / spaCy tokenizer): {base / ours:.2f}x")
    print(f"process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
