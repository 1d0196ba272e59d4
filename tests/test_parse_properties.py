"""Property-based: no text crashes the parser, and no text is dropped."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index import ArticleError, parse_article
from index.reading.text import clean

NEWSY = st.sampled_from(
    [
        "– ",
        "«",
        "»",
        ", sier ",
        " sa at ",
        "Per Olsen",
        " til NRK",
        ".",
        "?",
        "\n\n",
        "\n",
        " ifølge ",
        "Det sier ",
        " / ",
        "REUTERS",
        "han",
        "Både ",
        " og ",
        "Presidentene",
        ":",
        "(",
        ")",
        "  ",
        "\u00a0",
    ]
)
TEXT = st.one_of(
    st.text(), st.lists(st.one_of(NEWSY, st.text(max_size=5)), max_size=40).map("".join)
)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_parse_never_crashes_and_keeps_every_character(text):
    try:
        article = parse_article(text)
    except ArticleError:
        assert squeeze(clean(text)) == "" or squeeze(clean(text)).startswith("date")
        return
    body = squeeze(clean(text))
    joined = "".join(squeeze(p.text) for p in article.paragraphs)
    if article.date:
        body = body[len("date") + len(article.date) :]
    assert joined == body
    for p in article.paragraphs:
        for q in p.quotes:
            assert 0 <= q.start <= q.end <= len(p.text)
