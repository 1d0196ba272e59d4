"""`sitat serve`'s pages and JSON API through Starlette's TestClient, on real Whoosh indexes in
temporary folders: the seed article, and one article whose text is HTML."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from starlette.testclient import TestClient

from index.store import update_index
from search.cli import cli
from search.web import create_app

HOSTILE = """ date 2024-05 <script>alert("sitat")</script> er ikke et sitat.

– Vi skriver <b>fet</b> tekst & mer, sier redaktør Kari Nordmann til NRK.
"""


@pytest.fixture(scope="module")
def client(seed_index):
    """The pages in English (the default, bokmål, is tested in test_wording.py)."""
    with TestClient(
        create_app(seed_index), base_url="http://localhost", cookies={"sitat-ui": "en"}
    ) as opened:
        yield opened


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    root = tmp_path_factory.mktemp("web")
    (root / "artikler").mkdir()
    (root / "artikler" / "html.txt").write_text(HOSTILE, encoding="utf-8")
    update_index(root / "index", [root / "artikler"])
    with TestClient(create_app(root / "index"), base_url="http://localhost") as opened:
        yield opened


def hits(page: str) -> list[str]:
    return re.findall(r'<li class="hit">(.*?)</li>', page, re.S)


def text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_the_search_page_shows_marked_hits_with_their_attribution(client):
    page = client.get("/", params={"q": "humanitær hjelp"})
    assert page.status_code == 200
    found = hits(page.text)
    assert found and len(found) <= 20
    assert all("<mark>" in hit for hit in found)
    assert all(re.search(r'href="/article/[^"]+\?q=[^"]*#p\d+"', hit) for hit in found)
    assert "<dt>speakers</dt>" in page.text and "<dt>article</dt>" in page.text
    assert 'value="humanitær hjelp"' in page.text  # the box holds the query on reload
    assert re.search(r"\d+ of \d+ paragraphs?", page.text)


def test_a_speaker_filter_keeps_only_that_speakers_paragraphs(client):
    page = client.get("/", params={"q": "Aleppo", "speaker": "Putin"})
    found = hits(page.text)
    assert found
    for hit in found:
        speakers = re.search(r"<dt>speakers</dt><dd>(.*?)</dd>", hit).group(1)
        assert "Putin" in speakers


def test_the_api_answers_with_the_clis_json(client, runner, seed_index):
    for query in ("humanitær hjelp", "speaker:Erdogan", "Aleppo -Putin"):
        api = client.get("/api/search", params={"q": query, "limit": 10})
        assert api.status_code == 200 and api.headers["content-type"] == "application/json"
        cli_json = runner.invoke(
            cli, ["--index", str(seed_index), "search", query, "--format", "json"]
        ).output
        assert json.loads(api.text) == json.loads(cli_json)


def test_an_article_opens_on_its_paragraph_with_the_words_marked(client):
    api = json.loads(client.get("/api/search", params={"q": "Aleppo", "limit": 1}).text)
    hit = api["hits"][0]
    page = client.get(f"/article/{hit['article']}", params={"q": "Aleppo"})
    assert page.status_code == 200
    assert f'id="p{hit["n"]}"' in page.text
    assert "<mark>Aleppo</mark>" in page.text
    article = json.loads(client.get(f"/api/articles/{hit['article']}").text)
    assert page.text.count('class="paragraph') == len(article["paragraphs"])


def test_article_text_is_shown_as_text_never_as_markup(hostile_client):
    for page in (
        hostile_client.get("/", params={"q": "sitat"}),
        hostile_client.get("/", params={"q": "fet tekst"}),
        hostile_client.get("/article/artikler/html"),
    ):
        assert page.status_code == 200
        assert "<script>alert" not in page.text and "<b>" not in page.text
        shown = text_of(page.text)  # the page's text, tags taken out and entities read
        assert '<script>alert("sitat")</script>' in shown or "<b>fet</b> tekst" in shown


@pytest.mark.parametrize(
    "article_id",
    [
        "nope",
        "artikler/nope",
        "artikler/../nope",
        "%2e%2e/%2e%2e/etc/passwd",
        "..%2f..%2fetc%2fpasswd",
        "/etc/passwd",
        "artikler/html.txt",
    ],
)
def test_an_unknown_article_is_a_page_that_says_so(hostile_client, article_id):
    """An id is looked up in the index, never on disk: anything that is not an indexed id is
    a 404 that says so (or, for a path the URL itself resolves away, a bare 404)."""
    page = hostile_client.get(f"/article/{article_id}")
    assert page.status_code == 404 and "root:" not in page.text
    assert "no article" in text_of(page.text) or page.text == "Not Found"
    api = hostile_client.get(f"/api/articles/{article_id}")
    assert api.status_code == 404 and "root:" not in api.text
    assert api.text == "Not Found" or "no article" in json.loads(api.text)["error"]


def test_a_known_article_by_its_id(hostile_client):
    assert hostile_client.get("/article/artikler/html").status_code == 200
    assert (
        json.loads(hostile_client.get("/api/articles/artikler/html").text)["article"]
        == "artikler/html"
    )


def test_a_query_error_is_the_clis_one_line(client, runner, seed_index):
    query = "date:oktober"
    page = client.get("/", params={"q": query})
    result = runner.invoke(cli, ["--index", str(seed_index), "search", query])
    assert result.exit_code == 2
    message = result.output.strip().removeprefix("Error: ")
    assert message in text_of(page.text)
    api = client.get("/api/search", params={"q": query})
    assert api.status_code == 400 and json.loads(api.text)["error"] == message


def test_a_missing_index_is_a_page_that_says_what_to_run(tmp_path):
    with TestClient(create_app(tmp_path / "nothing-here"), base_url="http://localhost") as missing:
        page = missing.get("/", params={"q": "Putin"})
        assert page.status_code == 503 and "sitat index" in text_of(page.text)
        assert "Traceback" not in page.text


def test_speakers_and_their_quotes(client):
    page = client.get("/speakers")
    assert page.status_code == 200
    rows = re.findall(
        r"<tr><td><a href=\"(/quotes\?speaker=[^\"]+)\">(.*?)</a></td>"
        r"<td>(\w+)</td><td>(\d+)</td>",
        page.text,
    )
    assert rows and any(name == "Vladimir Putin" for _, name, _, _ in rows)
    link = next(href for href, name, _, _ in rows if name == "Vladimir Putin")
    quotes = client.get(unescape(link))
    assert quotes.status_code == 200 and "Vladimir Putin" in quotes.text
    assert len(re.findall(r"<li class=\"(?:own-words|paraphrase)\">", quotes.text)) == len(
        json.loads(client.get("/api/quotes", params={"speaker": "Vladimir Putin"}).text)
    )


def test_the_page_works_offline(client):
    page = client.get("/")
    scripts = re.findall(r'<script src="([^"]+)"', page.text)
    assert scripts and all(src.startswith("/static/") for src in scripts)
    for src in scripts + ["/static/sitat.css", "/static/htmx-LICENSE.txt"]:
        assert client.get(src).status_code == 200


def test_facets_count_every_matching_paragraph(client, seed_index):
    from collections import Counter

    from search.api import Searcher

    with Searcher(seed_index) as searcher:
        results = searcher.search("Aleppo OR Putin", limit=500, facets=True)
    assert results.facets is not None and results.total == len(results.hits)
    speakers = Counter(name for hit in results for name in hit.speakers)
    sources = Counter(name for hit in results for name in hit.sources)
    months = Counter(hit.date for hit in results if hit.date)
    assert dict(results.facets.speakers) == dict(speakers.most_common(10))
    assert dict(results.facets.sources) == dict(sources.most_common(10))
    assert dict(results.facets.months) == dict(months)
    api = json.loads(client.get("/api/search", params={"q": "Aleppo OR Putin", "facets": "1"}).text)
    assert api["facets"]["speakers"][0] == {
        "name": results.facets.speakers[0][0],
        "paragraphs": results.facets.speakers[0][1],
    }


def test_a_facet_link_filters_by_its_value(client):
    page = client.get("/", params={"q": "Aleppo OR Putin"})
    links = re.findall(
        r'<li><a href="([^"]+)" hx-get[^>]*>(.*?)</a> <span class="n">(\d+)</span>', page.text
    )
    speaker_links = [(unescape(url), name, int(n)) for url, name, n in links if "speaker=" in url]
    assert speaker_links
    url, name, n = speaker_links[0]
    filtered = client.get(url + "&limit=200")
    found = hits(filtered.text)
    assert len(found) == n
    assert all(unescape(name) in unescape(hit) for hit in found)


def test_the_article_page_shows_each_paragraphs_attribution_and_its_standard(client):
    """Every paragraph's speakers, sources and kind of quote as the API has them."""
    article = json.loads(client.get("/api/articles/000_4afb50867eb46622").text)
    page = client.get("/article/000_4afb50867eb46622").text
    assert "bokmål · 59 paragraphs" in page
    blocks = re.findall(r'<div class="paragraph[^"]*" id="p(\d+)">(.*?)</div>', page, re.S)
    assert len(blocks) == len(article["paragraphs"])
    for (n, block), p in zip(blocks, article["paragraphs"]):
        assert int(n) == p["n"]
        shown = text_of(block)
        assert all(name in shown for name in p["speakers"] + p["sources"]), n
        quoted = p["quote"] != "none" and bool(p["speakers"] or p["sources"])
        assert (f"quote{p['quote']}" in re.sub(r"\s+", "", shown)) == quoted, n


def test_a_written_standard_filters_the_page(client):
    page = client.get("/", params={"q": "Putin", "lang": "nn"})
    assert page.status_code == 200 and not hits(page.text)
    assert hits(client.get("/", params={"q": "Putin", "lang": "nb"}).text)
    wrong = client.get("/", params={"q": "Putin", "lang": "se"}).text
    assert "lang:se is not a written standard" in text_of(wrong)


def test_a_filter_in_force_is_a_chip_that_removes_it(client):
    page = client.get("/", params={"q": "Aleppo", "speaker": "Vladimir Putin", "date": "2016"})
    chips = re.findall(r'<a class="chip" href="([^"]+)"[^>]*>([^<]+)<', page.text)
    assert [label.strip() for _, label in chips] == ["Speaker: Vladimir Putin", "Date: 2016"]
    without_speaker = unescape(chips[0][0])
    assert "speaker=" not in without_speaker and "date=2016" in without_speaker
    wider = client.get(without_speaker)
    assert len(hits(wider.text)) >= len(hits(page.text))
    assert '<a class="chip"' in wider.text and "Speaker:" not in wider.text


def test_the_page_has_a_favicon(client):
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg")
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/").text


def test_zero_hits_say_why(client):
    page = client.get("/", params={"q": "speaker:Nobodyxyz"}).text
    assert "No speaker is called «Nobodyxyz»." in page
    assert "0 of 0" not in page and "No paragraph matches" in page
    near = client.get("/", params={"q": 'speaker:"Vladimir Putn" Aleppo'}).text
    assert "did you mean Vladimir Putin?" in near or "showing Vladimir Putin" in near
