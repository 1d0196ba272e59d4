"""Did you mean: sitat's in-memory walk suggests exactly what Whoosh's corrector suggests, on
a real index, for real words with random typing errors; the answer to a word is kept, and a
new generation of the index is asked afresh."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.store import update_index
from search.api import Searcher
from search.query import TEXT
from search.whoosh.spelling import Spelling

from .conftest import DATA
from .helpers import GOLD_ARTICLES, real_index


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    with Searcher(real_index(tmp_path_factory.mktemp("stave"), GOLD_ARTICLES)) as opened:
        yield opened


@pytest.fixture(scope="module")
def words(searcher):
    reader = searcher._current().whoosh.reader()
    return sorted(w for w in reader.field_terms(TEXT) if w.isalpha() and len(w) >= 4)


def typo(word: str, where: int, kind: int, letter: str) -> str:
    """``word`` with one typing error at ``where``: a letter dropped, doubled, swapped with
    the next, or replaced."""
    i = where % len(word)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2 and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + letter + word[i + 1 :]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pick=st.integers(min_value=0),
    where=st.integers(min_value=0, max_value=20),
    kind=st.integers(min_value=0, max_value=3),
    letter=st.sampled_from("aeiouyæøåkstrn"),
    maxdist=st.sampled_from([1, 2]),
)
def test_the_suggestions_are_whoosh_s(searcher, words, pick, where, kind, letter, maxdist):
    whoosh_searcher = searcher._current().whoosh
    typed = typo(words[pick % len(words)], where, kind, letter)
    ours = Spelling(whoosh_searcher, TEXT).suggest(typed, limit=3, maxdist=maxdist)
    theirs = whoosh_searcher.corrector(TEXT).suggest(typed, limit=3, maxdist=maxdist, prefix=1)
    assert ours == theirs, typed


@pytest.mark.parametrize(
    "typed, meant", [("poltiiet", "politiet"), ("Trupm", "trump"), ("Trmp", None)]
)
def test_a_misspelt_word_is_corrected_to_the_word_as_written(searcher, typed, meant):
    found = searcher.search(typed)
    if meant is None:  # too short to correct safely ("far", "fart", "får")
        assert found.suggestion is None
    else:
        assert found.suggestion.lower() == meant and found.total > 0


def test_an_answer_is_kept_and_a_new_generation_asks_again(tmp_path):
    root = tmp_path / "artikler"
    root.mkdir()
    shutil.copy(DATA / "norquad" / f"norquad-{GOLD_ARTICLES[0]}.txt", root)
    update_index(tmp_path / "index", [root])
    with Searcher(tmp_path / "index") as searcher:
        assert not searcher.search("Kvitsøyvegen").total
        first = searcher._current()._spelling
        assert first is not None and "kvitsøyvegen" in first._answers
        (root / "ny.txt").write_text(
            "Ny veg\n\nKvitsøyvegen blir bygd neste år, sier ordføreren.\n", encoding="utf-8"
        )
        update_index(tmp_path / "index", [root])
        assert searcher.search("Kvitsøyvegen").total == 1
        assert searcher._current()._spelling is not first
