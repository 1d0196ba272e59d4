"""`sitat serve`: a search request with facets, server side, and how soon the server answers.

    python bench/serve_speed.py [--size 1000] [--work DIR] [--repeat 5]

(a) The search page with its facet counts (what the browser asks for as you type) through
    Starlette's TestClient, for bench/search_speed.py's queries on generated articles: the
    median and p95 over the queries of each query's median wall time.
(b) A real `sitat serve` process on a free port: the time from starting it to the first page
    answered (median of 5 starts), beside `python -c "import click, whoosh.index"`.

Targets (issue 14): (a) median under 50 ms at 1,000 articles; (b) ready in under 2 s.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_speed import QUERIES, build_sitat, p95  # noqa: E402


def requests(index_dir: Path, repeat: int) -> list[float]:
    from starlette.testclient import TestClient

    from search.web import create_app

    times = []
    with TestClient(create_app(index_dir), base_url="http://localhost") as client:
        for query, _ in QUERIES:
            client.get("/", params={"q": query})
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                page = client.get("/", params={"q": query})
                runs.append(time.perf_counter() - start)
                assert page.status_code == 200
            times.append(statistics.median(runs))
    return times


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ready_seconds(index_dir: Path) -> float:
    port = free_port()
    start = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "search", "--index", str(index_dir), "serve", "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
                return time.perf_counter() - start
            except OSError:
                if time.perf_counter() - start > 30:
                    raise
                time.sleep(0.01)
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        work = args.work or Path(temp)
        index_dir = build_sitat(work, args.size, None)
        times = requests(index_dir, args.repeat)
        print(
            f"search page with facets, {args.size} articles, {len(times)} queries: "
            f"median {1000 * statistics.median(times):.1f} ms, p95 {1000 * p95(times):.1f} ms "
            "(target: median < 50 ms)"
        )
        starts = [ready_seconds(index_dir) for _ in range(5)]
        floor = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import click, whoosh.index"], check=True)
            floor.append(time.perf_counter() - start)
        print(
            f"sitat serve answers its first page after {statistics.median(starts):.2f} s "
            f"(median of 5; target < 2 s); import click, whoosh.index: "
            f"{statistics.median(floor):.2f} s"
        )


if __name__ == "__main__":
    main()
