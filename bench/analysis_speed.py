"""Indexing throughput of the Norwegian analysis against Whoosh's stock LanguageAnalyzer("no").

    python bench/analysis_speed.py [--articles 1000] [--repeat 3]

Both sides index the same generated paragraphs into a fresh Whoosh index in a temp dir (commit
included). The stock side is one TEXT field with LanguageAnalyzer("no"); ours is the text fields
of the real schema (exact and folded forms in one field). Reports medians over the
repeats (runs interleaved) and the ratio ours / stock. Target: at most 1.5x.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate
from whoosh import index as whoosh_index
from whoosh.analysis import LanguageAnalyzer
from whoosh.fields import TEXT, Schema

from index.parse import parse_article
from index.schema import build_schema

OUR_FIELDS = ("text",)


def paragraphs(articles: int) -> list[str]:
    texts = []
    for name, text in generate(articles, seed=7):
        texts += [p.text for p in parse_article(text, name).paragraphs if p.kind == "text"]
    return texts


def stock_schema() -> Schema:
    return Schema(text=TEXT(analyzer=LanguageAnalyzer("no")))


def ours_schema() -> Schema:
    full = build_schema()
    return Schema(**{name: full[name] for name in OUR_FIELDS})


def build(schema: Schema, texts: list[str], fields: tuple[str, ...]) -> float:
    with tempfile.TemporaryDirectory() as folder:
        ix = whoosh_index.create_in(folder, schema)
        start = time.perf_counter()
        writer = ix.writer(limitmb=256)
        for text in texts:
            writer.add_document(**dict.fromkeys(fields, text))
        writer.commit()
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = paragraphs(args.articles)
    build(ours_schema(), texts[:50], OUR_FIELDS)  # load the word list outside the timing
    stock, ours = [], []
    for _ in range(args.repeat):
        stock.append(build(stock_schema(), texts, ("text",)))
        ours.append(build(ours_schema(), texts, OUR_FIELDS))
    s, o = statistics.median(stock), statistics.median(ours)
    print(
        f"{len(texts)} paragraphs from {args.articles} generated articles, "
        f"median of {args.repeat} runs"
    )
    print(f"stock LanguageAnalyzer('no'): {s:6.2f} s  {len(texts) / s:8.0f} paragraphs/s")
    print(f"sitat Norwegian analysis:    {o:6.2f} s  {len(texts) / o:8.0f} paragraphs/s")
    print(f"ratio sitat / stock: {o / s:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
