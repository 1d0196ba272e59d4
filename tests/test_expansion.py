"""Prefixes, fuzzy words and wildcards expanded within a time budget (`search.whoosh.expansion`,
issue 28): the same hits and scores as Whoosh's own expansion when there is time, and a
search that stops and says so when there is not."""

from __future__ import annotations

import time

import pytest
from whoosh import query as q

from search import api
from search.whoosh import expansion
from search.whoosh.expansion import Expanded, bounded
from search.whoosh.query import to_whoosh


@pytest.mark.parametrize("typed", ["Pu*", "Erdogn~", "Ale?po", "hum* hjelp", "rus* OR tyrk*"])
def test_the_same_hits_and_scores_as_whoosh_expanding_itself(seed_index, typed):
    with api.Searcher(seed_index) as searcher:
        snap = searcher._current()
        whoosh = snap.whoosh
        parsed = to_whoosh(searcher._parser.parse(typed, snap.known, None, [], set()))
        expanded, cut = bounded(parsed, whoosh.reader())
        assert not cut and expanded != parsed
        assert any(isinstance(n, Expanded) for n in expanded.leaves())

        def answer(query):
            return [(h.docnum, round(h.score, 6)) for h in whoosh.search(query, limit=None)]

        assert answer(expanded) == answer(parsed) and answer(parsed)


def test_out_of_time_the_search_stops_and_says_so(seed_index, monkeypatch):
    monkeypatch.setattr(expansion, "SECONDS", 0.0)
    monkeypatch.setattr(expansion.bounded, "__defaults__", (0.0, expansion.MAX_WORDS, None))
    with api.Searcher(seed_index) as searcher:
        started = time.perf_counter()
        results = searcher.search("Pu* OR Erd* OR Ale*")
        assert time.perf_counter() - started < 5
    assert not results.total_exact
    assert any("The search stopped" in note for note in results.notes)


def test_a_pattern_that_stands_for_too_many_words_is_cut(seed_index):
    with api.Searcher(seed_index) as searcher:
        reader = searcher._current().whoosh.reader()
        expanded, cut = bounded(q.Prefix("text", "s"), reader, max_words=5)
        assert cut and len(expanded.words) == 5
        whole, cut = bounded(q.Prefix("text", "s"), reader)
        assert not cut and len(whole.words) > 5
