"""Queries that stand for too much, in the CLI and the server: each must answer within 2 s
with an honest note that it stopped.

    python bench/budget.py --index DIR [--repeat 3]

The queries: every two-letter prefix the index has, OR'ed (286 on a 1,000-article index of
generated text); 151 words of the index each with ~ (fuzzy), OR'ed; and a range of words. Each
is run as `sitat search Q` and `sitat search Q --count` (fresh processes) and against
`sitat serve` (/api/search, warm); reported: median wall seconds, and whether it said it
stopped. A plain query beside them is the baseline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def queries(index: Path) -> dict[str, str]:
    from search import Searcher

    with Searcher(index) as searcher:
        reader = searcher._current().whoosh.reader()
        words = [t.decode() for t in reader.lexicon("text")]
    two = sorted({w[:2] for w in words if len(w) >= 2 and w[:2].isalpha()})[:286]
    common = sorted((w for w in words if w.isalpha() and len(w) >= 5), key=len)[:151]
    return {
        "plain word (baseline)": "regjeringen",
        f"{len(two)} two-letter prefixes": " OR ".join(f"{p}*" for p in two),
        f"{len(common)} fuzzy words": " OR ".join(f"{w}~" for w in common),
        "a range of words": "[a TO z]",
    }


def cli(index: Path, query: str, *extra: str) -> tuple[float, bool]:
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "search", "--index", str(index), "search", query, *extra],
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - started, "stopped" in out.stderr + out.stdout


def served(url: str, query: str) -> tuple[float, bool]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(
            f"{url}/api/search?{urllib.parse.urlencode({'q': query})}"
        ) as r:
            body = json.loads(r.read())
    except urllib.error.HTTPError as err:
        body = {"notes": [json.loads(err.read()).get("error", "")]}
    return time.perf_counter() - started, any("stopped" in n for n in body.get("notes", []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--port", type=int, default=8791)
    args = parser.parse_args()
    asked = queries(args.index)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "search",
            "--index",
            str(args.index),
            "serve",
            "--port",
            str(args.port),
            "--workers",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/api/search?q=x").read()
                break
            except OSError:
                time.sleep(0.1)
        print("| query | sitat search s | --count s | server s | said it stopped |")
        print("|---|---|---|---|---|")
        for name, query in asked.items():
            rows = {"cli": [], "count": [], "server": []}
            stopped = set()
            for _ in range(args.repeat):
                for key, run in (
                    ("cli", lambda asked: cli(args.index, asked)),
                    ("count", lambda asked: cli(args.index, asked, "--count")),
                    ("server", lambda asked: served(url, asked)),
                ):
                    seconds, said = run(query)
                    rows[key].append(seconds)
                    if said:
                        stopped.add(key)
            medians = [statistics.median(rows[k]) for k in ("cli", "count", "server")]
            print(
                f"| {name} | {medians[0]:.2f} | {medians[1]:.2f} | {medians[2]:.2f} | "
                f"{', '.join(sorted(stopped)) or 'no'} |",
                flush=True,
            )
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
