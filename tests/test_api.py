"""The public Python API: what `import search` gives a user."""

from __future__ import annotations

import pytest

import search
from search.api import Results, Searcher


def test_search_returns_results_that_say_how_they_were_answered(seed_index):
    results = search.search("Erdgoan", index=seed_index)
    assert isinstance(results, Results)
    assert results.suggestion == "Erdogan"
    assert results and len(results) == len(results.hits) == 10
    assert list(results) == list(results.hits)
    assert results[0] == results.hits[0] and results[-2:] == results.hits[-2:]
    assert all("Erdogan" in hit.text or "Erdoğan" in hit.text for hit in results)


def test_empty_results_are_false(seed_index):
    with Searcher(seed_index) as searcher:
        results = searcher.search("zzqqxx")
    assert not results and len(results) == 0 and list(results) == []


@pytest.mark.parametrize("value", ["2019-10-16T10", "oktober", "16.10.2016"])
def test_a_date_that_is_not_a_year_month_or_day_is_an_error(seed_index, value):
    with Searcher(seed_index) as searcher:
        with pytest.raises(
            search.QueryError, match="date:2016, date:2016-10, date:2016-10-10 or date:2015..2016"
        ):
            searcher.search(f"date:{value} Putin")


def test_the_date_forms_that_work(seed_index):
    with Searcher(seed_index) as searcher:
        for value in ("2016", "2016-10", "2015..2016", "[2016-01 TO 2016-12]"):
            assert searcher.search(f"date:{value} Putin"), value


def test_every_name_in_all_is_exported_and_importable():
    import search

    assert sorted(search.__all__) == sorted(search._EXPORTS)
    for name in search.__all__:
        assert getattr(search, name) is not None
