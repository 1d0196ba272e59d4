"""No query stalls `sitat serve` (issue 28): a real server on the 25 real test articles, one
client looping a query of every two-letter prefix the index has and another of fuzzy words,
while a second client's plain queries keep answering; the heavy ones answer in time and say
they stopped. Margins are generous: the benchmark (`bench/budget.py`) holds the figures."""

from __future__ import annotations

import json
import statistics
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from index.store import update_index
from search import Searcher

from .helpers import copy_real_articles
from .test_serve_security import request, started, stop


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = copy_real_articles(tmp_path_factory.mktemp("artikler"))
    index_dir = folder.parent / "ix"
    update_index(index_dir, [folder])
    return index_dir


def heavy_queries(index_dir: Path) -> list[str]:
    with Searcher(index_dir) as searcher:
        words = [t.decode() for t in searcher._current().whoosh.reader().lexicon("text")]
    two = sorted({w[:2] for w in words if len(w) >= 2 and w[:2].isalpha()})
    long = [w for w in words if w.isalpha() and len(w) >= 6][:150]
    return [" OR ".join(f"{p}*" for p in two), " OR ".join(f"{w}~" for w in long)]


def search(port: int, query: str) -> tuple[float, dict]:
    started_at = time.perf_counter()
    status, _, body = request(
        port, f"/api/search?{urllib.parse.urlencode({'q': query})}", "127.0.0.1"
    )
    assert status == 200, body
    return time.perf_counter() - started_at, json.loads(body)


def test_heavy_queries_stop_in_time_and_others_keep_answering(archive):
    process, port = started(archive, "--workers", "2")
    try:
        heavy = heavy_queries(archive)
        stop_looping = threading.Event()
        answered: list[tuple[float, dict]] = []

        def loop() -> None:
            while not stop_looping.is_set():
                for query in heavy:
                    answered.append(search(port, query))

        looper = threading.Thread(target=loop)
        looper.start()
        try:
            time.sleep(0.5)
            plain = [search(port, "regjeringen")[0] for _ in range(20)]
        finally:
            stop_looping.set()
            looper.join(timeout=60)
        assert answered, "the heavy queries never answered"
        assert max(seconds for seconds, _ in answered) < 10
        assert any("The search stopped" in " ".join(a["notes"]) for _, a in answered)
        assert statistics.median(plain) < 1.0
    finally:
        stop(process)
