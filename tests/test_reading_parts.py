"""The readers' parts one at a time: sniffing a format, outlets by address, dates, JSON record
shapes, what a page says when it has no structured data."""

from __future__ import annotations

import json

import pytest

from index.errors import ArticleError
from index.parse import read_articles
from index.reading import format_of, read_documents
from index.reading.dates import iso_date
from index.reading.outlets import outlet_of_url
from index.reading.records import read_records

from .conftest import DATA
from .pages import PAGES, render
from .wire import nitf

PAGE = "<!DOCTYPE html><html><body><article><p>x</p></article></body></html>"


@pytest.mark.parametrize(
    "name, start, fmt",
    [
        ("a.txt", "Vanlig tekst.", "text"),
        ("a.TXT", "\ufeff<!DOCTYPE html><html>", "html"),  # a saved page named .txt
        ("a.txt", '<?xml version="1.0"?><nitf>', "wire"),
        ("a.txt", '<?xml version="1.0"?><rss>', "text"),
        ("a.xml", "<html><body>", "html"),
        ("a.htm", "<html>", "html"),
        ("a.ndjson", "{}", "jsonl"),
        ("a.json", "[]", "json"),
        ("a.pdf", "%PDF", None),
    ],
)
def test_the_format_is_chosen_by_extension_then_content(name, start, fmt):
    assert format_of(name, start.encode("utf-8")) == fmt


@pytest.mark.parametrize(
    "url, outlet",
    [
        ("https://www.nrk.no/sport/warholm-1.14673360", "NRK"),
        ("https://www.vg.no/nyheter/i/x", "VG"),
        ("http://e24.no/boers-og-finans/x", "E24"),
        ("www.aftenbladet.no/sport/i/dOQR4X", "Stavanger Aftenblad"),
        ("https://www.altaposten.no/lokalt/x.ece", None),  # not one sitat knows
        ("https://nrk.no.example.com/x", None),
        ("", None),
        (None, None),
    ],
)
def test_outlets_by_address(url, outlet):
    assert outlet_of_url(url) == outlet


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019", "2019"),
        ("2019-03", "2019-03"),
        ("2019-03-12T14:05:00.123Z", "2019-03-12T14:05Z"),
        ("2019-03-12 14:05:00+0100", "2019-03-12T14:05+01:00"),
        ("20190312T140500Z", "2019-03-12T14:05Z"),
        ("20190312", "2019-03-12"),
        ("tirsdag 12. mars 2019", "2019-03-12"),
        ("Oppdatert 3. des. 2019 kl. 09:15", "2019-12-03T09:15"),
        (1552395900, "2019-03-12T13:05Z"),  # Unix seconds
        (1552395900000, "2019-03-12T13:05Z"),  # milliseconds
        ("2019-02-30", None),  # no such day
        ("2019-13", None),
        ("12.13.2019", None),
        ("1066", None),  # a year no news article has
        ("i 2019 skjedde mye", None),  # a year in a sentence is no date
        (True, None),
        (None, None),
        (10**20, None),
    ],
)
def test_dates_as_written(value, expected):
    assert iso_date(value) == expected


def records(data, **options) -> tuple[list, list[str]]:
    warnings: list[str] = []
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    found = list(read_records(text, "x.json", lines=False, warn=warnings.append, **options))
    return found, warnings


def test_json_record_shapes():
    one, _ = records({"title": "T", "text": "Første.\n\nAndre."})
    assert [b.text for b in one[0].blocks] == ["Første.", "Andre."] and one[0].key == "1"
    listed, _ = records({"items": [{"content": "A."}, {"content": "B.", "uuid": "u-2"}]})
    assert [d.key for d in listed] == ["1", "u-2"]
    body = [
        "Ingress.",
        {"type": "heading", "text": "Mellomtittel"},
        {"kind": "paragraph", "content": "Tekst."},
        {"type": "image"},
        42,
    ]
    (shaped,), _ = records([{"body": body, "lede": "Ingressen først.", "author": "A og B"}])
    assert [(b.text, b.kind) for b in shaped.blocks] == [
        ("Ingressen først.", None),
        ("Ingress.", None),
        ("Mellomtittel", "heading"),
        ("Tekst.", None),
    ]
    assert shaped.meta.authors == ("A", "B")
    (outlet,), _ = records([{"text": "A.", "source": {"name": "NTB"}, "url": "https://vg.no/a"}])
    assert outlet.meta.outlet == "NTB"
    (by_address,), _ = records([{"text": "A.", "url": "https://www.vg.no/a"}])
    assert by_address.meta.outlet == "VG"


def test_bad_records_are_warnings_and_bad_files_errors():
    found, warnings = records([{"text": "A."}, "tekst", {"text": 7}, {"text": "  "}, {"t": 1}])
    assert len(found) == 1
    assert warnings == [
        "x.json: record 2: not a JSON object",
        "x.json: record 3: the article text is neither a string nor a list of paragraphs",
        "x.json: record 4: the article text is empty",
        "x.json: record 5: no article text (a body, text or content field)",
    ]
    with pytest.raises(ArticleError, match="x.json: not valid JSON"):
        records("{broken")
    with pytest.raises(ArticleError, match="holds no article records"):
        records("12")
    with pytest.raises(ArticleError, match="nested too deeply"):
        records("[" * 100_000 + "]" * 100_000)
    lines, _ = records('{"text": "A."}\n{"text": "B."}\n')  # JSON Lines saved as .json
    assert [d.key for d in lines] == ["1", "2"]


def test_a_page_without_structured_data_gives_what_its_meta_tags_say(tmp_path):
    page = render(PAGES[1])
    start = page.index('<script type="application/ld+json">')
    page = page[:start] + page[page.index("</script>", start) + 9 :]
    page = page.replace('<address itemprop="author">', '<address itemprop="author">Ola Nordmann')
    page = page.replace(
        "</head>", '<meta name="author" content="Ola Nordmann; Kari Nordmann"></head>'
    )
    path = tmp_path / "vg.html"
    path.write_text(page, encoding="utf-8")
    article = read_articles(path)[0]
    assert (article.title, article.outlet, article.published) == (
        PAGES[1].title,
        "VG",
        "2019-06-27",  # htmldate, to the day where no structured date is given
    )
    assert article.authors == ("Ola Nordmann", "Kari Nordmann")


def test_a_page_that_is_not_html_and_a_wire_file_that_is_not_news(tmp_path):
    with pytest.raises(ArticleError, match="x.html: not an HTML page sitat can read"):
        read_documents(b"\x00\x01binary", "x.html", "html")
    with pytest.raises(ArticleError, match="not well-formed XML"):
        read_documents(b"<nitf><body>", "x.xml", "wire")
    with pytest.raises(ArticleError, match=r"neither NITF nor NewsML-G2 \(its root is <rss>\)"):
        read_documents(b"<rss><channel/></rss>", "x.xml", "wire")
    with pytest.raises(ArticleError, match="not a format sitat reads"):
        read_documents(b"", "x.pdf", "pdf")
    text = (DATA / "norquad" / "norquad-150.txt").read_text(encoding="utf-8")
    wire = nitf(text, title="T", issued="20190826", doc_id="d").replace("<body.content>", "<x>")
    wire = wire.replace("</body.content>", "</x>")
    (document,) = read_documents(wire.encode("utf-8"), "x.xml", "wire")
    assert document.meta.published == "2019-08-26"
    assert len(document.blocks) > 5  # the body's paragraphs, found without body.content
