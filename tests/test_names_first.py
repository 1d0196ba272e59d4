"""A name typed with a capital is found as the name, not as the word its ASCII folding also
spells: "Støre" and "Stoere" find Jonas Gahr Støre, not "store"; "store" keeps meaning the
word (real NorQuAD articles, CC0)."""

from __future__ import annotations

import pytest

from search.api import Searcher

from .helpers import real_index

ARTICLES = ("265", "216", "255", "280", "496", "542", "543", "618")


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    index_dir = real_index(tmp_path_factory.mktemp("navn"), ARTICLES)
    with Searcher(index_dir) as opened:
        yield opened


def paragraphs_with(searcher, word: str) -> set[tuple[str, int]]:
    """Every text paragraph whose words include ``word`` exactly (case kept)."""
    found = set()
    for info in searcher.articles():
        article, _ = searcher.article(info.id)
        for p in article.paragraphs:
            if p.kind == "text" and word in p.text.replace(",", " ").replace(".", " ").split():
                found.add((info.id, p.n))
    return found


def hits(searcher, query: str) -> set[tuple[str, int]]:
    return {(h.article, h.n) for h in searcher.search(query, limit=200)}


@pytest.mark.parametrize("typed", ["Støre", "Stoere", "STØRE", "STOERE"])
def test_a_name_finds_the_name_and_not_the_word(searcher, typed):
    with_name = paragraphs_with(searcher, "Støre")
    assert with_name and hits(searcher, typed) == with_name


def test_the_word_in_lower_case_keeps_meaning_the_word(searcher):
    words = paragraphs_with(searcher, "store")
    assert words and words <= hits(searcher, "store")
    assert not hits(searcher, "Støre") & (words - paragraphs_with(searcher, "Støre"))


def test_a_capital_on_a_word_that_is_no_name_changes_nothing(searcher):
    assert hits(searcher, "Store") == hits(searcher, "store")


def test_on_the_page_a_name_being_typed_is_completed(searcher):
    """As you type, "Gah" is on its way to "Gahr" (Jonas Gahr Støre); with a space after it,
    or on the command line, it is the word as typed."""
    import re

    from starlette.testclient import TestClient

    from search.web import create_app

    from .helpers import sitat

    with TestClient(
        create_app(searcher.index_dir), base_url="http://localhost", cookies={"sitat-ui": "en"}
    ) as client:
        typing = client.get("/", params={"q": "Gah"}).text
        done = client.get("/", params={"q": "Gah "}).text
    assert "Names that begin with «Gah»: Gahr." in typing
    marked = set(re.findall(r"<mark>(.*?)</mark>", typing))
    assert marked == {"Gahr"}
    assert "Names that begin" not in done and "<mark>Gahr</mark>" not in done
    cli = sitat("--index", str(searcher.index_dir), "search", "Gah")
    assert "Gahr" not in cli.stdout
    assert searcher.complete_name("Gahr") == [] and searcher.complete_name("Gah") == ["Gahr"]


@pytest.mark.parametrize("typed", ["speaker:Støre", "speaker:Stoere", "speaker:støre"])
def test_a_speaker_is_found_by_the_name_however_typed(searcher, typed):
    found = searcher.search(typed, limit=200)
    assert found.total and all("Jonas Gahr Støre" in h.speakers for h in found)
    assert {(h.article, h.n) for h in found} == hits(searcher, "speaker:Støre")


@pytest.fixture(scope="module")
def food_and_manner(tmp_path_factory):
    """Real articles (NorQuAD, CC0): some say "måte" (manner), some "mat" (food), whose
    ASCII foldings meet."""
    numbers = ("173", "484", "592", "615", "440", "486")
    with Searcher(real_index(tmp_path_factory.mktemp("maate"), numbers)) as opened:
        yield opened


def test_a_phrase_that_stop_words_leave_one_word_is_that_word_as_written(food_and_manner):
    """'"samme måte"' is "måte" alone once "samme" (a stop word) is gone: matched as written,
    as the words of a longer phrase are, never as "mat"."""
    import re

    def having(pattern: str) -> set[tuple[str, int]]:
        found = set()
        for info in food_and_manner.articles():
            article, _ = food_and_manner.article(info.id)
            found |= {(info.id, p.n) for p in article.paragraphs if re.search(pattern, p.text)}
        return found

    manner = having(r"(?i)\bmåt(e|en|er|ene)\b")
    food = having(r"(?i)\bmat(en)?\b")
    assert manner and food and not manner & food
    quoted = hits(food_and_manner, '"samme måte"')
    assert quoted and quoted <= manner
    assert not quoted & food
    assert food & hits(food_and_manner, "mate")  # typed in ASCII: every reading, food too
