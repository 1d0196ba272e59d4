"""Query speed: warm latency beside SQLite FTS5 on the same paragraphs.

    python bench/search_speed.py [--sizes 0 1000 10000] [--real DIR] [--repeat 5] [--work DIR]
                                 [--before REV]

A fixed list of queries (QUERIES: the generated articles' words) runs through
`search.Searcher` (top 10 with snippets), and beside it SQLite FTS5 (stdlib sqlite3, unicode61
with diacritics removed) does the same work on the same paragraphs: MATCH, ORDER BY bm25,
LIMIT 10, snippet(), and the exact count. Size 0 is the seed article; others are generated
articles. With --real DIR the real articles under DIR (say ../shared/dev/articles) are indexed
together with the generated ones, and a second list runs too: REAL_QUERIES queries of real words
drawn from those articles (single words, two words, two-word phrases), whose posting lists do
not tie on score the way templated text does.

Time is the CPU time of the querying thread (`time.thread_time`), which another process on this
two-core machine does not inflate; a query's figure is the median of --repeat runs after one
warm-up, sitat's the median over 3 fresh processes. Reported: the median and p95 over the
queries, each as a ratio to FTS5's in the same run.

With --before REV the warm queries also run through the code of git revision REV (checked out
in a temporary worktree, indexing the same corpus itself), interleaved with this code's
processes, reported as "x before". --work keeps corpora and indexes between runs.

Targets (issue 13): median <= 1.5x FTS5 and p95 <= 2x at 1,000 and 10,000 articles, on both
lists. Cold start is `bench/cold_start.py`.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
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


REAL_QUERIES = 24  # drawn from the real articles: 12 words, 8 pairs, 4 phrases
_REAL_WORD = re.compile(r"\b[^\W\d_]{5,}\b")


def real_queries(real: Path, count: int = REAL_QUERIES, seed: int = 13) -> list[tuple[str, str]]:
    """(sitat query, FTS5 query) pairs of real words from the articles under ``real``: single
    words, two words that share a paragraph, and two words that follow each other."""
    rng = random.Random(seed)
    paragraphs = [
        p
        for path in sorted(real.rglob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if len(p) > 80
    ]
    found: list[tuple[str, str]] = []
    while len(found) < count:
        words = _REAL_WORD.findall(rng.choice(paragraphs))
        if len(words) < 3:
            continue
        kind = len(found) % 6  # 0-2: a word, 3-4: two words, 5: a phrase
        if kind < 3:
            word = rng.choice(words)
            found.append((word, f'"{word}"'))
        elif kind < 5:
            a, b = rng.sample(words, 2)
            found.append((f"{a} {b}", f'"{a}" AND "{b}"'))
        else:
            text = rng.choice(paragraphs)
            pairs = re.findall(r"\b([^\W\d_]{4,}) ([^\W\d_]{4,})\b", text)
            if pairs:
                a, b = rng.choice(pairs)
                found.append((f'"{a} {b}"', f'"{a} {b}"'))
    return found


def corpus_dir(work: Path, size: int, real: Path | None) -> Path:
    if size == 0:
        return default_article_path()
    folder = work / (f"corpus-{size}" + ("-real" if real else ""))
    if not folder.exists():
        write(folder / "generated", size, seed=11)
        if real:
            shutil.copytree(real, folder / "real")
    return folder


def build_sitat(work: Path, size: int, real: Path | None) -> Path:
    index_dir = work / (f"sitat-{size}" + ("-real" if real else ""))
    update_index(index_dir, [corpus_dir(work, size, real)])
    return index_dir


def build_fts(index_dir: Path) -> sqlite3.Connection:
    path = index_dir.with_name(index_dir.name + "-fts.db")
    fresh = not path.exists()
    db = sqlite3.connect(path)
    if fresh:
        from whoosh import index as whoosh_index

        db.execute(
            "CREATE VIRTUAL TABLE p USING fts5(text, speaker, article UNINDEXED, "
            "n UNINDEXED, tokenize='unicode61 remove_diacritics 2')"
        )
        with whoosh_index.open_dir(str(index_dir)).searcher() as searcher:
            rows = [
                (d["body"], " ".join(d["attribution"]["speakers"]), d["owner"], d["n"])
                for d in searcher.documents(kind="text")
            ]
        db.executemany("INSERT INTO p VALUES (?, ?, ?, ?)", rows)
        db.commit()
    return db


def fts_query(db: sqlite3.Connection, text: str) -> list:
    total = db.execute("SELECT count(*) FROM p WHERE p MATCH ?", (text,)).fetchone()[0]
    rows = db.execute(
        "SELECT article, n, snippet(p, 0, '[', ']', '…', 24) FROM p "
        "WHERE p MATCH ? ORDER BY bm25(p) LIMIT 10",
        (text,),
    ).fetchall()
    return [total, rows]


def latencies(run, queries: list[str], repeat: int) -> list[float]:
    """Per query, the median CPU time of ``repeat`` runs (after one warm-up)."""
    result = []
    for query in queries:
        run(query)
        times = []
        for _ in range(repeat):
            start = time.thread_time()
            run(query)
            times.append(time.thread_time() - start)
        result.append(statistics.median(times))
    return result


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


ROUNDS = 3  # fresh processes per side, interleaved with --before's: this machine drifts


def per_query_median(runs: list[list[float]]) -> list[float]:
    return [statistics.median(times) for times in zip(*runs)]


def warm(
    work: Path,
    size: int,
    queries: list[tuple[str, str]],
    repeat: int,
    real: Path | None,
    before: Path | None = None,
) -> dict:
    index_dir = build_sitat(work, size, real)
    db = build_fts(index_dir)
    # In fresh processes, as the code of --before is timed: the build above leaves this one
    # with the language model and much garbage in memory.
    ours_runs, old_runs = [], []
    for _ in range(ROUNDS):
        ours_runs.append(timed_in(ROOT, corpus_dir(work, size, real), queries, repeat, index_dir))
        if before is not None:
            old_runs.append(
                timed_in(
                    before,
                    corpus_dir(work, size, real),
                    queries,
                    repeat,
                    work / (index_dir.name + "-before"),
                )
            )
    ours = per_query_median(ours_runs)
    old = per_query_median(old_runs) if old_runs else None
    fts = latencies(lambda q: fts_query(db, q), [f for _, f in queries], repeat)
    return {
        "ours_median": statistics.median(ours),
        "ours_p95": p95(ours),
        "fts_median": statistics.median(fts),
        "fts_p95": p95(fts),
        "before_median": statistics.median(old) if old else None,
        "before_p95": p95(old) if old else None,
        "per_query": list(zip([q for q, _ in queries], ours, fts)),
    }


# Run with the code of this checkout or of an earlier revision's worktree: index the corpus
# with that code and time the queries through its Searcher (whose search(query, limit=10) has
# not changed).
_TIMED = """
import json, statistics, sys, time
sys.path.insert(0, ".")
from index.store import update_index
from search.api import Searcher
corpus, index_dir = sys.argv[1], sys.argv[2]
repeat, queries = int(sys.argv[3]), json.loads(sys.argv[4])
update_index(index_dir, [corpus])
out = []
with Searcher(index_dir) as searcher:
    for query in queries:
        searcher.search(query, limit=10)
        times = []
        for _ in range(repeat):
            start = time.thread_time()
            searcher.search(query, limit=10)
            times.append(time.thread_time() - start)
        out.append(statistics.median(times))
print(json.dumps(out))
"""


def timed_in(
    code: Path, corpus: Path, queries: list[tuple[str, str]], repeat: int, index_dir: Path
) -> list[float]:
    """Per query, the median warm CPU time through the code checked out at ``code`` (which
    indexes the corpus into ``index_dir`` first, if it has not)."""
    import json
    import os

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _TIMED,
            str(corpus),
            str(index_dir),
            str(repeat),
            json.dumps([q for q, _ in queries]),
        ],
        cwd=code,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "SITAT_CACHE": str(index_dir.parent / "cache")},
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10000])
    parser.add_argument(
        "--real",
        type=Path,
        metavar="DIR",
        help="real articles to index with the generated ones, and draw queries from",
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=Path)
    parser.add_argument(
        "--before",
        metavar="REV",
        help="also time the warm queries with the code of this git revision",
    )
    parser.add_argument("--verbose", action="store_true", help="print each query's times")
    args = parser.parse_args()
    lists = [("generated", QUERIES)]
    if args.real:
        lists.append(("real words", real_queries(args.real)))
    with tempfile.TemporaryDirectory() as temp:
        work = args.work or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        with checkout(args.before, Path(temp) / "before-code") as before:
            print(
                f"warm latency, CPU time, top 10 with snippets (median of {args.repeat} runs each)"
            )
            print(
                f"{'articles':>8} {'queries':>12} {'sitat med':>10} {'sitat p95':>10} "
                f"{'FTS5 med':>9} {'FTS5 p95':>9} {'x FTS5':>11}"
                + (f" {'before med':>11} {'before p95':>11} {'x before':>9}" if before else "")
            )
            for size in args.sizes:
                for name, queries in lists:
                    r = warm(work, size, queries, args.repeat, args.real if size else None, before)
                    line = (
                        f"{size or 'seed':>8} {name:>12} {1000 * r['ours_median']:>8.2f}ms "
                        f"{1000 * r['ours_p95']:>8.2f}ms {1000 * r['fts_median']:>7.2f}ms "
                        f"{1000 * r['fts_p95']:>7.2f}ms "
                        f"{r['ours_median'] / r['fts_median']:>5.2f}x/"
                        f"{r['ours_p95'] / r['fts_p95']:.2f}x"
                    )
                    if before is not None:
                        med, high = r["before_median"], r["before_p95"]
                        line += (
                            f" {1000 * med:>9.2f}ms {1000 * high:>9.2f}ms "
                            f"{r['ours_median'] / med:>5.2f}x/{r['ours_p95'] / high:.2f}x"
                        )
                    print(line, flush=True)
                    if args.verbose:
                        for query, ours, fts in r["per_query"]:
                            print(f"{'':>22}{1000 * ours:>8.2f}ms {1000 * fts:>8.2f}ms  {query}")


if __name__ == "__main__":
    main()
