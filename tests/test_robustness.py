"""Nothing breaks it: fuzzed parser input and queries, damaged indexes, awkward files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import ArticleError, parse_article
from index.reading.text import clean
from index.store import update_index
from search.api import Searcher
from search.cli import cli
from search.query import MAX_FUZZY_EDITS, MIN_PREFIX, QueryError

from .helpers import snapshot, write_corpus

# --- the parser -------------------------------------------------------------------------------

AWKWARD = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.text(alphabet="\x00\x01\x07\x08\x0b\x0c\x1b\x7f\u2028\u2029\r\n\t ", max_size=50),
    st.integers(1, 20_000).map(lambda n: "Lang linje uten slutt " * (n // 20)),
    st.integers(1, 200).map(lambda n: "– " * n),
    st.integers(1, 200).map(lambda n: "«»" * n),
    st.lists(
        st.sampled_from(
            [
                "«",
                "»",
                "‹",
                "›",
                "«Han sa «ja» til",
                "– «",
                "»,",
                " sier ",
                "Per Olsen",
                "\n\n",
                "'",
                '"',
                "–",
            ]
        ),
        max_size=60,
    ).map("".join),
)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(AWKWARD)
def test_parser_survives_anything_and_drops_nothing(text):
    try:
        article = parse_article(text)
    except ArticleError as err:
        assert "\n" not in str(err)
        return
    body = squeeze(clean(text))
    if article.date:
        body = body[len("date") + len(article.date) :]
    assert "".join(squeeze(p.text) for p in article.paragraphs) == body


# --- the query language ---------------------------------------------------------------------

QUERY_PIECES = st.sampled_from(
    [
        '"',
        "(",
        ")",
        "speaker:",
        "source:",
        "section:",
        "quote:",
        "date:",
        "article:",
        "AND",
        "OR",
        "NOT",
        "*",
        "?",
        "~",
        "~~",
        "~9",
        "^",
        "[",
        "]",
        "{",
        "}",
        "TO",
        "\x00",
        ":",
        "-",
        "+",
        "\\",
        "Putin",
        "følger",
        "ø",
        " ",
        "2016",
        "..",
        "'",
    ]
)
QUERIES = st.one_of(st.text(max_size=80), st.lists(QUERY_PIECES, max_size=25).map("".join))


@pytest.fixture(scope="module")
def searcher(seed_index):
    with Searcher(seed_index) as opened:
        yield opened


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=QUERIES)
def test_any_query_searches_or_raises_query_error(searcher, text):
    try:
        results = searcher.search(text)
    except QueryError as err:
        assert "\n" not in str(err) and str(err)
        return
    assert all(hit.text and hit.article for hit in results.hits)
    for hit in results.hits:
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\x00",
        '"',
        "(",
        ")",
        "speaker:",
        "*",
        "**",
        "a*",
        "~~",
        "e~9",
        "x" * 10_000,
        "NOT",
        "AND OR",
        "date:..",
        "date:[ TO ]",
        "quote:kanskje",
        "ukjent:felt",
    ],
)
def test_nasty_queries_end_in_one_line_never_a_traceback(runner, seed_index, query):
    result = runner.invoke(cli, ["--index", str(seed_index), "search", query])
    assert result.exit_code in (0, 1, 2)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 2:
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("query", ["a*", "e*", "x?", "*a", "?"])
def test_expansion_needs_a_real_prefix(searcher, query):
    """Bounded wildcards: fewer than MIN_PREFIX letters before * or ? is refused."""
    with pytest.raises(QueryError, match=f"at least {MIN_PREFIX}"):
        searcher.search(query)


def test_fuzzy_is_bounded(searcher):
    with pytest.raises(QueryError):
        searcher.search("Putin~3")
    assert searcher.search(f"Ptuin~{MAX_FUZZY_EDITS}").hits  # two edits find it


# --- damaged indexes ---------------------------------------------------------------------------


def damage_truncate_segment(index_dir: Path) -> None:
    for seg in index_dir.glob("*.seg"):
        with open(seg, "r+b") as f:
            f.truncate(seg.stat().st_size // 3)


def damage_delete_toc(index_dir: Path) -> None:
    for toc in index_dir.glob("*.toc"):
        toc.unlink()


def damage_random_bytes(index_dir: Path) -> None:
    for path in list(index_dir.glob("*.seg")) + list(index_dir.glob("*.toc")):
        path.write_bytes(os.urandom(path.stat().st_size or 64))


def damage_old_version(index_dir: Path) -> None:
    (index_dir / "sitat-version").write_text("1\n")


@pytest.mark.parametrize(
    "damage", [damage_truncate_segment, damage_delete_toc, damage_random_bytes, damage_old_version]
)
def test_damaged_index_is_one_line_that_says_how_to_rebuild(runner, tmp_path, seed_index, damage):
    index_dir = tmp_path / "index"
    shutil.copytree(seed_index, index_dir)
    damage(index_dir)
    result = runner.invoke(cli, ["--index", str(index_dir), "search", "Putin"])
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert "sitat index" in result.stderr
    rebuilt = runner.invoke(
        cli,
        [
            "--index",
            str(index_dir),
            "index",
            "--full",
            str(Path(__file__).parent.parent / "index" / "articles"),
        ],
    )
    assert rebuilt.exit_code == 0, rebuilt.output
    assert runner.invoke(cli, ["--index", str(index_dir), "search", "Putin"]).exit_code == 0


def test_directory_that_is_not_an_index(runner, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("kjøp melk")
    result = runner.invoke(cli, ["--index", str(tmp_path / "notes"), "search", "melk"])
    assert result.exit_code == 2 and "no index in" in result.stderr
    write_corpus(tmp_path / "saker", 1)
    result = runner.invoke(
        cli, ["--index", str(tmp_path / "notes"), "index", str(tmp_path / "saker")]
    )
    assert result.exit_code == 2 and "holds no sitat index" in result.stderr
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["todo.txt"]
    assert (tmp_path / "notes" / "todo.txt").read_text() == "kjøp melk"


def test_index_path_that_is_a_file(runner, tmp_path):
    (tmp_path / "index").write_text("not a directory")
    for args in (["search", "Putin"], ["index", str(tmp_path)]):
        result = runner.invoke(cli, ["--index", str(tmp_path / "index"), *args])
        assert result.exit_code == 2
        assert "is a file" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_damaged_default_index_repairs_itself(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("SITAT_INDEX", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert runner.invoke(cli, ["search", "Putin"]).exit_code == 0
    damage_random_bytes(tmp_path / "data" / "sitat" / "index")
    result = runner.invoke(cli, ["search", "Putin"])
    assert result.exit_code == 0, result.output
    assert "Vladimir Putin" in result.stdout


# --- files and permissions ---------------------------------------------------------------------


def test_awkward_file_names_and_symlinks(tmp_path):
    corpus = tmp_path / "saker"
    [first, second] = write_corpus(corpus, 2)
    first.rename(corpus / "Tromsø by.txt")
    (tmp_path / "elsewhere").mkdir()
    second.rename(tmp_path / "elsewhere" / "lenket.txt")
    (corpus / "lenke.txt").symlink_to(tmp_path / "elsewhere" / "lenket.txt")
    (corpus / "brutt.txt").symlink_to(tmp_path / "finnes-ikke.txt")
    (corpus / "inne.txt").symlink_to(corpus / "Tromsø by.txt")  # the same file, inside
    report = update_index(tmp_path / "index", [corpus])
    # A link that leaves the folder is passed over (a link to /etc/shadow must not be read).
    assert report.added == 1 and "1 linked out of the folder" in report.passed_over
    assert [line for line in report.skipped if "brutt.txt" in line]
    assert {owner for _, owner, *_ in snapshot(tmp_path / "index")} == {"saker/Tromsø by"}
    with Searcher(tmp_path / "index") as searcher:
        assert {h.article for h in searcher.search("sykehjem").hits} == {"saker/Tromsø by"}


# Root reads and writes whatever the permission bits say; without these two capabilities it
# obeys them like anyone else (setpriv is part of util-linux).
AS_A_USER = (
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
)
ROOT = Path(__file__).parent.parent


def sitat_as_user(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*AS_A_USER, sys.executable, "-m", "search", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_unreadable_file_is_skipped_with_a_warning_and_the_rest_indexed(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 3)
    (corpus / "sak-0001.txt").chmod(0o000)
    result = sitat_as_user("--index", str(tmp_path / "index"), "index", str(corpus))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 added")
    assert "Warning: skipped" in result.stderr and "sak-0001" in result.stderr
    assert "Permission denied" in result.stderr


def test_read_only_index_searches_but_refuses_to_index(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 2)
    update_index(tmp_path / "index", [corpus])
    for path in [*(tmp_path / "index").iterdir(), tmp_path / "index"]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    before = snapshot(tmp_path / "index")
    search = sitat_as_user("--index", str(tmp_path / "index"), "search", "sykehjem")
    assert search.returncode == 0, search.stderr
    write_corpus(corpus, 1, start=9)
    index = sitat_as_user("--index", str(tmp_path / "index"), "index", str(corpus))
    assert index.returncode == 2
    assert "cannot write" in index.stderr and len(index.stderr.strip().splitlines()) == 1
    assert snapshot(tmp_path / "index") == before


# --- longer runs, on demand: pytest -m soak ----------------------------------------------------


@pytest.mark.soak
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(AWKWARD)
def test_parser_fuzz_long(text):
    test_parser_survives_anything_and_drops_nothing.hypothesis.inner_test(text)


@pytest.mark.soak
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=QUERIES)
def test_query_fuzz_long(searcher, text):
    test_any_query_searches_or_raises_query_error.hypothesis.inner_test(searcher, text)
