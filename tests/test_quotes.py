"""Quotes as data: filtered like search, with where each was published, as text, JSON Lines
and CSV; the page pages them and never puts a paraphrase in quotation marks."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest

from index.store import update_index
from search.api import Searcher
from search.render import QUOTE_COLUMNS

from .conftest import DATA
from .helpers import sitat
from .pages import PAGES, render


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("sitater")
    (root / "artikler").mkdir()
    for number in ("265", "543", "148"):
        shutil.copy(DATA / "norquad" / f"norquad-{number}.txt", root / "artikler")
    (root / "sider").mkdir()
    for page in PAGES[4:6]:  # Bergens Tidende and Altaposten/NTB
        (root / "sider" / f"{page.site}.html").write_text(render(page), encoding="utf-8")
    update_index(root / "index", [root / "artikler", root / "sider"])
    return root / "index"


def rows(result) -> list[dict]:
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_csv_has_every_column_and_reads_back(index_dir):
    result = sitat("--index", str(index_dir), "quotes", "--format", "csv")
    assert result.returncode == 0, result.stderr
    read = rows(result)
    assert tuple(read[0]) == QUOTE_COLUMNS and len(read) > 20
    with Searcher(index_dir) as searcher:
        assert [(r["article"], int(r["n"]), r["text"]) for r in read] == [
            (q.article, q.n, q.text) for q in searcher.quotes()
        ]
    guterres = [r for r in read if r["speaker"] == "António Guterres"]
    assert guterres and all(
        (r["outlet"], r["title"], r["speaker_kind"]) == ("Altaposten", PAGES[5].title, "person")
        for r in guterres
    )
    assert {r["kind"] for r in read} >= {"direct", "indirect"}


def test_quotes_filter_like_search(index_dir):
    def listed(*options: str) -> list[dict]:
        result = sitat("--index", str(index_dir), "quotes", *options, "--format", "jsonl")
        return [json.loads(line) for line in result.stdout.splitlines()]

    everything = listed()
    outlet = listed("--outlet", "altaposten")
    assert outlet and {q["outlet"] for q in outlet} == {"Altaposten"}
    assert outlet == [q for q in everything if q["outlet"] == "Altaposten"]
    direct = listed("--kind", "direct")
    assert direct == [q for q in everything if q["kind"] in ("direct", "partial")]
    dated = listed("--date", "2019-10")
    assert dated and {q["date"][:7] for q in dated} == {"2019-10"}
    query = listed("Ingrid", "--speaker", "Støre")
    assert query and {q["speaker"] for q in query} == {"Jonas Gahr Støre"}
    assert {q["article"] for q in query} == {"artikler/norquad-265"}
    none = sitat("--index", str(index_dir), "quotes", "--speaker", "Nobodyxyz")
    assert (none.returncode, none.stdout, none.stderr) == (1, "", "No quotes by Nobodyxyz.\n")


def test_text_output_quotes_only_the_speakers_own_words(index_dir):
    result = sitat("--index", str(index_dir), "quotes", "--speaker", "Støre")
    blocks = re.split(r"\n(?=\S+ ¶\d+  )", result.stdout.strip())
    indirect = [b for b in blocks if "  indirect  " in b.splitlines()[0]]
    direct = [b for b in blocks if "  direct  " in b.splitlines()[0]]
    assert indirect and direct and len(indirect) + len(direct) == len(blocks)
    assert all("«" not in b for b in indirect)
    assert all(b.splitlines()[1].lstrip().startswith("«") for b in direct)


def test_the_page_pages_and_never_quotes_a_paraphrase(index_dir):
    from starlette.testclient import TestClient

    from search.web import QUOTES_PAGE, create_app

    with Searcher(index_dir) as searcher:
        every = searcher.quotes()
    with TestClient(create_app(index_dir), base_url="http://localhost") as client:
        first = client.get("/quotes").text
        items = re.findall(r'<li class="(own-words|paraphrase)">(.*?)</li>', first, re.S)
        assert len(items) == min(QUOTES_PAGE, len(every))
        for kind, item in items:
            assert ("<q>" in item) == (kind == "own-words")
        kinds = ["own-words" if q.kind != "indirect" else "paraphrase" for q in every]
        assert [kind for kind, _ in items] == kinds[:QUOTES_PAGE]
        if len(every) > QUOTES_PAGE:
            assert 'href="/quotes?page=2" rel="next"' in first
            second = client.get("/quotes?page=2").text
            assert 'href="/quotes" rel="prev"' in second
