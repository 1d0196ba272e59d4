"""Shared helpers for tests that build real indexes and run real processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

from whoosh import index as whoosh_index

from index.schema import ARTICLE as RECORD

TEMPLATE = """ date 2024-03 Regjeringen vil bygge {count} nye sykehjem, sier helseminister {name}.

Første del

– Vi må ha flere plasser, sier {name} til NTB.

Kommunene er positive, ifølge avisen Dagsavisen.
"""


# The 16 articles with gold, and one where two speakers share a surname (Amanda and Björn
# Ola Lind).
GOLD_ARTICLES = (
    "148",
    "150",
    "171",
    "173",
    "190",
    "216",
    "255",
    "280",
    "302",
    "466",
    "480",
    "496",
    "542",
    "613",
    "615",
    "637",
    "672",
)


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"sak-{i:04d}.txt"
        path.write_text(TEMPLATE.format(count=i, name=f"Kari Nordmann{i}"), encoding="utf-8")
        paths.append(path)
    return paths


def snapshot(index_dir: Path) -> list[tuple]:
    """What an index answers, as plain data: every paragraph and article record."""
    ix = whoosh_index.open_dir(str(index_dir))
    with ix.searcher() as searcher:
        docs = [
            (d["kind"], d["owner"], d.get("n", -1), d.get("body", ""), d.get("content_hash", ""))
            for d in searcher.all_stored_fields()
        ]
    return sorted(docs)


def paragraphs(index_dir: Path) -> list[tuple]:
    return [d for d in snapshot(index_dir) if d[0] != RECORD]


def sitat_process(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """Run the real command in a new process: for what only a process shows (signals, locks
    held by another process, start-up, the system calls it makes)."""
    return subprocess.run(
        [sys.executable, "-m", "search", *args], capture_output=True, text=True, **kwargs
    )


def sitat_popen(*args: str, **kwargs) -> subprocess.Popen:
    """Start the real command in a new process and return it running (to signal, kill or
    wait for it); ``kwargs`` go to `subprocess.Popen`."""
    return subprocess.Popen([sys.executable, "-m", "search", *args], **kwargs)


def sitat(
    *args: str, cwd: Path | str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run the command in this process with click's CliRunner, answering as a process would:
    its exit code, its stdout and its stderr. An exception that escapes the command is printed
    to stderr as Python prints it, so "no traceback" assertions keep their meaning."""
    from click.testing import CliRunner

    from search.cli import cli

    previous = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, list(args), env=_changes(env), prog_name="sitat")
    finally:
        os.chdir(previous)
    stderr = result.stderr
    # An exit with code 0 leaves exc_info set and no exception: that is no failure.
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(*result.exc_info))
    return subprocess.CompletedProcess(["sitat", *args], result.exit_code, result.stdout, stderr)


def _changes(env: dict[str, str] | None) -> dict[str, str | None] | None:
    """CliRunner sets variables on top of os.environ: a whole environment becomes the
    variables it sets or changes, and None for those it leaves out."""
    if env is None:
        return None
    changes: dict[str, str | None] = {k: v for k, v in env.items() if os.environ.get(k) != v}
    changes.update({k: None for k in os.environ if k not in env})
    return changes


def real_index(root: Path, numbers: tuple[str, ...]) -> Path:
    """An index of the real NorQuAD articles with these numbers (tests/data/norquad, CC0),
    copied into ``root/artikler`` so their ids are artikler/norquad-N."""
    from index.store import update_index

    from .conftest import DATA

    (root / "artikler").mkdir()
    for number in numbers:
        shutil.copy(DATA / "norquad" / f"norquad-{number}.txt", root / "artikler")
    update_index(root / "index", [root / "artikler"])
    return root / "index"


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


REAL_ARTICLES = Path(__file__).parent / "data" / "norquad"


def copy_real_articles(folder: Path) -> Path:
    """``folder`` holding a copy of the tests' real articles (NorQuAD, CC0; 25 files)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(REAL_ARTICLES.glob("*.txt")):
        shutil.copy(path, folder)
    return folder
