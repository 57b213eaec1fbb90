"""The wheel carries every subpackage and data file (an unlisted one would only show up in -e)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import diplograph.cli
import diplograph.graph
import diplograph.loaders
import diplograph.queries
import diplograph.views
from conftest import ROOT

PACKAGES = {
    "cli": diplograph.cli,
    "graph": diplograph.graph,
    "loaders": diplograph.loaders,
    "queries": diplograph.queries,
    "views": diplograph.views,
}
DATA = [
    "graph/codes.tsv",
    "graph/roles.tsv",
    "graph/facts.schema.json",
    "graph/neo4j_runtime/pom.xml",
    "graph/neo4j_runtime/DiplographNeo4j.java",
    "graph/data/office_holders.tsv",
    "graph/data/office_holders.md",
    "graph/data/office_titles.tsv",
    "graph/data/generic_titles.tsv",
    "graph/data/name_words.tsv",
    "graph/py.typed",
    "views/page.html",
    "views/py.typed",
    "loaders/events/data/cameo_countries.tsv",
]


def test_wheel_holds_every_folder_and_data_file(tmp_path):
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "Warning" not in build.stdout + build.stderr, build.stderr  # a quiet build
    (wheel,) = tmp_path.glob("diplograph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for top in PACKAGES:
        for source in (ROOT / top).rglob("*.py"):
            assert f"diplograph/{source.relative_to(ROOT).as_posix()}" in names, source
    for data in DATA:
        assert f"diplograph/{data}" in names, data
    for tsv in (ROOT / "loaders" / "lexicon").rglob("*.tsv"):  # the extractor's words
        assert f"diplograph/{tsv.relative_to(ROOT).as_posix()}" in names, tsv


def test_public_doors_list_exactly_what_they_export():
    for name, module in PACKAGES.items():
        exported = module.__all__
        assert exported == sorted(exported), name
        public = {
            n
            for n, v in vars(module).items()
            if not n.startswith("_") and not (isinstance(v, type(module)))
        }
        public -= {"annotations"}
        assert public == set(exported), f"{name}: {public ^ set(exported)}"


def test_no_bare_top_level_names_are_importable_from_the_install():
    source = Path(diplograph.graph.__file__).resolve()
    assert source.parent.name == "graph"  # editable or wheel, always under diplograph.*
    assert diplograph.graph.__name__ == "diplograph.graph"
