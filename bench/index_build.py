"""Index build and incremental update at 1, 1,000 and 10,000 generated articles.

    python bench/index_build.py [--sizes 1 1000 10000] [--repeat 3] [--before REV]
    python bench/index_build.py --indexing [--sizes 1000 10000] [--work DIR]

For each size: the full build (`update_index(..., full=True)`) in a fresh process, with its
seconds, paragraphs/s, index size on disk and the process's peak RSS; beside it, in the same
run, stock Whoosh indexing the same paragraphs into one LanguageAnalyzer("no") field (the
baseline); then the seconds of an incremental update after editing one paragraph of one article
(median over --repeat edits), also as a share of the full build, and the same update with
fsync switched off in that process (what durability costs). Peak disk is the most the index
directory and its temporary files held during the build, sampled every 20 ms, also per byte of
article text. Builds at 10,000 articles run once; smaller ones --repeat times (medians).

With --before REV the full build is also run with the code of git revision REV (checked out
in a temporary worktree), in the same run, and reported as the ratio "x before".

Full builds run with the cache of the language model's answers off (SITAT_CACHE=off): generated
articles repeat sentences, and the cache would flatter them. Updates use a cache that an
untimed first update filled, as an index built with the cache on would have it.

--indexing measures the indexing part apart from the parse, in CPU seconds of one process:
the articles are parsed first (with the language model's answer cache as the user has it),
then written by sitat's writer path, then the same text paragraphs by stock Whoosh; per
paragraph, and as a ratio to the first size (issue 13: 10,000 within 1.2x of 1,000; within
1.5x of stock).

Targets: at 10,000 articles peak RSS < 1 GB, and an update after one edit < 2 s and < 2% of
the full build; a full build of 1,000 articles at most 4x the build before the language model
(--before d2513be).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import write  # noqa: E402
from revision import checkout  # noqa: E402

CHILD = r"""
import json, os, resource, sys, threading, time
mode, corpus, index_dir, root = sys.argv[1:5]
sys.path.insert(0, root)
if mode == "update-nosync":
    os.fsync = lambda fd: None
peak = [0]
def sample():
    parent, name = os.path.split(index_dir)
    while True:
        total = 0
        tops = [index_dir] + [os.path.join(parent, d) for d in os.listdir(parent)
                              if d.startswith("." + name + ".")]
        for top, _, files in (w for t in tops for w in os.walk(t)):
            for file in files:
                try:
                    total += os.path.getsize(os.path.join(top, file))
                except OSError:
                    pass
        peak[0] = max(peak[0], total)
        time.sleep(0.02)
if mode == "full":
    threading.Thread(target=sample, daemon=True).start()
start = time.perf_counter()
if mode == "stock":
    from pathlib import Path
    from whoosh import index
    from whoosh.analysis import LanguageAnalyzer
    from whoosh.fields import TEXT, Schema
    from index.parse import read_article
    Path(index_dir).mkdir()
    ix = index.create_in(index_dir, Schema(text=TEXT(analyzer=LanguageAnalyzer("no"))))
    writer = ix.writer(limitmb=256)
    paragraphs = 0
    for path in sorted(Path(corpus).rglob("*.txt")):
        for p in read_article(path).paragraphs:
            if p.kind == "text":
                writer.add_document(text=p.text)
                paragraphs += 1
    writer.commit()
else:
    from index.store import update_index
    report = update_index(index_dir, [corpus], full=(mode == "full"))
    paragraphs = report.paragraphs
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "paragraphs": paragraphs, "rss": rss, "disk": peak[0]}))
"""


# The indexing part apart from the parse: every article is parsed first (timed apart), then
# the parsed articles are written by sitat's own writer path (analysis, fields, commit), and
# then the same text paragraphs by stock Whoosh into one LanguageAnalyzer("no") field.
INDEXING = r"""
import json, resource, sys, time
from pathlib import Path
corpus, index_dir, stock_dir, root = sys.argv[1:5]
sys.path.insert(0, root)
from whoosh import index
from whoosh.analysis import LanguageAnalyzer
from whoosh.fields import TEXT, Schema
from index.parse import read_article
from index.sources import ArticleFile
from index.writer import WhooshWriter
from index import store
paths = sorted(Path(corpus).rglob("*.txt"))
start = time.process_time()
articles = [read_article(path) for path in paths]
parse = time.process_time() - start
start = time.process_time()
ix = store._create(Path(index_dir))
writer = store._writer(ix, 0)
to = WhooshWriter(writer)
paragraphs = 0
for path, article in zip(paths, articles):
    paragraphs += store._add_article(to, article, ArticleFile(article.id, str(path), corpus), "")
writer.commit()
ours = time.process_time() - start
start = time.process_time()
Path(stock_dir).mkdir()
ix = index.create_in(stock_dir, Schema(text=TEXT(analyzer=LanguageAnalyzer("no"))))
writer = ix.writer(limitmb=256)
for article in articles:
    for p in article.paragraphs:
        if p.kind == "text":
            writer.add_document(text=p.text)
writer.commit()
stock = time.process_time() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"parse": parse, "ours": ours, "stock": stock, "paragraphs": paragraphs,
                  "rss": rss}))
"""


def indexing(sizes: list[int], work: Path) -> None:
    """The indexing part per paragraph at each size, beside stock Whoosh, CPU seconds."""
    print(
        f"{'articles':>8} {'paragr.':>8} {'parse s':>8} {'index s':>8} {'us/par':>7} "
        f"{'stock s':>8} {'x stock':>7} {'x first':>7} {'RSS MB':>7}"
    )
    first = None
    for count in sizes:
        corpus = work / f"corpus-{count}"
        if not corpus.exists():
            write(corpus, count, seed=11)
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                INDEXING,
                str(corpus),
                str(work / f"indexing-{count}"),
                str(work / f"stock-{count}"),
                str(ROOT),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        per = r["ours"] / r["paragraphs"]
        first = first or per
        print(
            f"{count:>8} {r['paragraphs']:>8} {r['parse']:>8.1f} {r['ours']:>8.1f} "
            f"{1e6 * per:>7.0f} {r['stock']:>8.1f} {r['ours'] / r['stock']:>6.2f}x "
            f"{per / first:>6.2f}x {r['rss'] / 1e6:>7.0f}",
            flush=True,
        )


def child(
    mode: str, corpus: Path, index_dir: Path, root: Path = ROOT, cache: Path | str | None = None
) -> dict:
    env = dict(os.environ)
    if cache is not None:
        env["SITAT_CACHE"] = str(cache)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(corpus), str(index_dir), str(root)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def edit(path: Path, round_: int) -> None:
    """Change one word of one paragraph, as a person fixing a typo would."""
    text = path.read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    blocks[2] = blocks[2] + f" Rettet {round_}."
    path.write_text("\n\n".join(blocks), encoding="utf-8")


def measure(count: int, repeat: int, work: Path, before: Path | None) -> dict:
    corpus = work / f"corpus-{count}"
    write(corpus, count, seed=11)
    runs = 1 if count >= 10_000 else repeat
    full, stock, old = [], [], []
    for i in range(runs):
        stock.append(child("stock", corpus, work / f"stock-{count}-{i}"))
        if before is not None:
            old.append(
                child("full", corpus, work / f"before-{count}-{i}", root=before, cache="off")
            )
        full.append(child("full", corpus, work / f"index-{count}-{i}", cache="off"))
    index_dir = work / f"index-{count}-0"
    cache = work / f"cache-{count}"
    articles = sorted(corpus.rglob("*.txt"))
    text_bytes = sum(a.stat().st_size for a in articles)
    updates, unsynced = [], []
    edit(articles[len(articles) // 2], -1)
    child("update", corpus, index_dir, cache=cache)  # untimed: fills the cache
    for i in range(repeat):
        edit(articles[len(articles) // 2], 2 * i)
        updates.append(child("update", corpus, index_dir, cache=cache)["seconds"])
        edit(articles[len(articles) // 2], 2 * i + 1)
        unsynced.append(child("update-nosync", corpus, index_dir, cache=cache)["seconds"])
    build = statistics.median(r["seconds"] for r in full)
    base = statistics.median(r["seconds"] for r in stock)
    paragraphs = full[0]["paragraphs"]
    update = statistics.median(updates)
    return {
        "articles": count,
        "paragraphs": paragraphs,
        "build_s": build,
        "paragraphs_per_s": paragraphs / build,
        "stock_build_s": base,
        "build_vs_stock": build / base,
        "index_mb": size_mb(index_dir),
        "peak_rss_mb": max(r["rss"] for r in full) / 1e6,
        "update_s": update,
        "update_share": update / build,
        "build_runs": runs,
        "update_nosync_s": statistics.median(unsynced),
        "peak_disk_mb": max(r["disk"] for r in full) / 1e6,
        "before_build_s": statistics.median(r["seconds"] for r in old) if old else None,
        "disk_per_text_byte": max(r["disk"] for r in full) / text_bytes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--before",
        metavar="REV",
        help="also build with the code of this git revision, as a baseline",
    )
    parser.add_argument(
        "--indexing",
        action="store_true",
        help="only the indexing part (parse apart) at each size, vs stock",
    )
    parser.add_argument("--work", type=Path, help="keep corpora here between runs")
    args = parser.parse_args()
    if args.indexing:
        with tempfile.TemporaryDirectory() as folder:
            work = args.work or Path(folder)
            for leftover in work.glob("*ndexing-*"):
                shutil.rmtree(leftover)
            for leftover in work.glob("stock-*"):
                shutil.rmtree(leftover)
            indexing(args.sizes, work)
        return
    print(
        f"{'articles':>8} {'paragr.':>8} {'build s':>8} {'par/s':>7} {'stock s':>8} "
        f"{'x stock':>7} {'MB':>6} {'RSS MB':>7} {'disk MB':>8} {'/text B':>7} "
        f"{'update s':>9} {'% build':>8} {'no fsync':>9} {'x':>6}"
    )
    with (
        tempfile.TemporaryDirectory() as folder,
        checkout(args.before, Path(folder) / "before") as before,
    ):
        for count in args.sizes:
            report(measure(count, args.repeat, Path(folder), before))


def report(r: dict) -> None:
    if r["before_build_s"] is not None:
        print(
            f"   full build with --before: {r['before_build_s']:.2f} s; this build is "
            f"{r['build_s'] / r['before_build_s']:.2f}x that"
        )

    print(
        f"{r['articles']:>8} {r['paragraphs']:>8} {r['build_s']:>8.2f} "
        f"{r['paragraphs_per_s']:>7.0f} {r['stock_build_s']:>8.2f} "
        f"{r['build_vs_stock']:>6.2f}x {r['index_mb']:>6.1f} {r['peak_rss_mb']:>7.0f} "
        f"{r['peak_disk_mb']:>8.1f} {r['disk_per_text_byte']:>7.1f} "
        f"{r['update_s']:>9.3f} {100 * r['update_share']:>7.2f}% "
        f"{r['update_nosync_s']:>9.3f} {r['update_s'] / r['update_nosync_s']:>5.2f}x",
        flush=True,
    )


if __name__ == "__main__":
    main()
