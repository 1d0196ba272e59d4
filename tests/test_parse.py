"""Paragraphs, headings, photo credits, the date line, and input that is not clean."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from index import ArticleError, parse_article, read_article
from index.credits import credit_agencies

from .conftest import DATA

CLEAN = (
    " date 2021-03 Regjeringen la fram en ny plan for skolen mandag.\n\n"
    "Planen skal gi flere lærere i klasserommene.\n\n"
    "Hva betyr planen?\n\n"
    "– Dette er et løft for elevene, sier kunnskapsminister Guri Melby til NTB.\n\n"
    "Heiko Junge / NTB\n"
)


def kinds(text: str) -> list[str]:
    return [p.kind for p in parse_article(text).paragraphs]


def test_date_prefix_and_paragraphs():
    article = parse_article(CLEAN, "skole")
    assert article.id == "skole"
    assert article.date == "2021-03"
    assert article.paragraphs[0].text == "Regjeringen la fram en ny plan for skolen mandag."
    assert [p.n for p in article.paragraphs] == [0, 1, 2, 3, 4]


def test_no_date_prefix():
    assert parse_article("Bare tekst her.").date is None


def test_sections_follow_headings():
    article = parse_article(CLEAN)
    assert [p.section for p in article.paragraphs] == [
        None,
        None,
        "Hva betyr planen?",
        "Hva betyr planen?",
        "Hva betyr planen?",
    ]


def test_hard_wrapped_lines_join_into_one_paragraph():
    article = parse_article("Første linje av avsnittet\nfortsetter her.\n\nNytt avsnitt.")
    assert [p.text for p in article.paragraphs] == [
        "Første linje av avsnittet fortsetter her.",
        "Nytt avsnitt.",
    ]


@pytest.mark.parametrize(
    "block, kind",
    [
        ("Paris neste?", "heading"),
        ("Krisen i Europa", "heading"),
        ("– Vi gir oss ikke", "heading"),
        ("Slik blir været i helgen!", "heading"),
        ("Hvem tar over etter Solberg? Det blir en av disse tre. To av dem er ukjente.", "text"),
        ("Nå sitter de i fengsel.", "text"),
        ("Dette er saken:", "text"),
        # real text (development article 479): a dash quote whose full stop was left out
        ("– Han kommer hjem så snart som praktisk mulig, sa Solberg", "text"),
        # first-sight article 544: a dash quote that exclaims is quoted words
        ("- Det er ny rekord i antall Lotto-millionærer på ett år!", "text"),
        (
            "Regjeringen vil bruke mer penger på forsvar, skole, helse, samferdsel, kultur, "
            "politi og beredskap i årene som kommer fra og med neste år",
            "text",
        ),
    ],
    ids=[
        "question",
        "noun-phrase",
        "dash-heading",
        "exclamation",
        "teaser",
        "sentence",
        "colon",
        "unstopped-quote",
        "exclaimed-quote",
        "long-line",
    ],
)
def test_heading_or_text(block, kind):
    assert kinds(f"Innledning her.\n\n{block}\n\nSlutt.")[1] == kind


@pytest.mark.parametrize(
    "credit, agencies",
    [
        ("OSMAN ORSAL / REUTERS", ("Reuters",)),
        ("Kayhan Ozer / TT / NTB Scanpix", ("TT", "NTB Scanpix")),
        ("dha / TT / NTB Scanpix", ("DHA", "TT", "NTB Scanpix")),
        ("Foto: Ola Nordmann / NTB scanpix", ("NTB Scanpix",)),
        ("FOTO: Kari Nordmann", ()),
        ("Foto: AFP", ("AFP",)),
        ("LISE ÅSERUD,NTB", ("NTB",)),
        ("Tore Meek / NTB", ("NTB",)),
        ("Photo: Jane Doe / AP", ("AP",)),
        # first-sight article 456: a byline of two outlets
        ("Av Helge Rønning Birkelund/FriFagbevegelse og NTB", ("FriFagbevegelse", "NTB")),
        # development articles 322, 594, 623, 281: a comma, the agency alone, a full stop,
        # an old spelling
        ("Rune Stoltz Bertinussen, NTB scanpix", ("NTB Scanpix",)),
        ("NTB scanpix", ("NTB Scanpix",)),
        ("Ron Schwane / AP / NTB scanpix.", ("AP", "NTB Scanpix")),
        ("Reuter / NTB scanpix", ("Reuters", "NTB Scanpix")),
        # first-sight article 544: the photo's owner after the comma is no agency
        ("Foto: Pernille Storholm Skaret, Norsk Tipping", ()),
    ],
)
def test_photo_credits_and_their_agencies(credit, agencies):
    assert credit_agencies(credit) == agencies
    article = parse_article(f"Innledning her.\n\n{credit}\n\nSlutt.")
    assert article.paragraphs[1].kind == "credit"
    assert article.paragraphs[1].sources == agencies


@pytest.mark.parametrize(
    "text",
    [
        "Han tok toget til Oslo / Bergen i går.",
        "og/eller",
        "Rentene / inflasjonen steg.",
        "Les også: Slik blir budsjettet",
        "Oslo, NTB",  # a place, then the agency
        "Sigrid Bonde Tusvik, NRK",  # a byline, perhaps; NRK takes no photographs here
        "Han sa det til NTB.",
    ],
)
def test_not_a_credit(text):
    assert credit_agencies(text) is None


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "\ufeff" + t,
        lambda t: t.replace(" ", "\u00a0"),
        lambda t: t.replace("\n\n", "\n"),
        lambda t: t.replace("\n\n", "\n\n\n  \n"),
        lambda t: t.replace("\n\n", "\n\t\n") + "\n\n\n",
    ],
    ids=["crlf", "bom", "nbsp", "single-newlines", "extra-blank-lines", "whitespace-lines"],
)
def test_messy_input_parses_like_clean_text(variant):
    assert parse_article(variant(CLEAN)) == parse_article(CLEAN)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"\n\n  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        ("Blåbærsyltetøy på brødskiva.".encode("latin-1"), "not UTF-8"),
    ],
    ids=["empty", "blank-lines", "binary", "latin-1"],
)
def test_unreadable_files_give_one_line_naming_the_file(tmp_path, content, message):
    path = tmp_path / "artikkel.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    text = str(caught.value)
    assert message in text and str(path) in text and "\n" not in text


def test_read_article_uses_the_file_name_as_id(tmp_path):
    path = tmp_path / "Tromsø nyheter.txt"
    path.write_text(CLEAN, encoding="utf-8")
    assert read_article(path).id == "Tromsø nyheter"


def test_unchanged_sentences_are_not_parsed_again(tmp_path):
    """The model's answers are cached by sentence: parsing an article a second time (as an
    update after an edit does) needs no model at all, and gives the same attribution."""
    article = DATA / "norquad" / "norquad-280.txt"
    probe = (
        "import json, sys\nfrom index import read_article\n"
        f"a = read_article({str(article)!r}).to_dict()\n"
        "print(json.dumps({'spacy': 'spacy' in sys.modules, 'article': a}))"
    )
    env = {**os.environ, "SITAT_CACHE": str(tmp_path)}
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", probe], env=env, check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(2)
    ]
    assert [r["spacy"] for r in runs] == [True, False]
    assert runs[0]["article"] == runs[1]["article"]
