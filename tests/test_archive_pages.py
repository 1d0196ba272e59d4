"""Finding a speaker and their quotes in a large archive (issue 25): `Searcher.speakers` and
`sitat speakers` filtered by name (as typed: the beginning of any word of any of their names),
kind and outlet; the speakers page with the same filters, sorting and paging; the quotes page
filtered as `sitat quotes` is (words, speaker, outlet, date, own words or paraphrase)."""

from __future__ import annotations

import json
import re

import pytest
from starlette.testclient import TestClient

from search import Searcher
from search.cli import cli
from search.web import SPEAKERS_PAGE, create_app


def names(found) -> list[str]:
    return [s.name for s in found]


def test_by_name_kind_and_outlet(seed_index):
    with Searcher(seed_index) as searcher:
        everyone = searcher.speakers()
        assert names(searcher.speakers(name="put")) == ["Vladimir Putin"]
        assert names(searcher.speakers(name="erdo rec")) == ["Recep Tayyip Erdogan"]
        assert names(searcher.speakers(name="Ërdögan")) == ["Recep Tayyip Erdogan"]  # folded
        outlets = searcher.speakers(kind="outlet")
        assert outlets and all(s.kind == "outlet" for s in outlets)
        assert {s.name for s in outlets} < {s.name for s in everyone}
        assert searcher.speakers(outlet="nowhere") == []


def test_the_command_takes_the_same_filters(runner, seed_index):
    result = runner.invoke(
        cli, ["--index", str(seed_index), "speakers", "kose", "--format", "json"]
    )
    assert [s["name"] for s in json.loads(result.output)] == ["Talha Kose"]
    kinds = runner.invoke(cli, ["--index", str(seed_index), "speakers", "--kind", "outlet"])
    assert kinds.exit_code == 0 and "person" not in kinds.output


@pytest.fixture(scope="module")
def client(seed_index):
    with TestClient(
        create_app(seed_index), base_url="http://localhost", cookies={"sitat-ui": "en"}
    ) as opened:
        yield opened


def rows(page: str) -> list[str]:
    return re.findall(r'<tr><td><a href="/quotes\?speaker=[^"]*">([^<]*)</a>', page)


def test_the_page_filters_sorts_and_says_how_many(client):
    page = client.get("/speakers", params={"name": "put"}).text
    assert rows(page) == ["Vladimir Putin"] and "1 speakers" in page
    outlets = rows(client.get("/speakers", params={"kind": "outlet"}).text)
    assert outlets and "Vladimir Putin" not in outlets
    by_name = rows(client.get("/speakers", params={"sort": "name"}).text)
    assert by_name == sorted(by_name, key=str.casefold)
    odd = client.get("/speakers", params={"kind": "dragon", "page": "x"})
    assert odd.status_code == 200 and rows(odd.text)


def test_the_page_is_paged(client, monkeypatch):
    from search import web

    assert SPEAKERS_PAGE == 100
    monkeypatch.setattr(web, "SPEAKERS_PAGE", 3)  # the seed has 7 speakers
    first = client.get("/speakers").text
    assert int(re.search(r'<p class="count">(\d+) ', first).group(1)) == 7
    pages = [rows(first)] + [rows(client.get("/speakers", params={"page": n}).text) for n in (2, 3)]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert len({name for p in pages for name in p}) == 7
    assert 'rel="next"' in first and 'rel="prev"' not in first


def quote_items(page: str) -> list[str]:
    return re.findall(r'<li class="(own-words|paraphrase)">', page)


def test_the_quotes_page_filters_as_the_command_does(client, seed_index):
    everything = quote_items(client.get("/quotes").text)
    own = quote_items(client.get("/quotes", params={"kind": "direct"}).text)
    paraphrase = quote_items(client.get("/quotes", params={"kind": "indirect"}).text)
    assert set(own) == {"own-words"} and set(paraphrase) == {"paraphrase"}
    assert len(own) + len(paraphrase) == len(everything)
    with Searcher(seed_index) as searcher:
        expected = len(list(searcher.iter_quotes(query="Aleppo", speaker="Putin")))
    page = client.get("/quotes", params={"query": "Aleppo", "speaker": "Putin"}).text
    assert len(quote_items(page)) == expected > 0
    assert "Vladimir Putin" in page and 'value="Aleppo"' in page


def test_the_quotes_page_says_what_is_wrong_with_a_filter(client):
    page = client.get("/quotes", params={"date": "igår"})
    assert page.status_code == 200
    assert '<p class="error">' in page.text and quote_items(page.text) == []


def test_the_quotes_pages_keep_their_filters(client, monkeypatch):
    from search import web

    monkeypatch.setattr(web, "QUOTES_PAGE", 2)
    first = client.get("/quotes", params={"kind": "direct"}).text
    later = re.search(r'<a href="([^"]+)" rel="next"', first).group(1)
    assert "kind=direct" in later and "page=2" in later
    second = client.get(later.replace("&amp;", "&")).text
    assert set(quote_items(second)) == {"own-words"}
