"""Hostile input: articles and file names from strangers must not drive the terminal, reach
outside the folder given, be readable by other users, or take memory out of proportion.

The articles are real (NorQuAD, CC0) with the hostile parts put in, as an attacker would."""

from __future__ import annotations

import json
import os
import re
import stat
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import syntax
from index.errors import ArticleError
from index.parse import parse_article
from index.reading.text import clean
from index.store import update_index
from search.cli import cli

from .conftest import DATA

REAL = (DATA / "norquad" / "norquad-148.txt").read_text(encoding="utf-8")
# Clear the screen, set the window title, write the clipboard (OSC 52), and a C1 CSI.
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b]52;c;cm0gLXJmIH4=\x07\x9b31m"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
CACHE = os.environ.get("SITAT_CACHE", "")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "lekk"
    folder.mkdir()
    paragraphs = REAL.split("\n\n")
    paragraphs[2] = (
        paragraphs[2] + ESCAPES + " – Vi har kontroll, sier Ola Nordmann" + ESCAPES + "."
    )
    (folder / f"sak{ESCAPES[:4]}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    (root / "hemmelig.txt").write_text("Passordet er fiolett.", encoding="utf-8")
    (folder / "lenke.txt").symlink_to(root / "hemmelig.txt")
    report = update_index(root / "index", [folder])
    return root, report


def run(runner, root, *args):
    return runner.invoke(cli, ["--index", str(root / "index"), *args])


@pytest.mark.parametrize(
    "args",
    [
        ["search", "kontroll"],
        ["search", "kontroll", "--format", "json"],
        ["search", "kontroll", "--format", "jsonl"],
        ["search", "kontroll", "--format", "csv"],
        ["search", "kontroll", "-C", "2"],
        ["quotes"],
        ["quotes", "--format", "json"],
        ["speakers"],
        ["articles"],
        ["articles", "--format", "json"],
    ],
)
def test_no_control_character_reaches_the_terminal(runner, hostile, args):
    root, _ = hostile
    result = run(runner, root, *args)
    assert result.exit_code == 0, result.output
    assert not RAW.search(result.stdout) and not RAW.search(result.stderr), args
    if "json" in args:
        json.loads(result.stdout) if "jsonl" not in args else [
            json.loads(line) for line in result.stdout.splitlines()
        ]


def test_show_and_parse_escape_too(runner, hostile):
    root, _ = hostile
    article_id = json.loads(run(runner, root, "articles", "--format", "json").stdout)[0]
    shown = run(runner, root, "show", article_id["article"])
    parsed = runner.invoke(cli, ["parse", article_id["path"]])
    for result in (shown, parsed):
        assert result.exit_code == 0 and not RAW.search(result.output)
    assert "\\x1b" in shown.stdout, "the file name's escape is shown, escaped"


def test_the_quote_is_still_read_without_its_escapes(hostile, runner):
    root, _ = hostile
    hit = json.loads(run(runner, root, "search", "kontroll", "--format", "json").stdout)["hits"][0]
    assert "Ola Nordmann" in hit["speakers"] and "\x1b" not in hit["text"]


def test_a_link_out_of_the_folder_is_passed_over_and_said(hostile, runner):
    root, report = hostile
    assert "1 linked out of the folder" in report.summary()
    assert run(runner, root, "search", "fiolett").exit_code == 1


def test_the_index_is_its_owners_only(hostile):
    root, _ = hostile
    for path in [root / "index", *(root / "index").iterdir()]:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_a_file_over_the_size_limit_is_skipped_and_the_rest_indexed(tmp_path, monkeypatch):
    folder = tmp_path / "saker"
    folder.mkdir()
    (folder / "liten.txt").write_text(REAL[:2000], encoding="utf-8")
    (folder / "stor.txt").write_text(REAL * 3, encoding="utf-8")
    monkeypatch.setenv("SITAT_MAX_MB", str(len(REAL.encode()) * 2 / 1_000_000))
    report = update_index(tmp_path / "index", [folder])
    assert report.added == 1
    assert any("stor.txt" in line and "limit" in line for line in report.skipped)


# Hostile articles: verbs of saying over and over, names by the thousand, one endless
# sentence, control characters; built from a real article's sentences.
SENTENCES = [s for s in re.split(r"(?<=[.!?])\s+", REAL) if len(s) > 20]
PIECES = st.sampled_from(
    [
        "sier at ",
        "Per Olsen sier at ",
        "– Ja, sier han. ",
        "«",
        "»",
        ESCAPES,
        "Kari Nordmann, Ola Hansen og Per Olsen sier at ",
        *SENTENCES,
    ]
)


HOSTILE_TEXT = {
    "pieces": st.lists(PIECES, min_size=1, max_size=30),
    "times": st.integers(1, 40),
    "breaks": st.booleans(),
}


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**HOSTILE_TEXT)
def test_output_and_memory_stay_in_proportion_to_the_input(pieces, times, breaks):
    output_and_memory_in_proportion(pieces, times, breaks)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**HOSTILE_TEXT)
def test_output_and_memory_stay_in_proportion_to_much_input(pieces, times, breaks):
    output_and_memory_in_proportion(pieces, times, breaks)


def output_and_memory_in_proportion(pieces: list[str], times: int, breaks: bool) -> None:
    """Linear with a constant: the constant is the parser's batch (256 sentences at most, each
    capped), which any article of some size pays; what grew with the square of a sentence
    (96 KB took 4.6 GB) fails it by far."""
    text = ("\n\n" if breaks else " ").join(pieces * times)
    syntax.pipeline()  # the model's own memory is not the article's
    os.environ["SITAT_CACHE"] = "off"  # parse every time: a cached answer would flatter
    tracemalloc.start()
    try:
        article = parse_article(text, "fiendtlig")
        _, peak = tracemalloc.get_traced_memory()
    except ArticleError:
        assert not clean(text).strip(), "only an article with no text is refused"
        return
    finally:
        tracemalloc.stop()
        os.environ["SITAT_CACHE"] = CACHE
    size = len(text.encode("utf-8"))
    out = len(json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8"))
    assert out <= 12 * size + 20_000, (size, out)
    assert peak <= 400 * size + 300_000_000, (size, peak)
    assert not any(RAW.search(p.text) for p in article.paragraphs)


def test_segments_read_through_maps_answer_as_whoosh_does(seed_index):
    """The mapped reading of compound segments (index.mapped) gives Whoosh's own answers."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.qparser import QueryParser

    from index.mapped import MappedStorage
    from index.stored import INDEX_NAME

    answers = []
    for storage in (FileStorage(str(seed_index)), MappedStorage(str(seed_index))):
        ix = storage.open_index(INDEX_NAME)
        with ix.searcher() as searcher:
            parser = QueryParser("text", ix.schema)
            answers.append(
                [
                    (
                        searcher.doc_count(),
                        [
                            (hit["owner"], hit["n"], round(hit.score, 6))
                            for hit in searcher.search(parser.parse(q))
                        ],
                    )
                    for q in ("putin", "humanitær hjelp", "erdogan OR aleppo")
                ]
            )
    assert answers[0] == answers[1] and answers[0][0][1]


def test_a_prefix_that_stands_for_too_much_stops_in_time_and_says_so(seed_index, monkeypatch):
    from search import api, clock

    monkeypatch.setattr(clock, "QUERY_SECONDS", 0)
    with api.Searcher(seed_index) as searcher:
        results = searcher.search("Pu* OR Erd*")
    assert not results.total_exact and any("stopped" in note for note in results.notes)
