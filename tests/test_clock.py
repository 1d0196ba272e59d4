"""One clock for everything a query does (issue 28): expanding patterns, scoring, counting
and facets all stop when the query's time is up, and the answer says so; on real articles."""

from __future__ import annotations

import pytest

from search import clock
from search.api import Searcher

from .helpers import GOLD_ARTICLES, real_index


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return real_index(tmp_path_factory.mktemp("klokke"), GOLD_ARTICLES)


def test_with_time_the_answer_is_whole(index_dir):
    with Searcher(index_dir) as searcher:
        found = searcher.search("sier", sort="date", facets=True)
    assert found.total_exact and not found.notes
    assert found.total > 10 and found.facets.months


def test_counting_stops_with_the_clock_and_says_at_least(index_dir, monkeypatch):
    """A search Whoosh answers (newest first) is counted in a second pass; out of time, the
    total is what was counted, never fewer than the hits shown, and not called exact."""
    with Searcher(index_dir) as searcher:
        whole = searcher.search("sier", sort="date").total
        monkeypatch.setattr(clock, "QUERY_SECONDS", 0)
        monkeypatch.setattr(clock, "CHECK_EVERY", 1)
        cut = searcher.search("sier", sort="date")
    assert len(cut.hits) == 10 and 10 <= cut.total < whole
    assert not cut.total_exact
    assert cut.notes == (
        f"At least {cut.total} paragraphs match: the search's time ran out while they were "
        "counted.",
    )


def test_facets_stop_with_the_clock_and_say_so(index_dir, monkeypatch):
    with Searcher(index_dir) as searcher:
        whole = searcher.search("sier", facets=True)
        monkeypatch.setattr(clock, "QUERY_SECONDS", 0)
        monkeypatch.setattr(clock, "CHECK_EVERY", 1)
        cut = searcher.search("sier", facets=True)
    assert cut.total == whole.total and cut.total_exact  # the bulk scorer's exact count
    assert sum(n for _, n in cut.facets.months) < sum(n for _, n in whole.facets.months)
    assert any(note.startswith("The counts by speaker, source and month") for note in cut.notes)


def test_patterns_share_the_clock(index_dir, monkeypatch):
    monkeypatch.setattr(clock, "QUERY_SECONDS", 0)
    with Searcher(index_dir) as searcher:
        found = searcher.search("si* OR fo*")
    assert not found.total_exact
    assert any(note.startswith("The search stopped") for note in found.notes)
