"""JSON exports, wire XML and plain text with a metadata block: each format reads into the same
article as the plain text, with what the file says about it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.errors import ArticleError
from index.parse import parse_article, read_article, read_articles
from index.store import update_index
from search.api import Searcher

from .conftest import DATA
from .helpers import sitat
from .wire import newsml_item, newsml_message, nitf

CONTENT = ("text", "heading", "caption")


def text_of(number: str) -> str:
    return (DATA / "norquad" / f"norquad-{number}.txt").read_text(encoding="utf-8")


def paragraphs(article) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in article.paragraphs if p.kind in (*CONTENT, "credit")]


def body_of(number: str) -> list[str]:
    """The article's blocks without the date prefix, as an export would hold them."""
    return [p.text for p in parse_article(text_of(number)).paragraphs]


# --- JSON and JSON Lines -----------------------------------------------------------------------


def write_export(path: Path) -> None:
    records = [
        {
            "id": "ntb-280",
            "title": "Ni personer evakuert fra tre hus i Gjesdal etter jordras",
            "published": "2019-12-11T09:05:00+01:00",
            "url": "https://www.altaposten.no/lokalt/NTB/NTB_innenriks/2019/12/11/x.ece",
            "publisher": {"name": "Altaposten"},
            "author": [{"name": "NTB"}],
            "agency": "NTB",
            "body": body_of("280"),
        },
        {
            "headline": "Guterres advarer mot dramatisk klimakrise",
            "datePublished": 1566822960,  # seconds since 1970: 2019-08-26T12:36Z
            "text": "\n\n".join(body_of("150")),
        },
    ]
    lines = [json.dumps(records[0], ensure_ascii=False), "{not json", ""]
    lines.append(json.dumps(records[1], ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_json_lines_records_are_articles_and_a_bad_line_is_one_warning(tmp_path):
    export = tmp_path / "eksport.jsonl"
    write_export(export)
    warnings: list[str] = []
    first, second = read_articles(export, warn=warnings.append)
    assert warnings == [
        f"{export}: line 2: not valid JSON (Expecting property name enclosed in double quotes)"
    ]
    assert first.id == "eksport#ntb-280" and second.id == "eksport#4"  # its own id, else line
    assert (first.title, first.outlet, first.published, first.agency) == (
        "Ni personer evakuert fra tre hus i Gjesdal etter jordras",
        "Altaposten",
        "2019-12-11T09:05+01:00",
        "NTB",
    )
    assert second.published == "2019-08-26T12:36Z"
    assert paragraphs(first) == paragraphs(parse_article(text_of("280")))
    assert paragraphs(second) == paragraphs(parse_article(text_of("150")))
    assert first.speaker_kinds == parse_article(text_of("280")).speaker_kinds


def test_an_export_indexes_record_by_record(tmp_path):
    folder = tmp_path / "eksport"
    folder.mkdir()
    write_export(folder / "saker.jsonl")
    index_dir = tmp_path / "index"
    result = sitat("--index", str(index_dir), "index", str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 added, 0 updated")
    assert "read 1 file: 1 .jsonl" in result.stdout
    assert "line 2: not valid JSON" in result.stderr and "Traceback" not in result.stderr
    # An edited record is the only one parsed again; a record gone is removed.
    lines = (folder / "saker.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["title"] = "Ni evakuert i Gjesdal"
    (folder / "saker.jsonl").write_text(
        "\n".join([json.dumps(record, ensure_ascii=False), *lines[1:]]) + "\n", encoding="utf-8"
    )
    report = update_index(index_dir, [folder])
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    (folder / "saker.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    report = update_index(index_dir, [folder])
    assert (report.removed, report.unchanged) == (1, 1)
    with Searcher(index_dir) as searcher:
        assert [a.id for a in searcher.articles()] == ["eksport/saker#ntb-280"]
        hit = searcher.search("Gjesdal", outlet="altaposten")[0]
    assert (hit.title, hit.outlet, hit.date) == (
        "Ni evakuert i Gjesdal",
        "Altaposten",
        "2019-12-11T09:05+01:00",
    )


def test_fields_of_another_name_are_mapped(tmp_path):
    export = tmp_path / "arkiv.json"
    export.write_text(
        json.dumps(
            {
                "articles": [
                    {
                        "sak_id": 17,
                        "overskrift": "Von der Leyen lover plan for klimanøytralitet",
                        "brodtekst": body_of("216"),
                        "pubdato": "16.07.2019 kl. 10.15",
                    }
                ]
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = sitat(
        "parse",
        str(export),
        "--format",
        "json",
        "--fields",
        "id=sak_id,title=overskrift,body=brodtekst,published=pubdato",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["article"], data["title"], data["published"]) == (
        "arkiv#17",
        "Von der Leyen lover plan for klimanøytralitet",
        "2019-07-16T10:15",
    )
    assert {"title", "outlet", "published", "url", "authors"} <= set(data)
    bad = sitat("parse", str(export), "--fields", "kropp=brodtekst")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "--fields 'kropp=brodtekst'" in bad.stderr


def test_json_with_no_article_text_is_one_line(tmp_path):
    export = tmp_path / "tom.json"
    export.write_text('[{"title": "Bare en tittel"}]', encoding="utf-8")
    with pytest.raises(ArticleError, match="record 1: no article text"):
        read_articles(export)


# --- wire XML ----------------------------------------------------------------------------------


def test_nitf_reads_as_the_text_version_with_its_metadata(tmp_path):
    path = tmp_path / "ntb.xml"
    path.write_text(
        nitf(
            text_of("216"),
            title="Von der Leyen lover plan for klimanøytralitet innen 100 dager",
            issued="20190716T101500+0200",
            doc_id="NTB-2019-07-16-0042",
        ),
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.published, article.agency, article.outlet) == (
        "Von der Leyen lover plan for klimanøytralitet innen 100 dager",
        "2019-07-16T10:15+02:00",
        "NTB",
        "NTB",
    )
    assert paragraphs(article) == paragraphs(parse_article(text_of("216")))
    assert article.paragraphs[-1].kind == "furniture"  # the tagline (©NTB)


def test_newsml_items_are_articles(tmp_path):
    path = tmp_path / "melding.xml"
    items = [
        newsml_item(text_of(n), title=f"Sak {n}", created=when, guid=f"urn:ntb:{n}")
        for n, when in (("280", "2019-12-11T09:05:00+01:00"), ("150", "2019-08-26T14:36:00+02:00"))
    ]
    path.write_text(newsml_message(items), encoding="utf-8")
    first, second = read_articles(path)
    assert (first.id, first.title, first.published, first.agency) == (
        "melding#urn:ntb:280",
        "Sak 280",
        "2019-12-11T09:05+01:00",
        "NTB",
    )
    assert paragraphs(second) == paragraphs(parse_article(text_of("150")))


# --- plain text --------------------------------------------------------------------------------


def test_a_metadata_block_at_the_top_is_metadata(tmp_path):
    header = (
        "Raja vil ha sosial profil på bompenger\n"
        "Publisert 12.03.2019 kl. 14.05\n"
        "Oppdatert 12.03.2019 kl. 16.30\n"
        "https://www.dagbladet.no/nyheter/raja/70912345\n"
        "Av Kari Nordmann og Ola Nordmann\n\n"
    )
    text = text_of("543")
    article = parse_article(header + text, "sak")
    plain = parse_article(text, "sak")
    assert (article.title, article.published, article.url, article.authors, article.outlet) == (
        "Raja vil ha sosial profil på bompenger",
        "2019-03-12T14:05",
        "https://www.dagbladet.no/nyheter/raja/70912345",
        ("Kari Nordmann", "Ola Nordmann"),
        None,
    )
    assert [p.kind for p in article.paragraphs[:5]] == ["furniture"] * 5
    assert paragraphs(article) == paragraphs(plain)
    assert not any(p.section and "Publisert" in p.section for p in article.paragraphs)


def test_page_furniture_is_never_content():
    article = parse_article(text_of("443"), "443")
    links = [p for p in article.paragraphs if p.text.startswith("LES OGSÅ")]
    assert len(links) == 4
    assert all(p.kind == "furniture" and not p.speakers for p in links)
    assert not any(p.section and p.section.startswith("LES OGSÅ") for p in article.paragraphs)
    signed = parse_article(text_of("543"), "543")
    assert signed.agency == "NTB"
    assert (signed.paragraphs[-1].kind, signed.paragraphs[-1].sources) == ("furniture", ("NTB",))


def test_an_export_larger_than_one_article_may_be_is_read_record_by_record(tmp_path, monkeypatch):
    """The size limit is for one article: an export of many is read a line at a time, and
    only a record over the limit is left out."""
    monkeypatch.setenv("SITAT_MAX_MB", "0.05")  # 50 KB
    folder = tmp_path / "eksport"
    folder.mkdir()
    lines = [
        json.dumps({"id": n, "body": body_of(n)}, ensure_ascii=False)
        for n in ("148", "150", "216", "280", "302", "466", "613", "615")
    ]
    lines.insert(3, json.dumps({"id": "stor", "body": "Ord. " * 20_000}))
    (folder / "alt.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert (folder / "alt.jsonl").stat().st_size > 100_000
    report = update_index(tmp_path / "index", [folder])
    assert report.added == 8
    assert report.skipped == (
        f"{folder / 'alt.jsonl'}: line 4: 0.1 MB is over the 0.05 MB limit for one article "
        "(set SITAT_MAX_MB to change it)",
    )


def test_a_repeated_record_id_is_indexed_once(tmp_path):
    export = tmp_path / "dobbel.jsonl"
    record = {"id": "a1", "body": body_of("150")}
    export.write_text(
        "\n".join(json.dumps(record, ensure_ascii=False) for _ in range(2)) + "\n", "utf-8"
    )
    report = update_index(tmp_path / "index", [export])
    assert report.added == 1
    assert report.skipped == (f"{export}: a second record with the id 'a1'; the first is indexed",)
