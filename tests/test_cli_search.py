"""`sitat search`, `speakers`, `quotes` and `index` through click's CliRunner, on real indexes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search.cli import cli
from search.render import results_text

from .helpers import write_corpus

ARTICLE = """ date 2023-11 Strømprisene i Sør-Norge har doblet seg, melder NRK.

Regjeringen lover tiltak

– Vi følger situasjonen nøye, sier finansminister Trygve Slagsvold Vedum til NTB.

– Det er for tidlig å si noe om nivået, la han til.

Ifølge Statnett er magasinfyllingen lav.

Strømkrise

Energiminister Terje Aasland mener at «alle må spare strøm» i vinter.

Tiltakspakken koster 5,5 milliarder kroner, skriver avisen Dagens Næringsliv.
"""


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    (folder / "artikler").mkdir()
    (folder / "artikler" / "strom.txt").write_text(ARTICLE, encoding="utf-8")
    from index.store import update_index

    update_index(folder / "index", [folder / "artikler"])
    return folder / "index"


def run(runner, index_dir, *args):
    return runner.invoke(cli, ["--index", str(index_dir), *args])


def test_text_output_is_exact(runner, index_dir):
    result = run(runner, index_dir, "search", "situasjonen")
    assert result.exit_code == 0
    assert result.stdout == (
        "– Vi følger situasjonen nøye, sier finansminister Trygve Slagsvold Vedum til NTB.\n"
        "    2023-11\n"
        "    speakers: Trygve Slagsvold Vedum · sources: NTB · section: Regjeringen lover tiltak"
        " · artikler/strom ¶2\n"
        "\n"
        "1 of 1 paragraph\n"
    )


def test_two_hits_and_a_long_paragraph_are_exact(runner, index_dir):
    result = run(runner, index_dir, "search", "strøm")
    assert result.stdout == (
        "Strømprisene i Sør-Norge har doblet seg, melder NRK.\n"
        "    2023-11\n"
        "    speakers: NRK · sources: NRK · artikler/strom ¶0\n"
        "\n"
        "Energiminister Terje Aasland mener at «alle må spare strøm» i vinter.\n"
        "    2023-11\n"
        "    speakers: Terje Aasland · section: Strømkrise · artikler/strom ¶6\n"
        "\n"
        "2 of 2 paragraphs\n"
    )


def test_no_hits_is_one_line_on_stderr_and_nothing_on_stdout(runner, index_dir):
    result = run(runner, index_dir, "search", "zzqqxx")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "No hits for «zzqqxx».\n")


def test_continued_quote_keeps_speaker_and_source(runner, index_dir):
    result = run(runner, index_dir, "search", "nivået")
    assert result.stdout.splitlines()[2] == (
        "    speakers: Trygve Slagsvold Vedum · sources: NTB · section: Regjeringen lover tiltak"
        " · artikler/strom ¶3"
    )


def test_json_shape(runner, index_dir):
    result = run(runner, index_dir, "search", "strøm", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"query", "total", "total_exact", "suggestion", "any_word", "notes", "hits"}
    assert data["query"] == "strøm" and data["suggestion"] is None
    hit = data["hits"][0]
    assert set(hit) == {
        "article",
        "n",
        "score",
        "title",
        "outlet",
        "url",
        "cite",
        "section",
        "speakers",
        "sources",
        "quote",
        "date",
        "text",
        "snippet",
        "highlights",
        "matches",
        "path",
        "context",
    }
    assert hit["date"] == "2023-11"
    assert "ø" in result.stdout, "Norwegian letters are not escaped"
    for start, end in hit["highlights"]:
        assert hit["snippet"][start:end].lower().startswith("strøm")
    assert hit["matches"]
    for start, end in hit["matches"]:  # the same words, as offsets into the whole paragraph
        assert hit["text"][start:end].lower().startswith("strøm")


def test_jsonl_is_one_hit_per_line(runner, index_dir):
    result = run(runner, index_dir, "search", "strøm OR tiltak", "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) >= 2
    assert all(json.loads(line)["article"] == "artikler/strom" for line in lines)


@pytest.mark.parametrize(
    "args, code",
    [
        (["search", "magasinfyllingen"], 0),
        (["search", "zzqqxx"], 1),
        (["search", "kilde:NRK"], 2),
        (["search", "*"], 2),
        (["search", "strøm", "--limit", "0"], 2),
        (["search", "strøm", "--quote", "kanskje"], 2),
    ],
)
def test_exit_codes_like_grep(runner, index_dir, args, code):
    result = run(runner, index_dir, *args)
    assert result.exit_code == code
    if code == 2:
        assert "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1 or "Usage" in result.stderr


def test_did_you_mean(runner, index_dir):
    result = run(runner, index_dir, "search", "magasinfylingen", "--format", "json")
    data = json.loads(result.stdout)
    assert data["suggestion"] == "magasinfyllingen"
    assert [h["n"] for h in data["hits"]] == [4]
    text = run(runner, index_dir, "search", "magasinfylingen")
    assert "showing «magasinfyllingen»" in text.stderr


def test_any_word_fallback_is_announced(runner, index_dir):
    result = run(runner, index_dir, "search", "magasinfyllingen tiltakspakken")
    assert result.exit_code == 0
    assert "any of them" in result.stderr


@pytest.mark.parametrize(
    "option, value, paragraphs",
    [
        ("--speaker", "Vedum", {2, 3}),
        ("--speaker", "Terje Aasland", {6}),
        ("--source", "Dagens Næringsliv", {7}),
        ("--section", "Strømkrise", {6, 7}),
        ("--quote", "indirect", {0, 7}),  # "melder NRK", "skriver avisen Dagens Næringsliv"
        ("--quote", "direct", {2, 3, 6}),
    ],
)
def test_filters(runner, index_dir, option, value, paragraphs):
    result = run(runner, index_dir, "search", "--format", "json", option, value, "--", "")
    assert result.exit_code == 0, result.stderr
    assert {h["n"] for h in json.loads(result.stdout)["hits"]} == paragraphs


def test_colour_marks_matches_and_plain_marks_nothing(runner, index_dir):
    from search.api import Searcher

    with Searcher(index_dir) as searcher:
        results = searcher.search("situasjonen")
    coloured = results_text(results, color=True)
    assert "\x1b[" in coloured and "situasjonen" in coloured
    assert "\x1b[" not in results_text(results, color=False)


def test_no_color_is_respected(monkeypatch):
    from search import cli as cli_module

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli_module._color() is False
    monkeypatch.delenv("NO_COLOR")
    assert cli_module._color() is True


def test_speakers_most_quoted_first(runner, index_dir):
    result = run(runner, index_dir, "speakers")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Trygve Slagsvold Vedum") and "(NTB)" in lines[0]
    assert any(line.startswith("Terje Aasland") for line in lines)


def test_quotes_in_article_order_with_attribution(runner, index_dir):
    result = run(runner, index_dir, "quotes", "--speaker", "Vedum", "--format", "json")
    quotes = json.loads(result.stdout)
    assert [q["n"] for q in quotes] == [2, 3]
    assert all(q["speaker"] == "Trygve Slagsvold Vedum" and q["source"] == "NTB" for q in quotes)
    assert run(runner, index_dir, "quotes", "--speaker", "Støre").exit_code == 1


def test_index_command_summary_and_rerun(runner, tmp_path):
    write_corpus(tmp_path / "saker", 3)
    index_dir = tmp_path / "idx"
    first = run(runner, index_dir, "index", str(tmp_path / "saker"))
    assert first.exit_code == 0
    assert first.stdout.startswith("3 added, 0 updated, 0 removed, 0 unchanged in ")
    (tmp_path / "saker" / "sak-0001.txt").unlink()
    again = run(runner, index_dir, "index")  # no PATH: the directories indexed before
    assert again.stdout.startswith("0 added, 0 updated, 1 removed, 2 unchanged in ")


def test_rerun_with_a_vanished_directory_warns_and_goes_on(runner, tmp_path):
    write_corpus(tmp_path / "a", 2)
    write_corpus(tmp_path / "b", 1, start=5)
    index_dir = tmp_path / "idx"
    assert run(runner, index_dir, "index", str(tmp_path / "a"), str(tmp_path / "b")).exit_code == 0
    import shutil

    shutil.rmtree(tmp_path / "b")
    (tmp_path / "a" / "sak-0000.txt").unlink()
    again = run(runner, index_dir, "index")
    assert again.exit_code == 0
    assert again.stdout.startswith("0 added, 0 updated, 1 removed, 1 unchanged")
    assert "is gone" in again.stderr


def test_index_warns_about_skipped_files_and_goes_on(runner, tmp_path):
    write_corpus(tmp_path / "saker", 2)
    (tmp_path / "saker" / "binær.txt").write_bytes(b"\x00\xff")
    result = run(runner, tmp_path / "idx", "index", str(tmp_path / "saker"))
    assert result.exit_code == 0
    assert result.stdout.startswith("2 added")
    assert "Warning: skipped" in result.stderr and "binær.txt" in result.stderr


def test_index_missing_is_one_line(runner, tmp_path):
    result = run(runner, tmp_path / "none", "search", "strøm")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no index in") and "sitat index" in result.stderr


def test_sitat_index_env_var(runner, index_dir, monkeypatch):
    monkeypatch.setenv("SITAT_INDEX", str(index_dir))
    result = runner.invoke(cli, ["search", "magasinfyllingen"])
    assert result.exit_code == 0 and "artikler/strom ¶4" in result.stdout


def test_default_index_is_built_from_the_packaged_article(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("SITAT_INDEX", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = runner.invoke(cli, ["search", "humanitær hjelp"])
    assert result.exit_code == 0
    assert "Vladimir Putin" in result.stdout
    assert (tmp_path / "data" / "sitat" / "index" / "sitat-version").exists()


def test_progress_bar_on_a_terminal_only(tmp_path):
    """A long `sitat index` shows a bar when stderr is a terminal, and nothing when piped (the
    threshold lowered to 3 files, so five articles are a long run)."""
    progress_bar_on_a_terminal_only(tmp_path, 5, threshold=3)


@pytest.mark.slow
def test_progress_bar_past_the_real_threshold(tmp_path):
    from search.cli import PROGRESS_MIN_FILES

    progress_bar_on_a_terminal_only(tmp_path, PROGRESS_MIN_FILES + 20)


def progress_bar_on_a_terminal_only(tmp_path, count: int, threshold: int | None = None) -> None:
    import os
    import pty
    import subprocess
    import sys

    write_corpus(tmp_path / "saker", count)
    lowered = "" if threshold is None else f"cli.PROGRESS_MIN_FILES = {threshold}; "
    command = [
        sys.executable,
        "-c",
        f"from search import cli; {lowered}cli.cli(prog_name='sitat')",
        "--index",
        str(tmp_path / "idx"),
        "index",
        "--full",
        str(tmp_path / "saker"),
    ]
    piped = subprocess.run(command, capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stderr == ""
    leader, follower = pty.openpty()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower) as process:
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closes when the process ends
                break
            if not chunk:
                break
            shown += chunk
        out, _ = process.communicate()
    os.close(leader)
    assert process.returncode == 0
    assert b"Indexing" in shown
    assert out.decode().startswith(f"0 added, {count} updated")


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_a_limit_below_one_is_one_line(runner, index_dir, limit):
    result = run(runner, index_dir, "search", "strøm", "--limit", limit)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "Error: limit must be at least 1\n"


def test_count_prints_only_the_exact_number(runner, index_dir):
    result = run(runner, index_dir, "search", "strøm", "--count")
    assert (result.exit_code, result.stdout) == (0, "2\n")
    none = run(runner, index_dir, "search", "zzqqxx", "--count")
    assert (none.exit_code, none.stdout) == (1, "0\n")


def test_text_output_says_how_many_of_how_many(runner, index_dir):
    result = run(runner, index_dir, "search", "strøm", "--limit", "1")
    assert result.stdout.splitlines()[-1] in ("1 of 2 paragraphs", "1 of about 2 paragraphs")


def test_speakers_say_what_kind_of_speaker(runner, tmp_path):
    """Each speaker is a person, an organisation or an outlet (a real article: norquad-613)."""
    (tmp_path / "saker").mkdir()
    source = Path(__file__).parent / "data" / "norquad" / "norquad-613.txt"
    (tmp_path / "saker" / "rbk.txt").write_text(
        source.read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert (
        runner.invoke(
            cli, ["--index", str(tmp_path / "ix"), "index", str(tmp_path / "saker")]
        ).exit_code
        == 0
    )
    shown = runner.invoke(cli, ["--index", str(tmp_path / "ix"), "speakers", "--format", "json"])
    kinds = {s["name"]: s["kind"] for s in json.loads(shown.stdout)}
    assert kinds["Viking"] == "organisation"
    assert kinds["Bjarne Berntsen"] == "person"
    text = runner.invoke(cli, ["--index", str(tmp_path / "ix"), "speakers"]).stdout
    assert any(line.startswith("Viking") and "organisation" in line for line in text.splitlines())


def test_the_index_may_be_given_after_the_command(runner, index_dir, tmp_path):
    """`sitat search foo --index DIR` used to answer "Did you mean '--context'?"."""
    after = runner.invoke(cli, ["search", "situasjonen", "--index", str(index_dir)])
    before = run(runner, index_dir, "search", "situasjonen")
    assert after.exit_code == 0 and after.stdout == before.stdout
    # given twice, the one after the command wins
    both = runner.invoke(
        cli, ["--index", str(tmp_path / "ingen"), "articles", "--index", str(index_dir)]
    )
    assert both.exit_code == 0 and "artikler/strom" in both.stdout
