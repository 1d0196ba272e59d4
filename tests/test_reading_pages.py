"""Saved news pages: real article text in six sites' markup (see `tests.pages`) reads back as
the article, its paragraphs as the plain-text version has them, with no page furniture, the
page's headline, outlet, date and address, and the same attribution."""

from __future__ import annotations

import difflib
import json
import re

import pytest

from index.parse import parse_article, read_article
from index.reading.furniture import furniture

from .conftest import DATA, load_scorer
from .pages import PAGES, Page, render

scorer = load_scorer()
CONTENT = ("text", "heading", "caption")
# What the templates put around an article; none of it may become a paragraph.
PAGE_FURNITURE = (
    "Hopp til innhold",
    "Del på Facebook",
    "Del artikkelen",
    "Annonse",
    "Mest lest",
    "Mer om temaet",
    "Kommentarer",
    "Logg inn",
    "Ansvarlig redaktør",
    "Bli abonnent",
    "Siste nytt",
    "Emneord",
    "Mer fra NTB",
    "Les også",
    "LES OGSÅ",
    "Annen sak",
    "Publisert",
)


@pytest.fixture(scope="module")
def read_pages(tmp_path_factory):
    """Each page as sitat reads it from a saved .html file, with its plain-text version."""
    folder = tmp_path_factory.mktemp("pages")
    found = []
    for page in PAGES:
        path = folder / f"{page.site}-{page.article}.html"
        path.write_text(render(page), encoding="utf-8")
        found.append((page, read_article(path), parse_article(page.text(), page.article)))
    return found


def content(article) -> list[str]:
    """The article's own paragraphs (not credits or furniture), whitespace made single."""
    return [" ".join(p.text.split()) for p in article.paragraphs if p.kind in CONTENT]


def same_paragraphs(page_article, text_article) -> tuple[int, int]:
    """(paragraphs of the text version found identical and in order in the page, all)."""
    ours, theirs = content(page_article), content(text_article)
    matcher = difflib.SequenceMatcher(None, theirs, ours, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()), len(theirs)


def test_paragraphs_are_those_of_the_text_version(read_pages):
    same = total = 0
    for page, from_page, from_text in read_pages:
        found, wanted = same_paragraphs(from_page, from_text)
        assert found / wanted >= 0.9, f"{page.site}: {found} of {wanted}"
        same, total = same + found, total + wanted
    assert same / total >= 0.97, f"{same} of {total} paragraphs"


def test_credits_are_credits_and_nothing_is_furniture(read_pages):
    for page, from_page, from_text in read_pages:
        credits = [p.text for p in from_text.paragraphs if p.kind == "credit"]
        assert [p.text for p in from_page.paragraphs if p.kind == "credit"] == credits
        for p in from_page.paragraphs:
            if p.kind in CONTENT:
                assert furniture(p.text) is None, (page.site, p.text)
                assert not any(f in p.text for f in PAGE_FURNITURE), (page.site, p.text)
        assert page.title not in content(from_page), "the headline is no paragraph"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.site}-{p.article}")
def test_the_page_says_what_it_is(read_pages, page: Page):
    article = next(a for p, a, _ in read_pages if p is page)
    stated = page.published[:16] + page.published[19:]  # to the minute, with the offset
    assert (article.title, article.outlet, article.published, article.url) == (
        page.title,
        page.outlet,
        stated,
        page.url,
    )
    assert article.agency == ("NTB" if "NTB" in page.authors else None)
    assert article.authors == tuple(a for a in page.authors if a != "NTB")


def test_attribution_scores_as_on_the_text_version(read_pages):
    """The page's paragraphs are matched to the text version's by their text and scored
    against its gold: speakers and sources score the same as the text version does."""
    for page, from_page, from_text in read_pages:
        gold = json.loads((DATA / "norquad" / f"norquad-{page.article}.json").read_text("utf-8"))
        page_texts = [" ".join(p.text.split()) for p in from_page.paragraphs]
        text_texts = [" ".join(p.text.split()) for p in from_text.paragraphs]
        matcher = difflib.SequenceMatcher(None, page_texts, text_texts, autojunk=False)
        numbers = {
            block.a + k: block.b + k
            for block in matcher.get_matching_blocks()
            for k in range(block.size)
        }
        predicted = [
            p | {"n": numbers[i]}
            for i, p in enumerate(from_page.to_dict()["paragraphs"])
            if i in numbers
        ]
        on_text = scorer.score(gold, from_text.to_dict())
        on_page = scorer.score(gold, {"paragraphs": predicted})
        for field in ("speakers", "sources"):
            assert scorer.prf(*on_page[field])[2] == pytest.approx(
                scorer.prf(*on_text[field])[2]
            ), (page.site, field)


def test_a_second_story_appended_to_the_page_is_not_the_articles(tmp_path):
    """Dagbladet appends the next story to an article's page as a second <article> with its
    own headline (seen in a saved 2026 page); trafilatura takes both. The article is the one
    whose headline is the page's."""
    first, second = PAGES[0], PAGES[1]
    page = render(first)
    other = re.search(r"<article\b.*</article>", render(second), re.DOTALL)
    assert other is not None and "<h1" in other.group(0)
    both = tmp_path / "both.html"
    # the second story is longer than the first, as on the real page
    both.write_text(page.replace("</body>", other.group(0) + "\n</body>"), encoding="utf-8")
    alone = tmp_path / "alone.html"
    alone.write_text(page, encoding="utf-8")
    read = content(read_article(both))
    assert read == content(read_article(alone))
    assert not set(read) & set(content(parse_article(second.text(), second.article)))
