"""ingest over folders: every file checked and extracted before the one write; folders it cannot
read are named."""

import os

import pytest

from diplograph.graph import InputError
from diplograph.loaders import ingest

ARTICLE = "President Macron met Chancellor Scholz in Berlin on Monday.\n"


def test_a_bad_file_anywhere_writes_nothing(tmp_path, local_store):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="b.txt: a binary file"):
        ingest(local_store, [tmp_path])
    assert not local_store.path.exists()


def test_ingest_writes_once_and_twice_changes_nothing(tmp_path, local_store):
    for name in ("a.txt", "sub/b.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(ARTICLE.replace("Monday", name))
    first = ingest(local_store, [tmp_path])
    assert (first.documents, first.interactions) == (2, 2)
    again = ingest(local_store, [tmp_path])
    assert (again.documents, again.skipped, again.nodes_created) == (0, 2, 0)


def test_an_unreadable_folder_is_named(tmp_path, local_store, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(ARTICLE)
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):  # root reads any folder, so the refusal is the operating system's word
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    said = []
    report = ingest(local_store, [tmp_path], warn=said.append)
    assert report.documents == 1
    assert said == [f"{tmp_path / 'locked'}: skipped, cannot read the folder: Permission denied"]
