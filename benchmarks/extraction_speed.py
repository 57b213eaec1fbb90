"""Extraction speed: the whole extractor against spaCy's bare tokenizer on the same text.

    .venv/bin/pip install -e '.[bench]'     # spaCy, for the baseline only
    .venv/bin/python benchmarks/extraction_speed.py [--devset ../shared/devset] [--words 1000000]

The development set's documents are repeated until they reach WORDS words; both sides process
the same documents in the same run. Prints words/s for each, the ratio, and peak resident
memory after our extraction (before spaCy is imported) and at the end. Then the time budget per
sentence, and the parts any Python extractor must do (cleaning and splitting, validating its facts,
reading the triggers) each timed alone against spaCy's time.
"""

from __future__ import annotations

import argparse
import re
import resource
import time
from pathlib import Path

from diplograph.graph import Interaction
from diplograph.loaders import parse_article
from diplograph.loaders.cleaning import clean_text
from diplograph.loaders.lexicon import TRIGGERS
from diplograph.loaders.sentences import split_sentences


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
    floors(texts, rounds, words, ours, base)


def floors(texts: list[str], rounds: int, words: int, ours: float, base: float) -> None:
    """Parts no Python extractor can skip, each timed alone over the same text: how much of
    spaCy's time each takes by itself."""
    articles = [parse_article(text, published="2025-01-01") for text in texts]
    facts = [f.model_dump(mode="json") for a in articles for f in a.facts]
    sentences = [
        s for text in texts for p in clean_text(text).paragraphs for s in split_sentences(p)
    ]
    # every trigger pattern in one alternation (groups unnamed), searched once per sentence:
    # the least any regex-based reading of the triggers does
    unnamed = [re.sub(r"[(][?]P<\w+>", "(?:", p.pattern) for _, p, _, _ in TRIGGERS]
    one = re.compile("|".join(f"(?:{source})" for source in unnamed))
    parts = {
        "cleaning and sentence splitting": lambda: [
            split_sentences(p) for text in texts for p in clean_text(text).paragraphs
        ],
        "validating the facts into the contract": lambda: [
            Interaction.model_validate(f) for f in facts
        ],
        "one search of all triggers per sentence": lambda: [one.search(s) for s in sentences],
    }
    per_sentence = 1e6 / (rounds * len(sentences))
    print(
        f"per sentence: ours {ours * per_sentence:,.0f} us; at 1.0x, everything would have "
        f"{base * per_sentence:,.0f} us"
    )
    print("floors, each alone (time as a multiple of spaCy's tokenizer):")
    for name, part in parts.items():
        t0 = time.perf_counter()
        for _ in range(rounds):
            part()
        seconds = time.perf_counter() - t0
        print(f"  {name:42} {words / seconds:>12,.0f} words/s  {seconds / base:5.2f}x spaCy's time")


if __name__ == "__main__":
    main()
