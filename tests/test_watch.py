"""Following edits (`index.watch`): a real watcher on a real folder; files are edited, added,
renamed and deleted, and the index follows within a bounded wait; a burst of edits makes one
update or a few, not one each."""

from __future__ import annotations

import threading
import time

import pytest

from index.store import update_index
from index.watch import follow
from search.api import Searcher

from .helpers import TEMPLATE, write_corpus

WAIT = 15.0  # seconds an update may take to show (the target is about one)


def article_ids(index_dir) -> set[str]:
    with Searcher(index_dir) as searcher:
        return {a.id for a in searcher.articles()}


def total(index_dir, query: str) -> int:
    with Searcher(index_dir) as searcher:
        return searcher.search(query).total


def eventually(check, wait: float = WAIT) -> bool:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


@pytest.fixture
def followed(tmp_path):
    """A folder of two articles, indexed, and a watcher following it."""
    folder = tmp_path / "artikler"
    write_corpus(folder, 2)
    index_dir = tmp_path / "index"
    update_index(index_dir, [folder])
    reports, stop = [], threading.Event()
    thread = threading.Thread(
        target=follow,
        args=(index_dir, [str(folder)]),
        kwargs={"on_update": reports.append, "stop": stop},
        daemon=True,
    )
    thread.start()
    time.sleep(0.5)  # the watcher's first look at the folder
    yield folder, index_dir, reports
    stop.set()
    thread.join(timeout=10)
    assert not thread.is_alive()


def test_an_edit_an_addition_a_rename_and_a_deletion_are_followed(followed):
    folder, index_dir, reports = followed
    assert article_ids(index_dir) == {"artikler/sak-0000", "artikler/sak-0001"}

    (folder / "sak-0000.txt").write_text(
        TEMPLATE.format(count=0, name="Kari Nordmann0") + "\nBrannvesenet rykket ut.\n",
        encoding="utf-8",
    )
    assert eventually(lambda: total(index_dir, "brannvesenet") == 1)

    (folder / "sak-0007.txt").write_text(
        TEMPLATE.format(count=7, name="Ola Nordmann7"), encoding="utf-8"
    )
    assert eventually(lambda: "artikler/sak-0007" in article_ids(index_dir))

    (folder / "sak-0001.txt").rename(folder / "omdøpt.txt")
    assert eventually(
        lambda: (
            article_ids(index_dir) == {"artikler/sak-0000", "artikler/sak-0007", "artikler/omdøpt"}
        )
    )

    (folder / "sak-0007.txt").unlink()
    assert eventually(lambda: article_ids(index_dir) == {"artikler/sak-0000", "artikler/omdøpt"})
    assert reports and sum(r.added + r.updated + r.removed for r in reports) >= 4


def test_files_that_are_not_articles_are_not_followed(followed):
    folder, index_dir, reports = followed
    (folder / "notater.md").write_text("ikke en artikkel", encoding="utf-8")
    (folder / ".skjult.txt").write_text("skjult", encoding="utf-8")
    time.sleep(1.5)
    assert reports == []


def test_a_burst_of_edits_makes_one_update_or_a_few(followed):
    folder, index_dir, reports = followed
    for i in range(50):
        (folder / f"sak-{i % 2:04d}.txt").write_text(
            TEMPLATE.format(count=1000 + i, name=f"Kari Nordmann{i % 2}"), encoding="utf-8"
        )
    assert eventually(lambda: total(index_dir, "1049") == 1 and total(index_dir, "1048") == 1)
    time.sleep(1.0)  # anything still to come
    assert 1 <= len(reports) <= 3


@pytest.fixture
def watched_tree(tmp_path):
    """A folder with a subfolder of articles, indexed, followed by a watcher that tries a held
    lock for half a second at a time, and what it said."""
    folder = tmp_path / "artikler"
    write_corpus(folder / "innland", 2)
    index_dir = tmp_path / "index"
    update_index(index_dir, [folder])
    reports, said, stop = [], [], threading.Event()
    thread = threading.Thread(
        target=follow,
        args=(index_dir, [str(folder)]),
        kwargs={"on_update": reports.append, "stop": stop, "wait": 0.5, "notify": said.append},
        daemon=True,
    )
    thread.start()
    time.sleep(0.5)
    yield folder, index_dir, reports, said
    stop.set()
    thread.join(timeout=10)
    assert not thread.is_alive()


def test_a_folder_renamed_moved_in_and_moved_out_is_followed(watched_tree, tmp_path):
    folder, index_dir, _, _ = watched_tree
    (folder / "innland").rename(folder / "utland")
    assert eventually(
        lambda: article_ids(index_dir) == {"artikler/utland/sak-0000", "artikler/utland/sak-0001"},
        wait=5,
    )
    outside = tmp_path / "nye"
    write_corpus(outside, 1)
    outside.rename(folder / "nye")
    assert eventually(lambda: "artikler/nye/sak-0000" in article_ids(index_dir), wait=5)
    (folder / "utland").rename(tmp_path / "arkivert")
    assert eventually(lambda: article_ids(index_dir) == {"artikler/nye/sak-0000"}, wait=5)


def test_a_held_lock_is_waited_for_and_the_watcher_goes_on(watched_tree):
    import fcntl
    import os

    folder, index_dir, reports, said = watched_tree
    lock = os.open(index_dir.parent / ".index.lock", os.O_RDWR)
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        (folder / "innland" / "sak-0009.txt").write_text(
            TEMPLATE.format(count=9, name="Ola Nordmann9"), encoding="utf-8"
        )
        assert eventually(lambda: said != [], wait=5)
        time.sleep(3)  # six tries of half a second each
        assert reports == []
    finally:
        os.close(lock)
    assert eventually(lambda: "artikler/innland/sak-0009" in article_ids(index_dir), wait=5)
    assert said == ["Another sitat is writing the index; the changes follow when it is done"]
    (folder / "innland" / "sak-0009.txt").unlink()  # and it goes on following
    assert eventually(lambda: "artikler/innland/sak-0009" not in article_ids(index_dir))
