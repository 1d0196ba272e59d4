"""Parsing throughput: MB/s of `parse_article` on generated articles, and on one long article.

    python bench/parse_speed.py [--mb 10] [--repeat 3] [--one 0.1 1 10 20] [--real DIR]

Many articles: medians over the repeats, at 1 MB and at the full size (equal MB/s means parsing
is linear in the input), and the ratio to a baseline measured in the same run: splitting the
same text into paragraphs and tokens, the least any parser has to do. Target: >= 2 MB/s.

One article: the articles joined into a single file of each size in --one (MB), parsed in a
fresh process each, with seconds per MB, its ratio to the smallest size's (flat = linear) and
the process's peak RSS. With --real DIR the text is the *.txt articles under DIR (say the
real news in ../shared/dev/articles) repeated to size, instead of generated ones.

The language model's answer cache is off (SITAT_CACHE=off) throughout: the text repeats, and
cached answers would make the larger sizes look faster than parsing is.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

os.environ["SITAT_CACHE"] = "off"  # before index is imported; see the docstring

from index.names import tokenize
from index.parse import parse_article, split_blocks


def corpus(megabytes: float) -> list[str]:
    texts, size, count = [], 0, 0
    while size < megabytes * 1_000_000:
        batch = [text for _, text in generate(200, seed=count + 1)]
        count += 200
        for text in batch:
            texts.append(text)
            size += len(text.encode("utf-8"))
            if size >= megabytes * 1_000_000:
                break
    return texts


def timed(work, texts: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            work(text)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def baseline(text: str) -> None:
    for block in split_blocks(text)[1]:
        tokenize(block)


ONE_ARTICLE = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from pathlib import Path
from index.parse import parse_article
text = Path(sys.argv[1]).read_text(encoding="utf-8")  # as sitat reads an article file
try:  # load the language model first: a fixed cost, reported apart
    from index.syntax import pipeline
    loading = time.perf_counter()
    pipeline()
    load = time.perf_counter() - loading
except ImportError:
    load = 0.0
start = time.perf_counter()
parse_article(text)
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({{"mb": len(text.encode()) / 1e6, "seconds": seconds, "rss": rss, "load": load}}))
"""


def one_article(sizes: list[float], real: str | None) -> None:
    here = Path(__file__).resolve().parent
    script = ONE_ARTICLE.format(root=str(here.parent), bench=str(here))
    print(f"\none article{' of real text' if real else ''}")
    print(
        f"{'MB':>6} {'parse s':>8} {'s/MB':>7} {'x first':>8} {'peak RSS MB':>12} "
        f"{'model load s':>13}"
    )
    first = None
    if real:
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(real).rglob("*.txt"))]
    else:
        texts = corpus(min(max(sizes), 2.0))
    whole = "\n\n".join(texts)
    for mb in sizes:
        # The article is written to a file here and read by the child as sitat reads one,
        # so the child's peak memory is the parse's, not that of building the text.
        size = int(mb * 1e6)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as handle:
            handle.write((whole * (1 + size // len(whole)))[:size])
            handle.flush()
            out = subprocess.run(
                [sys.executable, "-c", script, handle.name],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        per_mb = r["seconds"] / r["mb"]
        first = first or per_mb
        print(
            f"{r['mb']:6.1f} {r['seconds']:8.2f} {per_mb:7.2f} {per_mb / first:7.2f}x "
            f"{r['rss'] / 1e6:12.0f} {r['load']:13.2f}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--one",
        type=float,
        nargs="*",
        default=[0.1, 1, 10, 20],
        help="sizes (MB) of the single long article; none to skip",
    )
    parser.add_argument("--real", metavar="DIR", help="real articles to build it from")
    args = parser.parse_args()
    print(f"{'size':>6} {'parse s':>8} {'MB/s':>6} {'baseline s':>10} {'ratio':>6}")
    for mb in (1, args.mb):
        texts = corpus(mb)
        real_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        parse_s = timed(parse_article, texts, args.repeat)
        base_s = timed(baseline, texts, args.repeat)
        print(
            f"{real_mb:6.1f} {parse_s:8.2f} {real_mb / parse_s:6.2f} {base_s:10.2f} "
            f"{parse_s / base_s:6.1f}x",
            flush=True,
        )
    if args.one:
        one_article(args.one, args.real)


if __name__ == "__main__":
    main()
