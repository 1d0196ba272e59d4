"""How `search.render` lays results out, given results made by hand: wrapping with marks,
the labelled attribution line, CSV and JSON that round-trip, totals and their wording."""

from __future__ import annotations

import csv
import io
import json
import re

import click
from hypothesis import given
from hypothesis import strategies as st

from index.article import Article, Paragraph
from search.api import Hit, Results
from search.render import (
    article_text,
    attribution_line,
    citation_line,
    paragraph_label,
    results_csv,
    results_json,
    results_text,
    to_json,
    wrap_marked,
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def hit(**changes) -> Hit:
    fields = {
        "article": "nrk/sak",
        "n": 3,
        "score": 1.23456,
        "section": "Paris neste?",
        "speakers": ("Vladimir Putin",),
        "sources": ("AFP",),
        "quote": "direct",
        "date": "2016-10",
        "text": "– Vi følger situasjonen nøye, sier Putin til AFP.",
        "snippet": "– Vi følger situasjonen nøye, sier Putin til AFP.",
        "highlights": ((5, 11),),
        "path": "/data/nrk/sak.txt",
    }
    fields.update(changes)
    return Hit(**fields)


WORDS = st.lists(st.text(alphabet="abcæøå«»–", min_size=1, max_size=12), min_size=1, max_size=40)


@given(WORDS, st.integers(10, 100), st.booleans())
def test_wrapping_keeps_every_word_in_order_within_the_width(words, width, color):
    text = " ".join(words)
    spans = [(0, min(3, len(text)))]
    lines = wrap_marked(text, spans, width, color, indent="  ")
    plain = [ANSI.sub("", line) for line in lines]
    assert " ".join(line.strip() for line in plain).split() == words
    for line, word_count in zip(plain, (len(line.split()) for line in plain)):
        assert len(line) <= width or word_count == 1  # only a word longer than the line
        assert line.startswith("  ")


def test_marks_are_bold_only_in_colour():
    coloured = wrap_marked("Vi følger situasjonen", [(3, 9)], 80, True)
    assert coloured == ["Vi " + click.style("følger", bold=True, fg="yellow") + " situasjonen"]
    assert wrap_marked("Vi følger situasjonen", [(3, 9)], 80, False) == ["Vi følger situasjonen"]


def test_the_attribution_line_labels_each_part_and_drops_the_missing():
    assert attribution_line(hit()) == (
        "speakers: Vladimir Putin · sources: AFP · section: Paris neste? · nrk/sak ¶3"
    )
    assert citation_line(hit()) == "2016-10"
    assert citation_line(hit(title="Putin til Paris", outlet="NRK")) == (
        "Putin til Paris · NRK · 2016-10"
    )
    assert citation_line(hit(date=None)) == ""
    assert attribution_line(hit(speakers=(), sources=(), section=None, date=None)) == "nrk/sak ¶3"


def test_an_id_with_control_characters_is_printed_harmlessly():
    line = attribution_line(hit(article="ond\x1b[2Jsak"))
    assert "\x1b" not in line


def test_totals_say_one_paragraph_or_many_and_about_for_estimates():
    one = results_text(Results("x", 1, (hit(),)))
    assert one.endswith("1 of 1 paragraph\n")
    many = results_text(Results("x", 40, (hit(), hit(n=4)), total_exact=False))
    assert many.endswith("2 of about 40 paragraphs\n")
    assert results_text(Results("x", 0, ())) == ""


def test_csv_round_trips_with_several_names_in_one_cell():
    found = Results("x", 1, (hit(speakers=("A B", "C, D"), text='Han sa «ja», "nei"\nog så'),))
    rows = list(csv.DictReader(io.StringIO(results_csv(found))))
    assert rows[0]["speakers"] == "A B; C, D"
    assert rows[0]["text"] == 'Han sa «ja», "nei"\nog så'
    assert rows[0]["score"] == "1.2346"


def test_json_carries_what_the_results_say():
    data = json.loads(results_json(Results("x", 7, (hit(),), suggestion="y", any_word=True)))
    assert (data["total"], data["suggestion"], data["any_word"]) == (7, "y", True)
    assert data["hits"][0]["speakers"] == ["Vladimir Putin"]
    assert "facets" not in data


@given(st.text())
def test_json_is_valid_and_escapes_every_control_character(text):
    out = to_json({"t": text})
    assert json.loads(out) == {"t": text}
    assert not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029]", out.replace("\n", ""))


def test_an_article_shows_headings_and_each_paragraphs_label():
    article = Article(
        id="sak",
        published=None,
        paragraphs=(
            Paragraph(0, "heading", None, "Paris neste?"),
            Paragraph(
                1,
                "text",
                "Paris neste?",
                "Han kommer, sier Putin.",
                "indirect",
                ("Vladimir Putin",),
                ("AFP",),
            ),
        ),
    )
    text = article_text(article, width=40)
    assert text.splitlines()[0] == "sak  undated  bokmål  2 paragraphs"
    assert "## Paris neste?  (¶0)" in text
    assert paragraph_label(article.paragraphs[1]) == (
        "¶1  text  indirect  speakers: Vladimir Putin  sources: AFP"
    )
    assert paragraph_label(Paragraph(2, "text", None, "x")) == "¶2  text"
