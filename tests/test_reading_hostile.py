"""Hostile files in every format stay bounded and are one line each, and nothing already
indexed is lost; the date and record readers never fail on what they are given."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.errors import ArticleError
from index.parse import read_articles
from index.reading.dates import date_in, iso_date
from index.reading.records import read_records
from index.store import update_index
from search.api import Searcher

from .helpers import sitat
from .pages import PAGES, render

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>
"""


def external_entity(target: str) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY secret SYSTEM "file://{target}">]>
<nitf><head><title>Lekkasje</title></head>
<body><body.content><p>Innholdet: &secret;</p></body.content></body></nitf>
"""


def good_page(folder):
    path = folder / "side.html"
    path.write_text(render(PAGES[5]), encoding="utf-8")
    return path


def test_hostile_files_are_one_line_each_and_the_rest_is_indexed(tmp_path):
    folder = tmp_path / "innboks"
    folder.mkdir()
    good_page(folder)
    secret = tmp_path / "hemmelig.txt"
    secret.write_text("HEMMELIG-7731\n", encoding="utf-8")
    (folder / "latter.xml").write_text(BILLION_LAUGHS, encoding="utf-8")
    (folder / "ekstern.xml").write_text(external_entity(str(secret)), encoding="utf-8")
    half = 49_000_000 // 11  # just under the 50 MB limit for one article
    (folder / "nostet.html").write_text(
        "<html><body>" + "<div>" * half + "x" + "</div>" * half + "</body></html>", "utf-8"
    )
    (folder / "tom.html").write_text(
        "<html><head><title>Forside</title></head><body><nav><a href='/'>Hjem</a></nav>"
        "</body></html>",
        encoding="utf-8",
    )
    (folder / "stor.jsonl").write_text(
        json.dumps({"title": "Stor", "body": "ord " * 13_000_000}) + "\n", encoding="utf-8"
    )
    started = time.monotonic()
    result = sitat("--index", str(tmp_path / "index"), "index", str(folder))
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 added")
    warnings = result.stderr.splitlines()
    assert len(warnings) == 5 and all(w.startswith("Warning: skipped ") for w in warnings)
    assert "Traceback" not in result.stderr and "HEMMELIG" not in result.stderr
    said = "\n".join(warnings)
    assert "latter.xml: the XML declares entities or refers to outside files; not read" in said
    assert "ekstern.xml: the XML declares entities or refers to outside files; not read" in said
    assert "nostet.html: no article text found in the page (skipped)" in said
    assert "tom.html: no article text found in the page (skipped)" in said
    assert "stor.jsonl: line 1: 52 MB is over the 50 MB limit for one article" in said
    assert seconds < 60  # bounded: no expansion, no walk of 4 million nested elements
    with Searcher(tmp_path / "index") as searcher:
        assert not searcher.search("HEMMELIG")


def test_what_was_indexed_stays_when_its_file_turns_hostile(tmp_path):
    folder = tmp_path / "innboks"
    folder.mkdir()
    page = good_page(folder)
    update_index(tmp_path / "index", [folder])
    page.write_text("<html><body><nav>Meny</nav></body></html>", encoding="utf-8")
    report = update_index(tmp_path / "index", [folder])
    assert report.skipped == (
        f"{page}: no article text found in the page (skipped); what was indexed for it stays",
    )
    with Searcher(tmp_path / "index") as searcher:
        assert searcher.search("Guterres")


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "hemmelig.txt"
    secret.write_text("HEMMELIG-7731\n", encoding="utf-8")
    path = tmp_path / "ekstern.nitf"
    path.write_text(external_entity(str(secret)), encoding="utf-8")
    try:
        read_articles(path)
    except ArticleError as err:
        assert "HEMMELIG" not in str(err) and "\n" not in str(err)
    else:
        raise AssertionError("an external entity was read")


def test_a_windows_1252_page_is_read_by_its_meta_charset(tmp_path):
    page = render(PAGES[4]).replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    path = tmp_path / "bt.html"
    path.write_bytes(page.encode("cp1252", errors="xmlcharrefreplace"))
    article = read_articles(path)[0]
    assert article.title == PAGES[4].title
    assert article.paragraphs[0].text.startswith("Alhaji Jeng er blitt en sentral ekspertstemme")
    assert any("Sveriges store stavsprangyndling" in p.text for p in article.paragraphs)
    assert not any("\ufffd" in p.text or "Ã" in p.text for p in article.paragraphs)


MOMENTS = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31))
MONTH_NAMES = (
    "januar februar mars april mai juni juli august september oktober november desember"
).split()


@given(MOMENTS)
def test_every_way_of_writing_a_time_is_the_same_date(moment):
    minute = moment.strftime("%Y-%m-%dT%H:%M")
    spelled = (
        moment.strftime("%Y-%m-%dT%H:%M:%S"),
        moment.strftime("%Y%m%dT%H%M%S"),
        f"Publisert {moment:%d.%m.%Y} kl. {moment:%H.%M}",
        f"{moment.day}. {MONTH_NAMES[moment.month - 1]} {moment.year} {moment:%H:%M}",
    )
    assert {iso_date(s) for s in spelled} == {minute}
    assert iso_date(moment.strftime("%Y-%m-%d")) == minute[:10]
    assert iso_date(moment.strftime("%Y-%m-%dT%H:%M:%S+01:00")) == minute + "+01:00"


@given(st.text(max_size=60))
def test_any_text_is_a_real_date_or_none(text):
    for found in (iso_date(text), date_in(text)):
        if found is not None:
            datetime.fromisoformat(found[:10] if len(found) >= 10 else found[:4] + "-01-01")


@settings(max_examples=60)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=12,
    )
)
def test_any_json_record_is_an_article_or_a_warning(value):
    warnings: list[str] = []
    text = json.dumps(value)
    try:
        found = list(read_records(text, "x.json", lines=False, warn=warnings.append))
    except ArticleError as err:
        assert "\n" not in str(err)
        return
    for document in found:
        assert document.blocks and all(b.text for b in document.blocks)
    assert all("\n" not in w for w in warnings)


def test_a_record_dated_in_the_future_or_past_keeps_its_date():
    when = datetime(2031, 5, 17, 12, 30) + timedelta(minutes=1)
    record = {"title": "Nasjonaldag", "body": "Hipp hurra.", "date": when.isoformat()}
    (document,) = read_records(json.dumps(record), "x.json", lines=False, warn=print)
    assert document.meta.published == "2031-05-17T12:31"


def test_folders_nested_a_thousand_deep_are_walked(tmp_path):
    import os
    import shutil

    from .conftest import DATA

    root = deepest = tmp_path / "dypt"
    root.mkdir()
    for _ in range(1000):  # os.makedirs is itself recursive
        deepest = deepest / "d"
        os.mkdir(deepest)
    shutil.copy(DATA / "norquad" / "norquad-150.txt", deepest)
    shutil.copy(DATA / "norquad" / "norquad-280.txt", root)
    try:
        report = update_index(tmp_path / "index", [root])
        assert (report.added, report.skipped) == (2, ())
        with Searcher(tmp_path / "index") as searcher:
            ids = [a.id for a in searcher.articles()]
        assert ids == ["dypt/" + "d/" * 1000 + "norquad-150", "dypt/norquad-280"]
    finally:  # shutil.rmtree, and so pytest's clean-up, is recursive too
        (deepest / "norquad-150.txt").unlink()
        while deepest != root:
            deepest.rmdir()
            deepest = deepest.parent
