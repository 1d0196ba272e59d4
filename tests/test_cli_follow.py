"""`sitat index --watch` and `sitat serve --watch` as users run them: real processes, real
folders, a real port; stopped the way a user stops them."""

from __future__ import annotations

import signal
import subprocess
import time
import urllib.request

import pytest

from index.store import update_index
from index.watch import watched

from .helpers import TEMPLATE, free_port, sitat_popen, sitat_process, write_corpus


def wait_for(check, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_index_watch_follows_an_edit_and_stops_on_ctrl_c(tmp_path):
    folder = tmp_path / "artikler"
    write_corpus(folder, 1)
    log = tmp_path / "err.txt"
    with open(log, "w") as err:
        process = sitat_popen(
            "--index",
            str(tmp_path / "index"),
            "index",
            "--watch",
            str(folder),
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
        assert wait_for(lambda: "Watching" in log.read_text())
        time.sleep(0.5)
        (folder / "sak-0000.txt").write_text(
            TEMPLATE.format(count=5, name="Kari Nordmann0") + "\nBrannvesenet kom.\n",
            encoding="utf-8",
        )
        out_lines: list[str] = []
        assert wait_for(lambda: _searches(tmp_path / "index", "brannvesenet"))
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=30)
        out_lines = out.splitlines()
    assert process.returncode == 0
    assert out_lines[0].startswith("1 added")
    assert any("1 updated" in line for line in out_lines[1:])
    assert "Stopped watching." in log.read_text()


def _searches(index_dir, word: str) -> bool:
    result = sitat_process("--index", str(index_dir), "search", word, "--count")
    return result.stdout.strip() == "1"


def test_serve_answers_and_follows_edits(tmp_path):
    folder = tmp_path / "artikler"
    write_corpus(folder, 1)
    port = free_port()
    process = sitat_popen(
        "--index",
        str(tmp_path / "index"),
        "serve",
        "--port",
        str(port),
        "--watch",
        str(folder),
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/api/search?q="

    def answer(word: str) -> str:
        try:
            return urllib.request.urlopen(url + word, timeout=2).read().decode()
        except OSError:
            return ""

    try:
        assert wait_for(lambda: '"total": 1' in answer("sykehjem"))
        time.sleep(0.5)
        (folder / "sak-0000.txt").write_text(
            TEMPLATE.format(count=5, name="Kari Nordmann0") + "\nBrannvesenet kom.\n",
            encoding="utf-8",
        )
        assert wait_for(lambda: '"total": 1' in answer("brannvesenet"))
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "sitat is serving http://localhost:" in err and "Watching" in err


def test_with_no_paths_the_index_follows_what_it_was_built_from(tmp_path):
    folder = tmp_path / "artikler"
    write_corpus(folder, 1)
    update_index(tmp_path / "index", [folder])
    assert watched(tmp_path / "index", []) == [str(folder.resolve())]
    assert watched(tmp_path / "nothing", []) == []


@pytest.mark.slow
def test_index_watch_survives_a_lock_held_for_30_seconds(tmp_path):
    """Another writer holds the index for 30 s while an article changes: the watcher says so
    once, waits (trying every --wait seconds), indexes the change after, and goes on."""
    import fcntl
    import os

    folder = tmp_path / "artikler"
    write_corpus(folder, 1)
    log = tmp_path / "err.txt"
    with open(log, "w") as err:
        process = sitat_popen(
            "--index",
            str(tmp_path / "index"),
            "index",
            "--watch",
            "--wait",
            "2",
            str(folder),
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
        assert wait_for(lambda: "Watching" in log.read_text())
        time.sleep(0.5)
        lock = os.open(tmp_path / ".index.lock", os.O_RDWR)
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            (folder / "sak-0000.txt").write_text(
                TEMPLATE.format(count=5, name="Kari Nordmann0") + "\nBrannvesenet kom.\n",
                encoding="utf-8",
            )
            assert wait_for(lambda: "Another sitat is writing the index" in log.read_text())
            time.sleep(30)
            assert process.poll() is None
        finally:
            os.close(lock)
        assert wait_for(lambda: _searches(tmp_path / "index", "brannvesenet"))
        (folder / "sak-0001.txt").write_text(
            TEMPLATE.format(count=6, name="Ola Nordmann1") + "\nBrannbil.\n", encoding="utf-8"
        )
        assert wait_for(lambda: _searches(tmp_path / "index", "brannbil"))
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    said = log.read_text()
    assert said.count("Another sitat is writing the index") == 1
    assert "Traceback" not in said and process.returncode == 0
