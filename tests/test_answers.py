"""Search answers exactly what was asked, on an index of real articles (NorQuAD, CC0): every
filter is a hard constraint however the query is answered, totals are honest, and the ways to
read an answer (sorted by date, with context, as CSV, with notes on names) say what they show."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import fold
from search.api import Searcher
from search.cli import cli

from .helpers import GOLD_ARTICLES as NUMBERS
from .helpers import real_index


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return real_index(tmp_path_factory.mktemp("answers"), NUMBERS)


@pytest.fixture(scope="module")
def searcher(index_dir):
    with Searcher(index_dir) as opened:
        yield opened


@pytest.fixture(scope="module")
def paragraphs(searcher):
    """Every text paragraph of the index, read from the articles, not from a search."""
    found = []
    for info in searcher.articles():
        article, _ = searcher.article(info.id)
        found += [(info.id, p) for p in article.paragraphs if p.kind == "text"]
    return found


def _words(name: str) -> list[str]:
    return fold(name.lower()).split()


def satisfies(hit, field: str, value: str) -> bool:
    """Whether a hit meets one filter, decided from its own attribution."""
    if field == "speaker":
        return any(_words(value)[-1] in _words(name) for name in hit.speakers)
    if field == "source":
        return any(_words(value) == _words(name) for name in hit.sources)
    if field == "quote":
        return hit.quote == value
    if field == "section":
        return hit.section is not None and _words(value) == _words(hit.section)
    if field == "date":
        return (hit.date or "").startswith(value)
    raise AssertionError(field)


@pytest.fixture(scope="module")
def filters(searcher, paragraphs):
    """One real value for each filter, the most used one in the index."""
    speakers = searcher.speakers()
    source = max(speakers, key=lambda s: len(s.sources)).sources[0]
    sections = [p.section for _, p in paragraphs if p.section]
    section = max(set(sections), key=sections.count)
    return {
        "speaker": speakers[0].name,
        "source": source,
        "quote": "direct",
        "section": section,
        "date": "2019-12",
    }


# Each way a query can be answered: every word, the any-word fallback, a corrected word, NOT,
# a prefix, a fuzzy word, and the filter alone.
MODES = {
    "all words": ("sier", lambda r: not r.any_word and r.suggestion is None),
    "any word": ("sier zzqqxxy", lambda r: r.any_word or not r.hits),
    "corrected": ("Warhlom", lambda r: r.suggestion is not None or not r.hits),
    "not": ("NOT Rosenborg", lambda r: True),
    "prefix": ("klub*", lambda r: not r.any_word),
    "fuzzy": ("Rosenborg~1", lambda r: not r.any_word),
    "filter only": ("", lambda r: True),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("field", ["speaker", "source", "quote", "section", "date"])
@pytest.mark.parametrize("written", ["option", "field"])
def test_every_filter_holds_however_the_query_is_answered(searcher, filters, field, mode, written):
    query, answered_so = MODES[mode]
    value = filters[field]
    if written == "option" and field != "date":
        results = searcher.search(query, limit=200, **{field: value})
    else:
        results = searcher.search(f'{query} {field}:"{value}"', limit=200)
    assert answered_so(results), (query, results.suggestion, results.any_word)
    assert all(satisfies(hit, field, value) for hit in results), [
        (hit.article, hit.n, getattr(hit, field + "s", None))
        for hit in results
        if not satisfies(hit, field, value)
    ]
    if mode == "filter only":
        assert results, f"{field}:{value} finds its own paragraphs"


def test_a_filter_alone_finds_every_paragraph_it_names(searcher, filters, paragraphs):
    """speaker: alone returns exactly the paragraphs whose speakers include that person."""
    name = filters["speaker"]
    expected = {(article, p.n) for article, p in paragraphs if name in p.speakers}
    results = searcher.search(f'speaker:"{name}"', limit=500)
    assert {(h.article, h.n) for h in results} == expected and results.total == len(expected)


WORDS = st.sampled_from(
    [
        "sier",
        "mener",
        "Norge",
        "klubben",
        "kampen",
        "klima",
        "ikke",
        "år",
        "Rosenborg",
        "politiet",
        "landslaget",
        "fotball",
        "Macron",
        "skriver",
    ]
)
FILTERS = st.dictionaries(
    st.sampled_from(["speaker", "source", "quote", "date"]), st.just(None), max_size=2
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(WORDS, min_size=1, max_size=3),
    joiner=st.sampled_from([" ", " OR "]),
    chosen=FILTERS,
)
def test_random_queries_keep_every_filter_and_count_exactly(
    searcher, filters, words, joiner, chosen
):
    kwargs = {field: filters[field] for field in chosen if field != "date"}
    query = joiner.join(words) + (f" date:{filters['date']}" if "date" in chosen else "")
    small = searcher.search(query, limit=3, **kwargs)
    every = searcher.search(query, limit=10_000, **kwargs)
    for hit in every:
        for field in chosen:
            assert satisfies(hit, field, filters[field]), (query, field, hit.article, hit.n)
    if small.total_exact:
        assert small.total == len(every)
    assert every.total == len(every) and every.total_exact


def test_sorted_by_date_newest_first_with_the_same_hits(searcher):
    by_date = searcher.search("sier", limit=500, sort="date")
    best = searcher.search("sier", limit=500)
    assert {(h.article, h.n) for h in by_date} == {(h.article, h.n) for h in best}
    dates = [h.date or "" for h in by_date]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 2


def test_context_is_the_paragraphs_around_each_hit(searcher):
    for hit in searcher.search("sier", limit=5, context=1):
        article, _ = searcher.article(hit.article)
        around = [p for p in article.paragraphs if abs(p.n - hit.n) == 1]
        assert [(c.n, c.text) for c in hit.context] == [(p.n, p.text) for p in around]


def test_csv_has_a_row_for_each_hit_with_its_attribution(runner, index_dir):
    result = runner.invoke(cli, ["--index", str(index_dir), "search", "sier", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    as_json = json.loads(
        runner.invoke(cli, ["--index", str(index_dir), "search", "sier", "--format", "json"]).stdout
    )["hits"]
    assert result.exit_code == 0 and len(rows) == len(as_json) == 10
    for row, hit in zip(rows, as_json):
        assert (row["article"], int(row["n"]), row["text"]) == (
            hit["article"],
            hit["n"],
            hit["text"],
        )
        assert row["speakers"] == "; ".join(hit["speakers"])
        assert row["sources"] == "; ".join(hit["sources"])


def test_context_and_sort_on_the_command_line(runner, index_dir):
    result = runner.invoke(
        cli,
        ["--index", str(index_dir), "search", "sier", "-C", "1", "--sort", "date", "--limit", "2"],
    )
    assert result.exit_code == 0
    assert "  | ¶" in result.stdout and "speakers: " in result.stdout


def test_a_shared_surname_finds_both_and_says_so(searcher):
    results = searcher.search("speaker:Lind", limit=50)
    speakers = {name for hit in results for name in hit.speakers if name.endswith("Lind")}
    assert speakers == {"Amanda Lind", "Björn Ola Lind"}
    assert any("Amanda Lind" in note and "Björn Ola Lind" in note for note in results.notes)


def test_a_misspelt_speaker_is_found_and_the_answer_says_how(searcher):
    results = searcher.search("speaker:Bjøntegaad", limit=50)
    assert results and all("Erlend Bjøntegaard" in hit.speakers for hit in results)
    assert results.notes == ("No speaker is called «Bjøntegaad»; showing Erlend Bjøntegaard.",)


def test_a_speakers_full_name_and_its_ascii_spelling(searcher):
    full = searcher.search('speaker:"Erling Braut Håland"', limit=50)
    ascii_typed = searcher.search('speaker:"erling haland"', limit=50)
    assert full and {(h.article, h.n) for h in full} == {(h.article, h.n) for h in ascii_typed}
