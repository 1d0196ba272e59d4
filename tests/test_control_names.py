"""A file name with a line feed or a tab (a leaked folder may hold anything) is shown escaped
on one line everywhere, and its article's links on the page lead to it."""

from __future__ import annotations

import html
import re
import shutil

import pytest

from index.store import update_index

from .conftest import DATA
from .helpers import sitat

NAMES = ("sak\nny", "sak\tto")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("navn")
    (root / "art").mkdir()
    for name, number in zip(NAMES, ("150", "280"), strict=True):
        shutil.copy(DATA / "norquad" / f"norquad-{number}.txt", root / "art" / f"{name}.txt")
    update_index(root / "index", [root / "art"])
    return root / "index"


@pytest.mark.parametrize(
    "args",
    [
        ("articles",),
        ("search", "Guterres"),
        ("search", "Gjesdal", "-C", "1"),
        ("quotes", "--speaker", "Guterres"),
        ("show", "art/sak\nny", "1"),
        ("show", "art/sak\nny"),
    ],
)
def test_names_are_escaped_on_one_line(index_dir, args):
    result = sitat("--index", str(index_dir), *args)
    assert result.returncode == 0, result.stderr
    assert "sak\nny" not in result.stdout and "sak\tto" not in result.stdout
    assert "sak\\x0any" in result.stdout or "sak\\x09to" in result.stdout


def test_the_page_links_to_such_an_article(index_dir):
    from starlette.testclient import TestClient

    from search.web import create_app

    with TestClient(create_app(index_dir), base_url="http://localhost") as client:
        page = client.get("/", params={"q": "Guterres OR Gjesdal"}).text
        links = {html.unescape(link) for link in re.findall(r'href="(/article/[^"?]+)', page)}
        assert {"/article/art/sak%0Any", "/article/art/sak%09to"} <= links
        for link in links:
            opened = client.get(link)
            assert opened.status_code == 200 and "<h1>" in opened.text
        assert client.get("/api/articles/art/sak%0Any").status_code == 200
