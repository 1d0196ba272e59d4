"""`sitat index --jobs N`: articles parsed in worker processes, one writer, and an index the
same as one process writes (issue 26)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from index.store import update_index
from index.workers import IN_PROCESS_FIRST

from .helpers import copy_real_articles, sitat_popen

ROOT = Path(__file__).resolve().parent.parent


def everything(index_dir: Path) -> tuple[list, dict]:
    """Every stored document in docnum order, and every posting of every term of every
    field (document numbers and their encoded values: frequencies, positions)."""
    ix = whoosh_index.open_dir(str(index_dir), indexname="MAIN")
    with ix.searcher() as searcher:
        reader = searcher.reader()
        stored = [reader.stored_fields(n) for n in reader.all_doc_ids()]
        postings = {
            (field, term): [(m.id(), m.value()) for m in _walk(reader.postings(field, term))]
            for field, term in reader.all_terms()
        }
    return stored, postings


def _walk(matcher):
    while matcher.is_active():
        yield matcher
        matcher.next()


@pytest.fixture(scope="module")
def real_files(tmp_path_factory):
    """The real articles of the tests, and one that cannot be parsed (empty)."""
    folder = copy_real_articles(tmp_path_factory.mktemp("artikler"))
    (folder / "tom.txt").write_text("\n\n", encoding="utf-8")
    assert len(list(folder.glob("*.txt"))) > IN_PROCESS_FIRST + 8  # the workers parse most
    return folder


def test_workers_write_the_same_index_as_one_process(tmp_path, real_files):
    one = update_index(tmp_path / "one", [real_files], jobs=1)
    two = update_index(tmp_path / "two", [real_files], jobs=2)
    assert (one.added, one.paragraphs, one.skipped) == (two.added, two.paragraphs, two.skipped)
    assert any("tom.txt" in line for line in two.skipped)
    stored_one, postings_one = everything(tmp_path / "one")
    stored_two, postings_two = everything(tmp_path / "two")
    assert stored_one == stored_two
    assert postings_one == postings_two and len(postings_one) > 1000


def test_an_update_with_workers_replaces_only_what_changed(tmp_path, real_files):
    folder = tmp_path / "artikler"
    folder.mkdir()
    for path in real_files.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    update_index(tmp_path / "ix", [folder], jobs=2)
    edited = sorted(folder.glob("norquad-*.txt"))[:6]
    for path in edited:
        path.write_text(path.read_text("utf-8") + "\n\nEn ny avsnitt, sier Kari Nordmann.\n")
    report = update_index(tmp_path / "ix", [folder], jobs=2)
    assert (report.updated, report.added, report.removed) == (6, 0, 0)
    update_index(tmp_path / "fresh", [folder], jobs=1)
    fresh = {(d.get("owner"), d.get("n"), d.get("body")) for d in everything(tmp_path / "fresh")[0]}
    updated = {(d.get("owner"), d.get("n"), d.get("body")) for d in everything(tmp_path / "ix")[0]}
    assert updated == fresh


def indexing_with_workers(index_dir: Path, files: Path, **popen) -> tuple:
    """A `sitat index --jobs 2` process (answer cache off: the workers really parse),
    returned once its workers have started, and their process ids."""
    env = {**os.environ, "SITAT_CACHE": "off"}
    process = sitat_popen(
        "--index", str(index_dir), "index", "--jobs", "2", str(files), cwd=ROOT, env=env, **popen
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and process.poll() is None and time.monotonic() < deadline:
        workers |= children(process.pid)
        time.sleep(0.05)
    return process, workers


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def test_ctrl_c_with_workers_exits_130_and_stops_them(tmp_path, real_files):
    index_dir = tmp_path / "ix"
    update_index(index_dir, [])
    before = everything(index_dir)[0]
    process, workers = indexing_with_workers(index_dir, real_files, stdout=-1, stderr=-1, text=True)
    assert workers, "no worker was started"
    time.sleep(0.5)  # parsing in the workers
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err == "Interrupted; the index is as it was.\n"
    assert everything(index_dir)[0] == before
    left = [pid for pid in workers if alive(pid)]
    assert not left, [Path(f"/proc/{pid}/cmdline").read_bytes() for pid in left]


def alive(pid: int, wait: float = 5.0) -> bool:
    """Whether process ``pid`` still runs ``wait`` seconds from now (a zombie does not)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        if state == "Z":
            return False
        time.sleep(0.05)
    return True


def test_workers_end_when_their_indexer_is_killed(tmp_path, real_files):
    process, workers = indexing_with_workers(tmp_path / "ix", real_files, stdout=-3, stderr=-3)
    assert workers, "no worker was started"
    process.kill()
    process.wait(timeout=10)
    assert not [pid for pid in workers if alive(pid)]


def test_text_analysed_in_a_worker_is_indexed_as_the_writer_would(real_files):
    """A worker hands the writer each paragraph's tokens (`index.analysis.analysed_text`);
    the text field indexes them exactly as it indexes the text: the same words,
    frequencies, weights and positions, for every paragraph of the real articles."""
    from index.analysis import analysed_text
    from index.schema import build_schema

    field = build_schema()["text"]
    paragraphs = [
        line
        for path in sorted(real_files.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]
    assert len(paragraphs) > 300
    for text in paragraphs:
        assert sorted(field.index(analysed_text(text))) == sorted(field.index(text)), text
