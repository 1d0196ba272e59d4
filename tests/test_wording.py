"""The page's language (`search.wording`): bokmål by default, nynorsk and English chosen with
?ui= and kept in a cookie; every text the templates translate has its bokmål and nynorsk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from search import wording
from search.web import create_app

TEMPLATES = Path(wording.__file__).parent / "templates"


@pytest.fixture(scope="module")
def client(seed_index):
    with TestClient(create_app(seed_index), base_url="http://localhost") as opened:
        yield opened


def test_every_text_of_the_templates_is_translated():
    texts = set()
    for template in TEMPLATES.glob("*.html"):
        source = template.read_text("utf-8")
        texts |= set(re.findall(r'_\("((?:[^"\\]|\\.)*)"\)', source))
        texts |= set(re.findall(r"_\('((?:[^'\\]|\\.)*)'\)", source))
    texts |= {"direct", "indirect", "partial", "none", "person", "organisation", "outlet"}
    texts |= {"Speaker", "Source", "Outlet", "Section", "Quote", "Written in", "Date"}
    texts |= {"Speakers", "Sources", "Outlets", "Months", "Names that begin with"}
    missing = sorted(t for t in texts if t not in wording.WORDS)
    assert missing == []


def test_bokmal_is_the_default(client):
    page = client.get("/", params={"q": "Aleppo", "speaker": "Putin"}).text
    assert '<html lang="nb">' in page
    assert ">Talere</a>" in page and "avsnitt</p>" in page
    assert 'aria-label="Fjern filteret Taler: Putin">Taler: Putin' in page


@pytest.mark.parametrize(
    ("ui", "words"), [("nn", ["Talarar", "Sitat frå"]), ("en", ["Speakers", "Quotes of"])]
)
def test_another_language_is_chosen_and_kept(seed_index, ui, words):
    with TestClient(create_app(seed_index), base_url="http://localhost") as fresh:
        chosen = fresh.get("/quotes", params={"speaker": "Vladimir Putin", "ui": ui})
        assert f'<html lang="{ui}">' in chosen.text and words[1] in chosen.text
        assert fresh.cookies.get(wording.COOKIE) == ui
        later = fresh.get("/speakers").text  # no ?ui=: the cookie keeps the choice
        assert f'<html lang="{ui}">' in later and f"<h1>{words[0]}</h1>" in later


def test_an_unknown_language_falls_back_to_bokmal(seed_index):
    with TestClient(
        create_app(seed_index), base_url="http://localhost", cookies={wording.COOKIE: "yy"}
    ) as odd:
        page = odd.get("/speakers", params={"ui": "xx"}).text
    assert '<html lang="nb">' in page


def test_an_article_links_back_only_to_a_page_of_this_server(client):
    article = "/article/000_4afb50867eb46622"
    back = client.get(article, params={"back": "/?q=Aleppo&speaker=Putin"}).text
    assert '<p class="back"><a href="/?q=Aleppo&amp;speaker=Putin">' in back
    for elsewhere in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        page = client.get(article, params={"back": elsewhere}).text
        assert 'class="back"' not in page


def test_a_hit_links_to_its_article_with_the_way_back(client):
    page = client.get("/", params={"q": "Aleppo"}).text
    link = re.search(r'class="snippet" href="([^"]+)"', page).group(1)
    assert "back=/%3Fq%3DAleppo" in link


@pytest.mark.parametrize(
    ("note", "nb", "nn"),
    [
        (
            "No speaker is called «Hollnde»; showing François Hollande.",
            "Ingen taler heter «Hollnde»; viser François Hollande.",
            "Ingen talar heiter «Hollnde»; viser François Hollande.",
        ),
        (
            "No source is called «Nobody»; did you mean Reuters and AFP?",
            "Ingen kilde heter «Nobody»; mente du Reuters og AFP?",
            "Ingen kjelde heiter «Nobody»; meinte du Reuters og AFP?",
        ),
        (
            "speaker:Lind is 2 names: Amanda Lind and Björn Ola Lind; showing all of them.",
            "speaker:Lind er 2 navn: Amanda Lind og Björn Ola Lind; viser alle.",
            "speaker:Lind er 2 namn: Amanda Lind og Björn Ola Lind; viser alle.",
        ),
        (
            "No article is from an outlet called «vg» (outlets: NRK, TV 2).",
            "Ingen artikkel er fra et medium som heter «vg» (medier: NRK, TV 2).",
            "Ingen artikkel er frå eit medium som heiter «vg» (medium: NRK, TV 2).",
        ),
    ],
)
def test_what_the_search_says_is_said_in_norwegian(note, nb, nn):
    assert wording.translate_note(note, "nb") == nb
    assert wording.translate_note(note, "nn") == nn
    assert wording.translate_note(note, "en") == note
    assert wording.translate_note("Something new.", "nb") == "Something new."


def test_a_zero_hit_explanation_on_the_page_is_norwegian(client):
    page = client.get("/", params={"q": "speaker:Nobodyxyz"}).text
    assert "Ingen taler heter «Nobodyxyz»" in page and "Ingen avsnitt passer" in page
    near = client.get("/", params={"q": "speaker:Putn"}).text
    assert "Ingen taler heter «Putn»; viser Vladimir Putin." in near
