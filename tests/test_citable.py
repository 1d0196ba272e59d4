"""Hits a journalist can cite: the headline, outlet, date and address of each, a ready
citation, outlet and day filters, the newest first at any limit, and ids people can type."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from index import default_article_path
from index.store import update_index
from search.api import Searcher

from .conftest import DATA
from .helpers import sitat
from .pages import PAGES, render

DATED = ("148", "150", "216", "280", "302", "466", "613")
UNDATED = ("137", "173", "190", "443", "543", "672")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Real articles, some dated by month and some undated (plain text), and saved pages
    dated to the minute, in one index."""
    root = tmp_path_factory.mktemp("arkiv")
    (root / "artikler").mkdir()
    for number in DATED + UNDATED:
        shutil.copy(DATA / "norquad" / f"norquad-{number}.txt", root / "artikler")
    (root / "sider").mkdir()
    for page in PAGES:
        (root / "sider" / f"{page.site}-{page.article}.html").write_text(render(page), "utf-8")
    update_index(root / "index", [root / "artikler", root / "sider"])
    return root


def newest_first(hits) -> bool:
    """Dated hits newest first, undated ones after them all."""
    dates = [h.date for h in hits]
    dated = [d for d in dates if d is not None]
    return dates == dated + [None] * (len(dates) - len(dated)) and dated == sorted(
        dated, reverse=True
    )


@pytest.mark.parametrize("query", ["sier", "NTB OR Reuters", "sa OR forteller", "år"])
def test_newest_first_with_undated_last_at_every_limit(archive, query):
    with Searcher(archive / "index") as searcher:
        everything = searcher.search(query, sort="date", limit=100)
        assert len(everything) > 5 and any(h.date is None for h in everything)
        assert newest_first(everything)
        for limit in (1, 5):
            results = searcher.search(query, sort="date", limit=limit)
            assert results.hits == everything.hits[:limit], limit
            assert results.total == everything.total
    precise = [h.date for h in everything if h.date and len(h.date) > 7]
    months = [h.date for h in everything if h.date and len(h.date) == 7]
    assert precise and months  # dates to the minute and to the month sort together


def test_dates_to_the_day(archive):
    with Searcher(archive / "index") as searcher:
        day = searcher.search("date:2019-12-11")
        month = searcher.search("date:2019-12", limit=100)
        ranged = searcher.search("date:2019-12-01..2019-12-11", limit=100)
    assert {h.article for h in day} == {"sider/altaposten-280"}
    assert {h.article for h in ranged} == {"sider/altaposten-280", "sider/aftenposten-613"}
    assert {h.article for h in month} >= {h.article for h in ranged} | {"artikler/norquad-280"}


def test_a_hit_says_where_it_was_published(archive):
    result = sitat("--index", str(archive / "index"), "search", "stavsprang", "--limit", "1")
    lines = result.stdout.splitlines()
    assert lines[-4] == (
        "    Fikk kritikk for å bruke solbriller under VM-sendingen. Nå avslører han hvorfor."
        " · Bergens Tidende · 2019-10-02T19:31+02:00"
    )
    rows = list(
        csv.DictReader(
            io.StringIO(
                sitat(
                    "--index", str(archive / "index"), "search", "Guterres", "--format", "csv"
                ).stdout
            )
        )
    )
    quoted = next(r for r in rows if r["quote"] == "direct" and r["outlet"])
    assert quoted["title"] == "Guterres advarer mot dramatisk klimakrise"
    assert quoted["cite"].startswith("«")
    assert quoted["cite"].endswith(
        "Guterres advarer mot dramatisk klimakrise, Altaposten, 2019-08-26T14:36+02:00, "
        + PAGES[5].url
    )
    assert "– António Guterres" in quoted["cite"]


def test_paraphrase_is_never_cited_in_quote_marks(archive):
    with Searcher(archive / "index") as searcher:
        for hit in searcher.search("quote:indirect", limit=50):
            assert not hit.cite.startswith("«"), hit.cite
            assert hit.cite.startswith(hit.text)


def test_outlet_filter_and_facet(archive):
    with Searcher(archive / "index") as searcher:
        results = searcher.search("sier", outlet="altaposten", facets=True, limit=100)
        assert results and {h.outlet for h in results} == {"Altaposten"}
        everywhere = searcher.search("sier", facets=True)
        outlets = dict(everywhere.facets.outlets)
        assert outlets["Altaposten"] == results.total
        typed = searcher.search('sier outlet:"bergens tidende"')
        assert {h.outlet for h in typed} == {"Bergens Tidende"}
        none = searcher.search("sier outlet:Dagbladet")
        assert not none and "No article is from an outlet called «Dagbladet»" in none.notes[0]
    months = dict(everywhere.facets.months)
    assert all(len(month) == 7 for month in months)


def test_articles_and_show_carry_the_metadata(archive):
    listed = json.loads(
        sitat("--index", str(archive / "index"), "articles", "--format", "json").stdout
    )
    page = next(a for a in listed if a["article"] == "sider/nrk-302")
    assert (page["title"], page["outlet"], page["published"], page["url"]) == (
        PAGES[0].title,
        "NRK",
        "2019-08-24T22:12+02:00",
        PAGES[0].url,
    )
    shown = sitat("--index", str(archive / "index"), "show", "sider/nrk-302", "3")
    assert "title: Nytt kanonløp fra Warholm – knuste konkurrentene" in shown.stdout
    assert f"url: {PAGES[0].url}" in shown.stdout


@pytest.mark.parametrize(
    "typed", ["norquad-543", "norquad-543.txt", "artikler/norquad-543.txt", "artikler/norquad-543"]
)
def test_show_takes_what_people_type(archive, typed):
    result = sitat("--index", str(archive / "index"), "show", typed, "8", cwd=archive)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("artikler/norquad-543  undated  ¶8 of 12")


def test_a_file_name_two_articles_share_is_one_line(tmp_path):
    for folder in ("nrk", "vg"):
        (tmp_path / folder).mkdir()
        shutil.copy(DATA / "norquad" / "norquad-150.txt", tmp_path / folder)
    update_index(tmp_path / "index", [tmp_path / "nrk", tmp_path / "vg"])
    result = sitat("--index", str(tmp_path / "index"), "show", "norquad-150")
    assert result.returncode == 1
    assert result.stderr == (
        "'norquad-150' names 2 articles (nrk/norquad-150, vg/norquad-150); give the whole id\n"
    )


def test_the_demo_article_leaves_once_own_material_is_indexed(tmp_path):
    index_dir = tmp_path / "index"
    update_index(index_dir, [])  # a new index starts with the bundled article
    with Searcher(index_dir) as searcher:
        assert [a.id for a in searcher.articles()] == [default_article_path().stem]
    (tmp_path / "mine").mkdir()
    shutil.copy(DATA / "norquad" / "norquad-150.txt", tmp_path / "mine")
    report = update_index(index_dir, [tmp_path / "mine"])
    assert (report.added, report.removed) == (1, 1)
    with Searcher(index_dir) as searcher:
        assert [a.id for a in searcher.articles()] == ["mine/norquad-150"]
        assert not searcher.search("Putin")
    assert update_index(index_dir).unchanged == 1  # and it does not come back


def test_the_web_page_shows_where_each_hit_was_published(archive):
    from starlette.testclient import TestClient

    from search.web import create_app

    with TestClient(
        create_app(archive / "index"), base_url="http://localhost", cookies={"sitat-ui": "en"}
    ) as client:
        page = client.get("/", params={"q": "stavsprang", "outlet": "Bergens Tidende"}).text
        assert '<p class="published"><cite>Fikk kritikk for å bruke solbriller' in page
        assert '<span class="outlet">Bergens Tidende</span>' in page
        assert '<time datetime="2019-10-02T19:31+02:00">' in page
        assert "<h2>Outlets</h2>" in page
        article = client.get("/article/sider/bt-542").text
        assert f'<a href="{PAGES[4].url}" rel="noopener noreferrer">Read the original</a>' in (
            article
        )
        plain = client.get("/article/artikler/norquad-543").text
        assert "Read the original" not in plain  # a text file says nothing of where it is from
