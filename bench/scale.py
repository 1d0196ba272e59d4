"""sitat at archive scale: build, memory, disk, queries, cold start and update at N articles.

    python bench/scale.py [--articles 100000] [--real DIR] [--work DIR] [--jobs-one]
                          [--repeat 5] [--rounds 7]

The corpus is N generated articles (`generate.py`) with the real articles under --real (say
../shared/dev/articles) beside them, as `search_speed.py` builds its corpora (so --work can
share them). Measured, in this order, in one run:

1. The full build with the default ``--jobs`` (every core), `sitat index` in a fresh process
   with the language model's answer cache off (every sentence parsed, as in a first build):
   wall and CPU seconds (the process and its workers), the peak RSS of the largest process
   and of all of them together (both sampled every 0.5 s), the peak disk of the index folder and
   its temporary siblings, and the index's size.
2. Warm query latency beside SQLite FTS5 on the same paragraphs: the generated queries and the
   real-word queries of `search_speed.py` (median and p95 CPU ms; ratios to FTS5).
3. Cold `sitat search` against a bare Whoosh search script of the same index
   (`cold_start.py`, medians of --rounds alternating runs).
4. `sitat index` after one edit to one article (wall, fresh process, median of 3 edits; an
   untimed first update fills the answer cache as a user's first build would have).
5. With --jobs-one, last, the same full build with ``--jobs 1`` and the default's ratio to it.

Targets (issue 26, at 100,000 articles on this 2-core machine): build under 3 hours, peak RSS
under 2 GB, update under 3 s, warm p95 at most 3x FTS5; cold start at most 1.0x the bare script.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import cold_start  # noqa: E402
import search_speed  # noqa: E402
from index_build import edit  # noqa: E402


def _tree_rss(root_pid: int) -> tuple[int, int]:
    """Bytes of resident memory of ``root_pid`` and every process descended from it, and of
    the largest of them. (Sampled, not the kernel's ``ru_maxrss``: a child forked by this
    script starts with this script's high-water mark, which after the FTS5 table of the
    warm queries is gigabytes.)"""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total = largest = 0
    for pid in rss:
        ancestor = pid
        while ancestor > 1 and ancestor != root_pid:
            ancestor = parents.get(ancestor, 1)
        if ancestor == root_pid:
            total += rss[pid]
            largest = max(largest, rss[pid])
    return total, largest


def _disk(index_dir: Path) -> int:
    """Bytes in the index folder and the temporary folders a build keeps beside it."""
    tops = [index_dir] + [p for p in index_dir.parent.glob(f".{index_dir.name}.*") if p.is_dir()]
    total = 0
    for top in tops:
        for folder, _, files in os.walk(top):
            for name in files:
                try:
                    total += os.path.getsize(os.path.join(folder, name))
                except OSError:
                    pass
    return total


def build(corpus: Path, index_dir: Path, jobs: int | None) -> dict:
    """One full build by `sitat index` in a fresh process, sampled while it runs."""
    shutil.rmtree(index_dir, ignore_errors=True)
    args = [sys.executable, "-m", "search", "--index", str(index_dir), "index", "--full"]
    if jobs:
        args += ["--jobs", str(jobs)]
    args.append(str(corpus))
    peaks = {"rss": 0, "largest": 0, "disk": 0}
    started = time.perf_counter()
    process = subprocess.Popen(
        args, cwd=ROOT, env={**os.environ, "SITAT_CACHE": "off"}, stdout=subprocess.DEVNULL
    )
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.5):
            total, largest = _tree_rss(process.pid)
            peaks["rss"] = max(peaks["rss"], total)
            peaks["largest"] = max(peaks["largest"], largest)
            peaks["disk"] = max(peaks["disk"], _disk(index_dir))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)  # (its ru_maxrss: see _tree_rss)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"the build failed ({process.returncode})")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "largest_rss": peaks["largest"],
        "total_rss": peaks["rss"],
        "peak_disk": peaks["disk"],
        "size": _disk(index_dir),
    }


def update_after_edit(corpus: Path, index_dir: Path, cache: Path, edits: int = 3) -> list[float]:
    """Wall seconds of `sitat index` after each of ``edits`` one-word edits to one article."""
    article = sorted((corpus / "generated").rglob("*.txt"))[0]
    original = article.read_text(encoding="utf-8")
    command = [sys.executable, "-m", "search", "--index", str(index_dir), "index", str(corpus)]
    env = {**os.environ, "SITAT_CACHE": str(cache)}
    times = []
    try:
        for round_ in range(edits + 1):
            edit(article, round_)
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
            if round_:  # the first fills the cache
                times.append(time.perf_counter() - started)
    finally:
        article.write_text(original, encoding="utf-8")
        subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return times


def _line(name: str, r: dict) -> str:
    return (
        f"  {name:<14} wall {r['wall']:8.0f} s  CPU {r['cpu']:8.0f} s  "
        f"RSS largest {r['largest_rss'] / 1e6:6.0f} MB, all {r['total_rss'] / 1e6:6.0f} MB  "
        f"disk peak {r['peak_disk'] / 1e6:6.0f} MB, index {r['size'] / 1e6:6.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--real", type=Path, metavar="DIR")
    parser.add_argument("--work", type=Path, help="keep the corpus and index here")
    parser.add_argument("--jobs-one", action="store_true", help="also build with --jobs 1")
    parser.add_argument("--repeat", type=int, default=5, help="runs per warm query")
    parser.add_argument("--rounds", type=int, default=7, help="cold start runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        work = args.work or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        corpus = search_speed.corpus_dir(work, args.articles, args.real)
        texts = list(corpus.rglob("*.txt"))
        megabytes = sum(p.stat().st_size for p in texts) / 1e6
        print(f"{len(texts):,} articles ({megabytes:.0f} MB of text) in {corpus}", flush=True)
        index_dir = work / (f"sitat-{args.articles}" + ("-real" if args.real else ""))
        built = build(corpus, index_dir, None)
        print("full build, answer cache off")
        print(_line(f"--jobs {os.cpu_count()}", built), flush=True)
        lists = [("generated", search_speed.QUERIES)]
        if args.real:
            lists.append(("real words", search_speed.real_queries(args.real)))
        print(f"warm queries, CPU ms, top 10 with snippets (medians of {args.repeat} runs)")
        for name, queries in lists:
            r = search_speed.warm(work, args.articles, queries, args.repeat, args.real)
            print(
                f"  {name:<11} sitat {1000 * r['ours_median']:6.2f} / {1000 * r['ours_p95']:6.2f}"
                f"  FTS5 {1000 * r['fts_median']:6.2f} / {1000 * r['fts_p95']:6.2f}"
                f"  ratio {r['ours_median'] / r['fts_median']:.2f}x / "
                f"{r['ours_p95'] / r['fts_p95']:.2f}x (median / p95)",
                flush=True,
            )
        cold = cold_start.medians(index_dir, "regjeringen", args.rounds)
        print(
            f"cold `sitat search regjeringen` {1000 * cold['sitat']:.0f} ms, bare Whoosh script "
            f"{1000 * cold['bare']:.0f} ms: {cold['sitat'] / cold['bare']:.2f}x "
            f"(medians of {args.rounds})",
            flush=True,
        )
        updates = update_after_edit(corpus, index_dir, work / "cache")
        print(
            f"`sitat index` after one edit: median {sorted(updates)[len(updates) // 2]:.2f} s "
            f"(wall, fresh process; {', '.join(f'{t:.2f}' for t in updates)})"
        )

        if args.jobs_one:
            one = build(corpus, work / (index_dir.name + "-jobs1"), 1)
            print(_line("--jobs 1", one))
            print(f"  default / --jobs 1: wall {built['wall'] / one['wall']:.2f}x", flush=True)
            shutil.rmtree(work / (index_dir.name + "-jobs1"), ignore_errors=True)


if __name__ == "__main__":
    main()
