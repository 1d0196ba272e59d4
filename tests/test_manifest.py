"""The file list beside the index (`index.manifest`): an update opens only the files whose size
or modification time changed, trusts no time too close to the list's writing, and falls back
to the records and hashes when the list is missing or describes another generation."""

from __future__ import annotations

import json
import os
import shutil
import time

from whoosh import index as whoosh_index

from index import manifest
from index.store import update_index
from search.api import Searcher

from .conftest import DATA

ARTICLES = ("norquad-148", "norquad-191")
HOUR_NS = 3600 * 10**9


def _corpus(tmp_path):
    folder = tmp_path / "artikler"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(DATA / "norquad" / f"{name}.txt", folder)
    return folder


def _age(path, ns: int = HOUR_NS) -> None:
    """Set a file's modification time an hour back, as an archive's files are."""
    old = time.time_ns() - ns
    os.utime(path, ns=(old, old))


def _same_size_edit(path) -> None:
    """Change one letter of a file's first paragraph, keeping its size."""
    text = path.read_text(encoding="utf-8")
    i = text.index("e", text.index("\n\n"))
    path.write_text(text[:i] + "a" + text[i + 1 :], encoding="utf-8")


def _built(tmp_path):
    corpus = _corpus(tmp_path)
    for path in corpus.iterdir():
        _age(path)
    index_dir = tmp_path / "index"
    update_index(index_dir, [corpus])
    listed = json.loads((index_dir / manifest.FILENAME).read_text(encoding="utf-8"))
    generation = whoosh_index.open_dir(str(index_dir)).latest_generation()
    assert listed["generation"] == generation
    assert set(listed["articles"]) == {f"artikler/{name}" for name in ARTICLES}
    return corpus, index_dir


def test_a_file_whose_size_and_time_are_as_listed_is_not_read(tmp_path):
    corpus, index_dir = _built(tmp_path)
    path = corpus / f"{ARTICLES[0]}.txt"
    stat = path.stat()
    _same_size_edit(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as rsync -t would leave it
    report = update_index(index_dir, [corpus])
    assert (report.updated, report.unchanged) == (0, 2)  # not opened: what make would do
    # a rebuild reads every file again, and finds the edit
    edited = path.read_text(encoding="utf-8")
    with Searcher(index_dir) as searcher:
        article, _ = searcher.article(f"artikler/{ARTICLES[0]}")
        assert "\n\n".join(p.text for p in article.paragraphs) not in edited
        report = update_index(index_dir, [corpus], full=True)
        assert report.updated == 2
        article, _ = searcher.article(f"artikler/{ARTICLES[0]}")
        assert all(p.text in edited for p in article.paragraphs)


def test_a_changed_size_or_time_is_read_and_hashed(tmp_path):
    corpus, index_dir = _built(tmp_path)
    first, second = (corpus / f"{name}.txt" for name in ARTICLES)
    first.write_text(first.read_text(encoding="utf-8") + "\n\nEt nytt avsnitt.\n", "utf-8")
    _age(first, HOUR_NS // 2)
    os.utime(second, ns=(time.time_ns() - HOUR_NS // 2,) * 2)  # touched, not changed
    report = update_index(index_dir, [corpus])
    assert (report.updated, report.unchanged) == (1, 1)
    with Searcher(index_dir) as searcher:
        assert searcher.search('"Et nytt avsnitt"').total == 1
    # the touched file was hashed, found unchanged, and is listed with its new time
    listed = manifest.load(index_dir, whoosh_index.open_dir(str(index_dir)).latest_generation())
    assert listed is not None
    assert listed.records[f"artikler/{ARTICLES[1]}"][manifest.STAT][1] == second.stat().st_mtime_ns


def test_a_time_too_close_to_the_listing_is_not_trusted(tmp_path):
    corpus = _corpus(tmp_path)
    index_dir = tmp_path / "index"
    update_index(index_dir, [corpus])  # files written just now: racy, as git calls it
    path = corpus / f"{ARTICLES[0]}.txt"
    stat = path.stat()
    _same_size_edit(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    report = update_index(index_dir, [corpus])
    assert report.updated == 1


def test_without_a_list_of_this_generation_the_records_are_compared(tmp_path):
    corpus, index_dir = _built(tmp_path)
    data = json.loads((index_dir / manifest.FILENAME).read_text(encoding="utf-8"))
    data["generation"] -= 1  # as if the list were written before the last commit
    (index_dir / manifest.FILENAME).write_text(json.dumps(data), encoding="utf-8")
    path = corpus / f"{ARTICLES[0]}.txt"
    stat = path.stat()
    _same_size_edit(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    report = update_index(index_dir, [corpus])
    assert report.updated == 1  # hashed: the list was not trusted
    (index_dir / manifest.FILENAME).unlink()
    report = update_index(index_dir, [corpus])
    assert (report.updated, report.unchanged) == (0, 2)
    assert (index_dir / manifest.FILENAME).exists()  # written again, for the next update


def test_a_removed_file_leaves_the_list(tmp_path):
    corpus, index_dir = _built(tmp_path)
    (corpus / f"{ARTICLES[1]}.txt").unlink()
    report = update_index(index_dir, [corpus])
    assert report.removed == 1
    listed = json.loads((index_dir / manifest.FILENAME).read_text(encoding="utf-8"))
    assert set(listed["articles"]) == {f"artikler/{ARTICLES[0]}"}


def test_a_list_written_is_read_back_as_written(tmp_path):
    """Rows and numbered folders on disk, the records an update compares in memory."""
    records = {
        "a/b": {"path": "/a/b.txt", "root": "/a", "content_hash": "x", manifest.STAT: [3, 5]},
        "c#1": {
            "path": "/c.jsonl",
            "content_hash": "z",
            "attribution": {"file_id": "c", "file_hash": "y", "corrections": "d"},
        },
    }
    manifest.save(tmp_path, 7, records)
    listed = manifest.load(tmp_path, 7)
    assert listed is not None and listed.records == records
    assert manifest.load(tmp_path, 8) is None
    (tmp_path / manifest.FILENAME).write_text('{"generation": 7}', encoding="utf-8")
    assert manifest.load(tmp_path, 7) is None  # a list cut short is no list
    listed_as_rows = {"format": 1, "generation": 7, "written_ns": 1, "articles": {"a": [1, 2]}}
    (tmp_path / manifest.FILENAME).write_text(json.dumps(listed_as_rows), encoding="utf-8")
    assert manifest.load(tmp_path, 7) is None  # nor one whose articles are not records


def test_a_list_that_cannot_be_written_leaves_the_update_done(tmp_path):
    """The list is a cache: a full disk or a read-only file in its place (here a folder of
    its name) does not fail the update it follows; the next update reads the records."""
    corpus, index_dir = _built(tmp_path)
    (index_dir / manifest.FILENAME).unlink()
    (index_dir / manifest.FILENAME).mkdir()  # cannot be replaced by a file
    (corpus / f"{ARTICLES[1]}.txt").unlink()
    report = update_index(index_dir, [corpus])
    assert report.removed == 1
    report = update_index(index_dir, [corpus])
    assert (report.removed, report.unchanged) == (0, 1)
