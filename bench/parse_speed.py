"""Parsing throughput: MB/s of `parse_article` on generated articles.

    python bench/parse_speed.py [--mb 10] [--repeat 3]

Reports medians over the repeats, at 1 MB and at the full size (equal MB/s means parsing is
linear in the input), and the ratio to a baseline measured in the same run: splitting the same
text into paragraphs and tokens, the least any parser has to do. Target: >= 2 MB/s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402

from index.names import tokenize  # noqa: E402
from index.parse import parse_article, split_blocks  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'size':>6} {'parse s':>8} {'MB/s':>6} {'baseline s':>10} {'ratio':>6}")
    for mb in (1, args.mb):
        texts = corpus(mb)
        real_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        parse_s = timed(parse_article, texts, args.repeat)
        base_s = timed(baseline, texts, args.repeat)
        print(f"{real_mb:6.1f} {parse_s:8.2f} {real_mb / parse_s:6.2f} {base_s:10.2f} "
              f"{parse_s / base_s:6.1f}x")


if __name__ == "__main__":
    main()
