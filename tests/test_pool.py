"""The writer's chunked external sort gives back every posting in order, however many runs it
spilled to disk, and an index built with spills is the index built without."""

from __future__ import annotations

import shutil

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from index import store
from index.pool import ChunkedPostingPool

from .conftest import DATA

POSTING = st.tuples(
    st.sampled_from(["text", "speaker", "kind"]),
    st.binary(min_size=1, max_size=6),
    st.integers(0, 5000),
    st.floats(0.5, 9, allow_nan=False),
    st.binary(max_size=12),
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(POSTING, max_size=600, unique_by=lambda p: p[:3]),
    st.sampled_from([1, 2, 3, 50]),
    st.sampled_from([2, 4, 128]),
)
def test_every_posting_comes_back_in_order(tmp_path_factory, postings, chunk, maxfiles):
    import index.pool

    folder = tmp_path_factory.mktemp("pool")
    pool = ChunkedPostingPool(FileStorage(str(folder)), None, limitmb=1)
    pool.limit = 2000  # bytes: a run every dozen postings or so
    old, index.pool.CHUNK = index.pool.CHUNK, chunk
    try:
        for posting in postings:
            pool.add(posting)
        assert list(pool.items(maxfiles=maxfiles)) == sorted(postings)
    finally:
        index.pool.CHUNK = old
    assert not list(folder.iterdir())  # every run removed


def test_an_index_built_with_spilled_runs_is_the_same_index(tmp_path, monkeypatch):
    articles = tmp_path / "artikler"
    articles.mkdir()
    for number in ("148", "150", "171", "173", "190", "216"):
        shutil.copy(DATA / "norquad" / f"norquad-{number}.txt", articles)
    store.update_index(tmp_path / "in-memory", [articles])
    monkeypatch.setattr(store, "WRITER_MEMORY_MB", 0.05)  # spill every ~50 KB of postings
    runs = []
    write_run = ChunkedPostingPool._write_run
    monkeypatch.setattr(
        ChunkedPostingPool,
        "_write_run",
        lambda pool, f, items: (runs.append(1), write_run(pool, f, items)),
    )
    store.update_index(tmp_path / "spilled", [articles])
    assert len(runs) > 3
    assert _postings(tmp_path / "in-memory") == _postings(tmp_path / "spilled")


def _postings(index_dir) -> dict:
    with whoosh_index.open_dir(str(index_dir)).searcher() as searcher:
        reader = searcher.reader()
        found = {}
        for fieldname, term in reader.all_terms():
            matcher = reader.postings(fieldname, term)
            items = []
            while matcher.is_active():
                items.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            found[fieldname, term] = items
        assert len(found) > 500
        return found
