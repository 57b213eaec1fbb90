"""The English parser: which pipeline loads, the manifest that guards the re-upload, and a few
golden parses that catch a changed model or spaCy version."""

import importlib
import shutil
from pathlib import Path

import pytest

from diplograph.graph import ConfigError
from diplograph.loaders import parser


def _model_folder() -> Path:
    package = Path(importlib.import_module(parser.REUPLOAD).__file__).parent
    return next(package.glob(f"{parser.REUPLOAD}-*"))


def test_the_installed_reupload_matches_its_manifest():
    parser.check_manifest(_model_folder())  # raises on any difference


def test_a_changed_model_file_is_refused(tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(_model_folder(), copy)
    with (copy / "parser" / "model").open("ab") as f:
        f.write(b"\0")
    with pytest.raises(ConfigError, match="parser/model differs from the reviewed model"):
        parser.check_manifest(copy)


def test_a_setting_names_the_pipeline_and_a_missing_one_says_how_to_install(monkeypatch):
    monkeypatch.setenv(parser.SETTING, "en_no_such_pipeline")
    assert parser.model_name() == "en_no_such_pipeline"
    parser.pipeline.cache_clear()
    try:
        with pytest.raises(ConfigError, match="requirements-model.txt"):
            parser.pipeline()
    finally:
        parser.pipeline.cache_clear()


def test_the_pipeline_runs_without_ner_lemmatizer_or_attribute_ruler():
    names = parser.pipeline().pipe_names
    assert "parser" in names and "tagger" in names
    assert not {"ner", "lemmatizer", "attribute_ruler"} & set(names)
    doc = parser.parse(["Rubio met Wang's deputy."])[0]  # the coarse tags come from tags.tsv
    assert [t.pos_ for t in doc] == ["PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"]


@pytest.mark.parametrize(
    "sentence, word, dep, head",
    [
        pytest.param("Rubio met Wang in Beijing.", "Wang", "dobj", "met", id="object"),
        pytest.param("Rubio met with Wang.", "with", "prep", "met", id="with-phrase"),
        pytest.param("Wang was received by Rubio.", "Wang", "nsubjpass", "received", id="passive"),
        pytest.param("Rubio urged Wang to act.", "act", "xcomp", "urged", id="control"),
        pytest.param("Rubio’s call with Wang ended.", "Rubio", "poss", "call", id="possessive"),
    ],
)
def test_golden_parses(sentence, word, dep, head):
    doc = parser.parse([sentence])[0]
    token = next(t for t in doc if t.text == word)
    assert (token.dep_, token.head.text) == (dep, head)


def test_straightened_quotes_keep_offsets():
    text = "The Philippines’ “strongest protest” was lodged."
    doc = parser.parse([text])[0]
    assert len(doc.text) == len(text)
    assert [t.idx for t in doc][-2] == text.index("lodged")
