"""Real words on a small index of real articles (NorQuAD, CC0): inflections Snowball leaves
apart, compounds, ASCII typing, and compound parts that are not words."""

from __future__ import annotations

import re

import pytest

from search.api import Searcher

from .helpers import real_index

ARTICLES = ("191", "201", "582", "592", "654")


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    with Searcher(real_index(tmp_path_factory.mktemp("words"), ARTICLES)) as opened:
        yield opened


def found(searcher, query: str) -> set[tuple[str, int]]:
    results = searcher.search(query, limit=100)
    assert results.suggestion is None and not results.any_word, query
    return {(hit.article, hit.n) for hit in results}


def paragraphs_with(searcher, *patterns: str) -> set[tuple[str, int]]:
    """Every text paragraph of the index whose text matches all the patterns."""
    found = set()
    for info in searcher.articles():
        article, _ = searcher.article(info.id)
        found |= {
            (info.id, p.n)
            for p in article.paragraphs
            if p.kind == "text"
            and all(re.search(pattern, p.text, re.IGNORECASE) for pattern in patterns)
        }
    return found


@pytest.mark.parametrize("query", ["fly", "flyene"])
def test_every_form_of_fly(searcher, query):
    expected = paragraphs_with(searcher, r"\bfly(?:et|ene|ets|enes)?\b")
    assert expected and found(searcher, query) == expected


@pytest.mark.parametrize("query", ["podkast", "podkasten", "podkaster"])
def test_every_paragraph_about_the_podcast(searcher, query):
    expected = paragraphs_with(searcher, r"podkast")
    assert len(expected) >= 3 and found(searcher, query) == expected


@pytest.mark.parametrize("query", ["bjørkepollen", "bjorkepollen"])
def test_a_compound_the_text_does_not_have_finds_its_parts(searcher, query):
    """Typed as one word, in Norwegian letters or ASCII: paragraphs with birch and pollen."""
    expected = paragraphs_with(searcher, r"bjørk", r"pollen")
    assert expected and found(searcher, query) == expected


def test_a_compound_part_must_be_a_word(searcher):
    """ "gisk" is no part of "allergiske"."""
    results = searcher.search("gisk", limit=100)
    assert not any(
        "allergiske" in hit.text and "gisk" not in hit.text.replace("allergiske", "")
        for hit in results
    )
    assert paragraphs_with(searcher, r"allergiske")
