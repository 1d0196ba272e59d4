"""The queries that were slow (issue 27), one by one: this code, an earlier revision's, and
SQLite FTS5 on the same paragraphs.

    python bench/slow_queries.py --index DIR [--before REV] [--repeat 7]

DIR is a sitat index (say the 10,000 generated articles with the dev articles that
`bench/search_speed.py --work W --real ../shared/dev/articles` leaves in W/sitat-10000-real);
FTS5's copy of its paragraphs is made beside it once (`search_speed.build_fts`). Each query's
figure is the median CPU time of the querying thread over --repeat runs after one warm-up,
sitat's `search(q, limit=10)` (snippets and the exact count) in a fresh process per code;
FTS5 does MATCH, bm25, snippet() and count. Printed: ms and the ratio to FTS5, and whether the
query is within issue 27's target (at most 3x FTS5 or 2 ms).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from revision import checkout  # noqa: E402
from search_speed import build_fts, fts_query  # noqa: E402

# (sitat query, FTS5 query): issue 27's slow ones, the generated text's common phrases and
# ANDs, and words no paragraph has (where did-you-mean does the work).
QUERIES = [
    ('"tettere forhold"', '"tettere forhold"'),
    ('"humanitær hjelp"', '"humanitær hjelp"'),
    ("russiske styrker", "russiske AND styrker"),
    ('"russiske jagerflyet"', '"russiske jagerflyet"'),
    ('"for det russiske lederskapet"', '"for det russiske lederskapet"'),
    ("tyrkiske interesser", "tyrkiske AND interesser"),
    ('"Jens Stoltenberg"', '"Jens Stoltenberg"'),
    ('"samarbeide tettere"', '"samarbeide tettere"'),
    ('"tettere regjeringen"', '"tettere regjeringen"'),
    ('"vi må handle nå"', '"vi må handle nå"'),
    ("sier regjeringen", "sier AND regjeringen"),
    ("regjeringen planen", "regjeringen AND planen"),
    ("Putin", "putin"),
    ("Erdgoan", "erdgoan"),
]

_TIMED = """
import json, statistics, sys, time
sys.path.insert(0, ".")
from search.api import Searcher
index_dir, repeat, queries = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
out = []
with Searcher(index_dir) as searcher:
    for query in queries:
        searcher.search(query, limit=10)
        times = []
        for _ in range(repeat):
            start = time.thread_time()
            total = searcher.search(query, limit=10).total
            times.append(time.thread_time() - start)
        out.append((statistics.median(times), total))
print(json.dumps(out))
"""


def timed(code: Path, index_dir: Path, repeat: int) -> list[tuple[float, int]]:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _TIMED,
            str(index_dir),
            str(repeat),
            json.dumps([q for q, _ in QUERIES]),
        ],
        cwd=code,
        capture_output=True,
        text=True,
        check=True,
    )
    return [tuple(row) for row in json.loads(result.stdout.strip().splitlines()[-1])]


def fts_times(db, repeat: int) -> list[tuple[float, int]]:
    found = []
    for _, text in QUERIES:
        fts_query(db, text)
        times = []
        for _ in range(repeat):
            start = time.thread_time()
            total = fts_query(db, text)[0]
            times.append(time.thread_time() - start)
        found.append((statistics.median(times), total))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--before", metavar="REV")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    db = build_fts(args.index.resolve())
    with tempfile.TemporaryDirectory() as temp:
        with checkout(args.before, Path(temp) / "before") as before:
            ours = timed(ROOT, args.index.resolve(), args.repeat)
            old = timed(before, args.index.resolve(), args.repeat) if before else None
            fts = fts_times(db, args.repeat)
    print(
        f"{'query':<34} {'sitat ms':>9} {'paras':>6} {'FTS5 ms':>8} {'paras':>6} {'x FTS5':>7}"
        + (f" {'before ms':>10} {'x before':>9}" if old else "")
    )
    for i, (query, _) in enumerate(QUERIES):
        (mine, total), (theirs, count) = ours[i], fts[i]
        within = mine <= max(3 * theirs, 0.002)
        line = (
            f"{query:<34} {1000 * mine:>9.2f} {total:>6} {1000 * theirs:>8.2f} {count:>6} "
            f"{mine / theirs:>6.1f}x"
        )
        if old:
            line += f" {1000 * old[i][0]:>10.2f} {mine / old[i][0]:>8.2f}x"
        print(line + ("" if within else "  over target"))


if __name__ == "__main__":
    main()
