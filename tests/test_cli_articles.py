"""`sitat articles` and `sitat show`: where a hit comes from, read in context."""

from __future__ import annotations

import json

import pytest

from index import default_article_path
from search.api import Searcher
from search.cli import cli

from .helpers import write_corpus


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    write_corpus(folder / "saker", 2)
    seed = folder / "seed.txt"
    seed.write_text(default_article_path().read_text(encoding="utf-8"), encoding="utf-8")
    from index.store import update_index

    update_index(folder / "index", [folder / "saker", seed])
    return folder


def run(runner, built, *args):
    return runner.invoke(cli, ["--index", str(built / "index"), *args])


def test_articles_lists_id_date_paragraphs_speakers_and_path(runner, built):
    result = run(runner, built, "articles", "--format", "json")
    assert result.exit_code == 0
    listed = {a["article"]: a for a in json.loads(result.stdout)}
    assert set(listed) == {"saker/sak-0000", "saker/sak-0001", "seed"}
    assert listed["seed"]["date"] == "2016-10" and listed["seed"]["paragraphs"] == 59
    assert "Vladimir Putin" in listed["seed"]["speakers"]
    assert listed["saker/sak-0001"]["speakers"] == ["Kari Nordmann1"]
    assert listed["saker/sak-0001"]["path"] == str(built / "saker" / "sak-0001.txt")
    text = run(runner, built, "articles").stdout.splitlines()
    assert [line.split()[0] for line in text] == ["saker/sak-0000", "saker/sak-0001", "seed"]
    assert text[2].endswith(str(built / "seed.txt")) and "  59 ¶  " in text[2]


def test_an_indexed_article_reads_as_its_file_does(runner, built):
    parsed = runner.invoke(cli, ["parse", str(built / "seed.txt")]).stdout.rstrip("\n")
    shown = run(runner, built, "show", "seed")
    assert shown.exit_code == 0
    header, body = shown.stdout.split("\n", 1)
    assert header == "seed  2016-10  bokmål  59 paragraphs"
    assert body == parsed.split("\n", 1)[1] + f"\n\n{built / 'seed.txt'}\n"


@pytest.mark.parametrize("paragraph", ["23", "¶23"])
def test_show_one_paragraph_with_its_section_and_attribution(runner, built, paragraph):
    result = run(runner, built, "show", "seed", paragraph)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "seed  2016-10  ¶23 of 59",
        str(built / "seed.txt"),
        "## Tettere militærteknisk samarbeid",
        "¶23  text  direct  speakers: Vladimir Putin",
    ]
    assert "humanitær hjelp" in result.stdout


def test_show_json_is_the_parse_json_with_the_path(runner, built):
    shown = json.loads(run(runner, built, "show", "saker/sak-0001", "--format", "json").stdout)
    parsed = json.loads(
        runner.invoke(
            cli, ["parse", str(built / "saker" / "sak-0001.txt"), "--format", "json"]
        ).stdout
    )
    assert shown.pop("path") == str(built / "saker" / "sak-0001.txt")
    assert shown.pop("article") == "saker/sak-0001"
    parsed.pop("article")
    for p in shown["paragraphs"] + parsed["paragraphs"]:
        if p["kind"] != "text":
            p["section"] = None  # a heading's own section is not kept in the index
    assert shown == parsed


@pytest.mark.parametrize(
    "args, code, message",
    [
        (
            ["show", "finnes-ikke"],
            1,
            "no article 'finnes-ikke' in the index; list them with: sitat articles\n",
        ),
        (["show", "seed", "99"], 1, "seed has paragraphs ¶0 to ¶58\n"),
        (
            ["show", "seed", "tre"],
            2,
            "Error: 'tre' is not a paragraph number; write e.g. sitat show seed 3\n",
        ),
    ],
)
def test_show_what_is_not_there_is_one_line(runner, built, args, code, message):
    result = run(runner, built, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", message)


def test_every_hit_carries_its_file(runner, built):
    hits = json.loads(run(runner, built, "search", "sykehjem", "--format", "json").stdout)["hits"]
    assert {h["article"]: h["path"] for h in hits} == {
        "saker/sak-0000": str(built / "saker" / "sak-0000.txt"),
        "saker/sak-0001": str(built / "saker" / "sak-0001.txt"),
    }
    with Searcher(built / "index") as searcher:
        assert searcher.search("humanitær hjelp")[0].path == str(built / "seed.txt")
