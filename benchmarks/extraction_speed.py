"""Extraction speed: the whole extractor against spaCy merely parsing the same text.

    .venv/bin/python benchmarks/extraction_speed.py [--devset ../shared/devset] [--words 1000000]
        [--rules-rev 228c371]

The development set's documents are repeated until they reach WORDS words, and in one process:

1. diplograph's whole extraction (cleaning, sentences, the parse of the sentences that hold a
   trigger word, mentions, frames, facts), words/s;
2. the baseline: the same English pipeline with NER off (tok2vec, tagger, parser, attribute
   ruler, lemmatizer) parsing every document whole, words/s; and the pipeline as diplograph
   loads it (no lemmatizer either) parsing every document, for comparison;
3. with --rules-rev, the regular-expression extractor of that git revision (the one this
   parser-based core replaced), checked out into a temporary worktree, words/s.

Prints the ratios (goal: ours / baseline >= 1.0x) and peak resident memory after each step
(goal: <= 600 MiB).
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, words: int, run) -> float:
    start = time.perf_counter()
    detail = run()
    seconds = time.perf_counter() - start
    print(
        f"{label}: {words / seconds:,.0f} words/s ({seconds:.1f} s{detail}), "
        f"peak RSS {rss():.0f} MiB"
    )
    return seconds


def rules_extractor(revision: str, folder: Path):
    """The extract function of an older revision, imported from a worktree under the names
    diplograph.* of its own (a second copy beside the installed one)."""
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), revision],
        check=True,
        capture_output=True,
    )
    saved = {
        k: v for k, v in sys.modules.items() if k == "diplograph" or k.startswith("diplograph.")
    }
    for key in saved:
        del sys.modules[key]
    package = types.ModuleType("diplograph")
    package.__path__ = []
    sys.modules["diplograph"] = package
    for name in ("graph", "loaders"):
        spec = importlib.util.spec_from_file_location(
            f"diplograph.{name}",
            folder / name / "__init__.py",
            submodule_search_locations=[str(folder / name)],
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[f"diplograph.{name}"] = module
        spec.loader.exec_module(module)
    extract = sys.modules["diplograph.loaders"].parse_article
    for key in [k for k in sys.modules if k == "diplograph" or k.startswith("diplograph.")]:
        del sys.modules[key]
    sys.modules.update(saved)
    return extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--rules-rev", help="git revision of the regular-expression extractor")
    args = parser.parse_args()

    import spacy

    from diplograph.loaders import parse_article
    from diplograph.loaders.parser import model_name, parse, pipeline

    texts = [p.read_text(encoding="utf-8") for p in sorted((args.devset / "docs").glob("*.txt"))]
    per_round = sum(len(t.split()) for t in texts)
    rounds = -(-args.words // per_round)
    corpus = texts * rounds
    words = per_round * rounds
    print(f"{len(texts)} documents, {per_round:,} words, x{rounds} = {words:,} words")
    print(f"pipeline {model_name()}, spaCy {spacy.__version__}; start RSS {rss():.0f} MiB")

    parse_article(texts[0])  # load the model and the lexicon before the clock starts
    parse(["Warm-up."])

    def ours():
        facts = sum(len(parse_article(t, published="2025-01-01").facts) for t in corpus)
        return f", {facts:,} facts"

    mine = timed("diplograph extraction", words, ours)

    def parse_all(nlp):
        def run():
            tokens = sum(len(doc) for doc in nlp.pipe(corpus, batch_size=32))
            return f", {tokens:,} tokens"

        return run

    full = spacy.load(model_name(), exclude=["ner"])
    base = timed(
        f"baseline: {model_name()} without NER, {'+'.join(full.pipe_names)}", words, parse_all(full)
    )
    del full
    lean = timed(
        "the pipeline as diplograph loads it, every document", words, parse_all(pipeline())
    )
    print(
        f"ratio ours / baseline: {base / mine:.2f}x (goal >= 1.0x); "
        f"ours / lean parse of everything: {lean / mine:.2f}x"
    )
    if args.rules_rev:
        with tempfile.TemporaryDirectory() as folder:
            tree = Path(folder) / "rules"
            try:
                old = rules_extractor(args.rules_rev, tree)
                old(texts[0])
                rules = timed(
                    f"regular-expression extractor at {args.rules_rev}",
                    words,
                    lambda: (
                        f", {sum(len(old(t, published='2025-01-01').facts) for t in corpus):,}"
                        " facts"
                    ),
                )
                print(f"ratio rules / baseline: {base / rules:.2f}x")
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                    capture_output=True,
                )
    print(f"process peak RSS: {rss():.0f} MiB (goal <= 600 MiB)")


if __name__ == "__main__":
    main()
