"""Query speed: warm latency beside SQLite FTS5, and the cold `sitat search` process.

    python bench/search_speed.py [--sizes 0 1000 10000] [--repeat 5] [--work DIR] [--before REV]

(a) Warm: a fixed query list through `search.Searcher` (top 10 with snippets), median and p95
    per query, beside SQLite FTS5 (stdlib sqlite3, unicode61 with diacritics removed) doing the
    same work on the same paragraphs: MATCH, ORDER BY bm25, LIMIT 10, snippet(), and the total
    count. Size 0 is the seed article; others are generated articles.
(b) Cold: the median wall time of a whole `python -m search search QUERY` process beside
    `python -c "import click, whoosh.index"`, the floor any Whoosh-backed CLI pays.

With --before REV the warm queries also run through the code of git revision REV (checked out
in a temporary worktree, indexing the same corpus itself), in the same run, reported as "x
before" for the median and the p95. Each side runs in 3 fresh processes, interleaved, and a
query's time is the median over them: this two-core machine drifts by 1.5x within minutes.

Targets: warm median within 3x FTS5 at 10,000 articles; cold search within 1.3x of the floor.
--work keeps corpora and indexes between runs (they are rebuilt when missing).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import write  # noqa: E402
from revision import checkout  # noqa: E402

from index import default_article_path  # noqa: E402
from index.store import update_index  # noqa: E402

# (sitat query, FTS5 query): the same intent in each language.
QUERIES = [
    ("gassleveranser", "gassleveranser"),
    ("Olsen", "olsen"),
    ("kostnadene", "kostnadene"),
    ('"vi må handle nå"', '"vi må handle nå"'),
    ("regjeringen planen", "regjeringen AND planen"),
    ("SSB økning", "ssb AND økning"),
    ("speaker:Hansen", "speaker: hansen"),
    ("Bergen OR Ålesund", "bergen OR ålesund"),
    ("skolemat", "skolemat"),
    ("Putin", "putin"),
    ("humanitær hjelp", "humanitær AND hjelp"),
]


def corpus_dir(work: Path, size: int) -> Path:
    if size == 0:
        return default_article_path()
    folder = work / f"corpus-{size}"
    if not folder.exists():
        write(folder, size, seed=11)
    return folder


def build_sitat(work: Path, size: int) -> Path:
    index_dir = work / f"sitat-{size}"
    update_index(index_dir, [corpus_dir(work, size)])
    return index_dir


def build_fts(work: Path, size: int, index_dir: Path) -> sqlite3.Connection:
    path = work / f"fts-{size}.db"
    fresh = not path.exists()
    db = sqlite3.connect(path)
    if fresh:
        from whoosh import index as whoosh_index

        db.execute("CREATE VIRTUAL TABLE p USING fts5(text, speaker, article UNINDEXED, "
                   "n UNINDEXED, tokenize='unicode61 remove_diacritics 2')")
        with whoosh_index.open_dir(str(index_dir)).searcher() as searcher:
            rows = [(d["body"], " ".join(d["attribution"]["speakers"]), d["owner"], d["n"])
                    for d in searcher.documents(kind="text")]
        db.executemany("INSERT INTO p VALUES (?, ?, ?, ?)", rows)
        db.commit()
    return db


def fts_query(db: sqlite3.Connection, text: str) -> list:
    total = db.execute("SELECT count(*) FROM p WHERE p MATCH ?", (text,)).fetchone()[0]
    rows = db.execute("SELECT article, n, snippet(p, 0, '[', ']', '…', 24) FROM p "
                      "WHERE p MATCH ? ORDER BY bm25(p) LIMIT 10", (text,)).fetchall()
    return [total, rows]


def latencies(run, queries: list[str], repeat: int) -> list[float]:
    """Per query, the median of ``repeat`` timed runs (after one warm-up)."""
    result = []
    for query in queries:
        run(query)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            run(query)
            times.append(time.perf_counter() - start)
        result.append(statistics.median(times))
    return result


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


ROUNDS = 3  # fresh processes per side, interleaved with --before's: this machine drifts


def per_query_median(runs: list[list[float]]) -> list[float]:
    return [statistics.median(times) for times in zip(*runs)]


def warm(work: Path, size: int, repeat: int, before: Path | None = None) -> dict:
    index_dir = build_sitat(work, size)
    db = build_fts(work, size, index_dir)
    # In fresh processes, as the code of --before is timed: the build above leaves this one
    # with the language model and much garbage in memory.
    ours_runs, old_runs = [], []
    for _ in range(ROUNDS):
        ours_runs.append(timed_in(ROOT, work, size, repeat, index_dir))
        if before is not None:
            old_runs.append(timed_in(before, work, size, repeat))
    ours = per_query_median(ours_runs)
    old = per_query_median(old_runs) if old_runs else None
    fts = latencies(lambda q: fts_query(db, q), [f for _, f in QUERIES], repeat)
    return {"ours_median": statistics.median(ours), "ours_p95": p95(ours),
            "fts_median": statistics.median(fts), "fts_p95": p95(fts),
            "before_median": statistics.median(old) if old else None,
            "before_p95": p95(old) if old else None}


# Run with the code of this checkout or of an earlier revision's worktree: index the corpus
# with that code and time the queries through its Searcher (whose search(query, limit=10) has
# not changed).
_TIMED = """
import json, statistics, sys, time
sys.path.insert(0, ".")
from index.store import update_index
from search.api import Searcher
corpus, index_dir, repeat, queries = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
update_index(index_dir, [corpus])
out = []
with Searcher(index_dir) as searcher:
    for query in queries:
        searcher.search(query, limit=10)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            searcher.search(query, limit=10)
            times.append(time.perf_counter() - start)
        out.append(statistics.median(times))
print(json.dumps(out))
"""


def timed_in(code: Path, work: Path, size: int, repeat: int,
             index_dir: Path | None = None) -> list[float]:
    """Per query, the median warm latency through the code checked out at ``code``, which
    indexes the corpus itself unless ``index_dir`` (built by this code) is given."""
    import json
    import os

    result = subprocess.run(
        [sys.executable, "-c", _TIMED, str(corpus_dir(work, size)),
         str(index_dir or work / f"before-{size}"), str(repeat),
         json.dumps([q for q, _ in QUERIES])],
        cwd=code, capture_output=True, text=True, check=True,
        env={**os.environ, "SITAT_CACHE": str(work / "before-cache")})
    return json.loads(result.stdout.strip().splitlines()[-1])


def process_seconds(args: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        subprocess.run(args, check=False, capture_output=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs[1:])


def cold(index_dir: Path, repeat: int) -> tuple[float, float]:
    floor = [sys.executable, "-c", "import click, whoosh.index"]
    ours = [sys.executable, "-m", "search", "--index", str(index_dir), "search", "Putin"]
    floor_s, ours_s = [], []
    for _ in range(3):  # interleave, so drift hits both alike
        floor_s.append(process_seconds(floor, repeat))
        ours_s.append(process_seconds(ours, repeat))
    return statistics.median(floor_s), statistics.median(ours_s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--before", metavar="REV",
                        help="also time the warm queries with the code of this git revision")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        work = args.work or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        with checkout(args.before, Path(temp) / "before-code") as before:
            print(f"warm latency, {len(QUERIES)} queries, top 10 with snippets "
                  f"(median of {args.repeat} runs each)")
            print(f"{'articles':>8} {'sitat med':>10} {'sitat p95':>10} {'FTS5 med':>9} "
                  f"{'FTS5 p95':>9} {'x FTS5':>7}"
                  + (f" {'before med':>11} {'before p95':>11} {'x before':>9}" if before else ""))
            for size in args.sizes:
                r = warm(work, size, args.repeat, before)
                line = (f"{size or 'seed':>8} {1000 * r['ours_median']:>8.2f}ms "
                        f"{1000 * r['ours_p95']:>8.2f}ms {1000 * r['fts_median']:>7.2f}ms "
                        f"{1000 * r['fts_p95']:>7.2f}ms "
                        f"{r['ours_median'] / r['fts_median']:>6.1f}x")
                if before is not None:
                    med, high = r["before_median"], r["before_p95"]
                    line += (f" {1000 * med:>9.2f}ms {1000 * high:>9.2f}ms "
                             f"{r['ours_median'] / med:>5.2f}x/{r['ours_p95'] / high:.2f}x")
                print(line, flush=True)
        floor, ours = cold(build_sitat(work, 0), args.repeat)
        print(f"cold: sitat search {1000 * ours:.0f} ms, import floor {1000 * floor:.0f} ms, "
              f"ratio {ours / floor:.2f}x (target <= 1.3x)")


if __name__ == "__main__":
    main()
