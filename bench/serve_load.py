"""`sitat serve` under load: many clients at once, and one client's slow queries beside
another's plain ones, with one worker process and with one per core, in the same run.

    python bench/serve_load.py [--size 1000] [--clients 50] [--seconds 10] [--work DIR]

A real `sitat serve --workers W` on a free port of 127.0.0.1 over an index of --size generated
articles (bench/generate.py). For each W (1, then the machine's cores):
(a) one client asking the benchmark's plain queries (/api/search) one after another: requests/s;
(b) --clients clients at once, for --seconds: requests/s, p50 and p99 of the answer times;
(c) one client looping `st* OR fo* OR ma* OR ka* OR be*` while another asks plain queries: the
    plain client's p50 and p99.
Traffic goes only to 127.0.0.1; every loop is bounded in count and time.

Targets (issue 28): (b) requests/s at least 1.6x (a)'s, p99 under 1 s; (c) p50 under 100 ms.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_speed import QUERIES, build_sitat, p95  # noqa: E402, F401

SLOW = "st* OR fo* OR ma* OR ka* OR be*"
MAX_REQUESTS = 200_000  # a bound on any one loop, whatever the clock says


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ask(port: int, query: str) -> float:
    """Seconds one search takes, answer read whole."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    path = "/api/search?" + urllib.parse.urlencode({"q": query})
    connection.request("GET", path, headers={"Host": f"localhost:{port}"})
    response = connection.getresponse()
    response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"{query}: {response.status}")
    return time.perf_counter() - started


def loop(port: int, queries: list[str], seconds: float, times: list[float], stop=None) -> None:
    deadline = time.monotonic() + seconds
    for i in range(MAX_REQUESTS):
        if time.monotonic() > deadline or (stop is not None and stop.is_set()):
            return
        times.append(ask(port, queries[i % len(queries)]))


def started(index_dir: Path, workers: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "search",
            "--index",
            str(index_dir),
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            ask(port, "Putin")
            return process, port
        except (OSError, RuntimeError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def quantile(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(index_dir: Path, workers: int, clients: int, seconds: float) -> dict:
    plain = [query for query, _ in QUERIES]
    process, port = started(index_dir, workers)
    try:
        one: list[float] = []
        loop(port, plain, seconds, one)
        many: list[list[float]] = [[] for _ in range(clients)]
        threads = [
            threading.Thread(target=loop, args=(port, plain[i:] + plain[:i], seconds, many[i]))
            for i in range(clients)
        ]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
        all_times = [t for each in many for t in each]
        beside: list[float] = []
        slow: list[float] = []
        stop = threading.Event()
        hog = threading.Thread(target=loop, args=(port, [SLOW], seconds + 60, slow, stop))
        hog.start()
        time.sleep(0.5)
        loop(port, plain, seconds, beside)
        stop.set()
        hog.join()
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {
        "one_rps": len(one) / sum(one),
        "many_rps": len(all_times) / elapsed,
        "many_p50": statistics.median(all_times),
        "many_p99": quantile(all_times, 0.99),
        "beside_p50": statistics.median(beside),
        "beside_p99": quantile(beside, 0.99),
        "slow_median": statistics.median(slow) if slow else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="sitat-load-"))
    index_dir = build_sitat(work, args.size, None)
    cores = os.cpu_count() or 1
    print(f"{args.size} generated articles, {args.clients} clients, {args.seconds:g} s a phase")
    for workers in dict.fromkeys((1, cores)):
        r = measure(index_dir, workers, args.clients, args.seconds)
        print(
            f"  --workers {workers}: one client {r['one_rps']:.0f} req/s; "
            f"{args.clients} clients {r['many_rps']:.0f} req/s "
            f"({r['many_rps'] / r['one_rps']:.2f}x one), p50 {1000 * r['many_p50']:.0f} ms, "
            f"p99 {1000 * r['many_p99']:.0f} ms; beside a client looping `{SLOW}` "
            f"({1000 * r['slow_median']:.0f} ms each): p50 {1000 * r['beside_p50']:.0f} ms, "
            f"p99 {1000 * r['beside_p99']:.0f} ms"
        )


if __name__ == "__main__":
    main()
