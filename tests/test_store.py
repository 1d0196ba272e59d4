"""Building and updating real indexes in temp dirs."""

from __future__ import annotations

import pytest
from whoosh import index as whoosh_index

from index.errors import ArticleError, IndexDamaged, IndexLocked, IndexMissing
from index.store import update_index
from index.stored import open_index
from search.api import Searcher

from .helpers import paragraphs, snapshot, write_corpus


@pytest.fixture
def corpus(tmp_path):
    write_corpus(tmp_path / "artikler", 5)
    return tmp_path / "artikler"


@pytest.fixture
def built(tmp_path, corpus):
    index_dir = tmp_path / "index"
    report = update_index(index_dir, [corpus])
    assert (report.added, report.updated, report.removed) == (5, 0, 0)
    return index_dir


def by_article(index_dir):
    result = {}
    for record, owner, n, body, _ in snapshot(index_dir):
        result.setdefault(owner, []).append((record, n, body))
    return result


def test_rerun_without_changes_writes_nothing(built, corpus):
    generation = whoosh_index.open_dir(str(built)).latest_generation()
    report = update_index(built, [corpus])
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 5)
    assert whoosh_index.open_dir(str(built)).latest_generation() == generation


def test_editing_one_paragraph_changes_only_that_article(built, corpus):
    before = by_article(built)
    path = corpus / "sak-0002.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("flere plasser", "flere senger"), encoding="utf-8"
    )
    report = update_index(built, [corpus])
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 0, 4)
    after = by_article(built)
    assert {k: v for k, v in after.items() if k != "artikler/sak-0002"} == {
        k: v for k, v in before.items() if k != "artikler/sak-0002"
    }
    assert any("flere senger" in body for _, _, body in after["artikler/sak-0002"])
    assert not any("flere plasser" in body for _, _, body in after["artikler/sak-0002"])
    with Searcher(built) as searcher:
        assert [(h.article, h.n) for h in searcher.search('"flere senger"').hits] == [
            ("artikler/sak-0002", 2)
        ]


def test_added_paragraph_is_found(built, corpus):
    path = corpus / "sak-0001.txt"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\nOpposisjonen kaller planen «luftslott», sier Per Hansen.\n",
        encoding="utf-8",
    )
    update_index(built, [corpus])
    with Searcher(built) as searcher:
        [hit] = searcher.search("luftslott").hits
    assert (hit.article, hit.speakers) == ("artikler/sak-0001", ("Per Hansen",))


def test_deleted_and_renamed_articles(built, corpus):
    (corpus / "sak-0000.txt").unlink()
    (corpus / "sak-0001.txt").rename(corpus / "omdøpt.txt")
    report = update_index(built, [corpus])
    assert (report.added, report.removed, report.unchanged) == (1, 2, 3)
    owners = {owner for _, owner, *_ in snapshot(built)}
    assert owners == {
        "artikler/omdøpt",
        "artikler/sak-0002",
        "artikler/sak-0003",
        "artikler/sak-0004",
    }


def test_article_ids_are_the_folder_name_and_the_path_below_it(tmp_path):
    write_corpus(tmp_path / "root" / "2024" / "mars", 1)
    update_index(tmp_path / "index", [tmp_path / "root"])
    assert {owner for _, owner, *_ in snapshot(tmp_path / "index")} == {"root/2024/mars/sak-0000"}


def test_single_files_are_never_removed_by_a_directory_run(tmp_path, corpus):
    [single] = write_corpus(tmp_path / "andre", 1, start=50)
    update_index(tmp_path / "index", [corpus, single])
    (corpus / "sak-0004.txt").unlink()
    report = update_index(tmp_path / "index", [corpus])
    assert report.removed == 1
    assert "sak-0050" in {owner for _, owner, *_ in snapshot(tmp_path / "index")}


def test_full_rebuild_matches_incremental(tmp_path, built, corpus):
    (corpus / "sak-0003.txt").unlink()
    write_corpus(corpus, 2, start=10)
    update_index(built, [corpus])
    update_index(tmp_path / "fresh", [corpus], full=True)
    assert paragraphs(built) == paragraphs(tmp_path / "fresh")


def test_unreadable_and_broken_files_are_skipped_and_keep_their_old_documents(built, corpus):
    before = by_article(built)["artikler/sak-0001"]
    (corpus / "sak-0001.txt").write_bytes(b"\x00\x01binary")
    (corpus / "ny.txt").write_bytes("Blåbær".encode("latin-1"))
    report = update_index(built, [corpus])
    assert len(report.skipped) == 2
    assert all("artikler/sak-0001" in s or "ny.txt" in s for s in report.skipped)
    assert by_article(built)["artikler/sak-0001"] == before


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        update_index(tmp_path / "index", [tmp_path / "finnes-ikke"])


def test_second_writer_waits_then_fails(built, corpus):
    ix = whoosh_index.open_dir(str(built))
    holder = ix.writer()
    try:
        with pytest.raises(IndexLocked, match="--wait"):
            update_index(built, [corpus], full=True, wait=0.3)
    finally:
        holder.cancel()
    assert update_index(built, [corpus], full=True).paragraphs > 0


def test_open_reports_missing_and_damaged(tmp_path, built):
    with pytest.raises(IndexMissing, match="sitat index"):
        open_index(tmp_path / "nothing-here")
    (built / "sitat-version").write_text("0\n")
    with pytest.raises(IndexDamaged, match="another version of sitat; update it with: sitat index"):
        open_index(built)


def test_outdated_index_is_rebuilt_in_place_of_the_old(tmp_path, built, corpus):
    (built / "sitat-version").write_text("0\n")
    report = update_index(built, [corpus])
    assert (report.updated, report.rebuilt) == (5, "another sitat version")
    open_index(built)
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name or ".retired-" in p.name]


def test_speakers_and_quotes_follow_updates(built, corpus):
    """Facets come from postings; documents an update deleted must not be counted."""
    with Searcher(built) as searcher:
        before = {s.name: s.paragraphs for s in searcher.speakers()}
    assert before["Kari Nordmann2"] == 2
    path = corpus / "sak-0002.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Nordmann2", "Sørlie"), encoding="utf-8"
    )
    update_index(built, [corpus])
    with Searcher(built) as searcher:
        after = {s.name: (s.paragraphs, s.sources) for s in searcher.speakers()}
        assert "Kari Nordmann2" not in after, after.get("Kari Nordmann2")
        assert after["Kari Sørlie"] == (2, ("NTB",))
        assert {q.article for q in searcher.quotes(speaker="Sorlie")} == {"artikler/sak-0002"}
        assert searcher.quotes(speaker="Nordmann2") == []


def test_default_index_follows_the_packaged_article(tmp_path, monkeypatch):
    """First use builds the per-user index; a changed packaged article (a new sitat) is
    re-indexed the next time a searcher opens it."""
    import index.location

    packaged = tmp_path / "pakket.txt"
    packaged.write_text("Første versjon av saken om sykehjem.\n", encoding="utf-8")
    monkeypatch.setattr(index.location, "default_article_path", lambda: packaged)
    monkeypatch.delenv("SITAT_INDEX", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with Searcher() as searcher:
        assert [h.text for h in searcher.search("sykehjem").hits] == [
            "Første versjon av saken om sykehjem."
        ]
    packaged.write_text("Andre versjon av saken om sykehjem.\n", encoding="utf-8")
    with Searcher() as searcher:
        assert [h.text for h in searcher.search("sykehjem").hits] == [
            "Andre versjon av saken om sykehjem."
        ]


def test_the_demo_article_of_another_installation_is_replaced(tmp_path):
    """sitat installed again elsewhere (a new virtualenv, the package moved): the per-user
    index holds the demo article at the old installation's path, which still exists; the
    new installation's demo has the same id and replaces it, where before indexing stopped
    at "would both be article …"."""
    import shutil

    from index import default_article_path
    from index.location import packaged_article_changed

    demo = default_article_path()
    other = tmp_path / "old-venv" / "index" / "articles" / demo.name
    other.parent.mkdir(parents=True)
    shutil.copy(demo, other)
    index_dir = tmp_path / "index"
    update_index(index_dir, [other])
    with Searcher(index_dir) as searcher:
        assert packaged_article_changed(searcher._current().record)
    report = update_index(index_dir, [demo])
    assert (report.added, report.updated, report.removed) == (0, 1, 0), report
    with Searcher(index_dir) as searcher:
        (record,) = searcher._current().records()
        assert record["path"] == str(demo.resolve())
        assert not packaged_article_changed(searcher._current().record)
        assert searcher.search("humanitær hjelp").total
