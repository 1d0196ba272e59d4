"""Cold start: a whole `sitat search` process beside a bare Whoosh search of the same index.

    python bench/cold_start.py [--index DIR] [--query Putin] [--rounds 15]

The floor is what any Whoosh-backed command pays: a script that imports click and Whoosh,
opens the same index, parses the same word with Whoosh's query parser, and prints the top 10
paragraphs. `sitat search` does more (its query language, spellings, snippets, attribution),
so to be no slower it must import less. The two are run alternately, ``--rounds`` times each
after one warm-up (so the files are in the page cache for both), and the medians compared.
Without --index, the index of the packaged article is used (built first if needed).

sitat's own modules are compiled to bytecode first, as `pip install .` compiles them and as
Whoosh's already are: an editable install run with PYTHONDONTWRITEBYTECODE=1 (as on this
machine) otherwise compiles 13 modules from source in every process, 40-60 ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE = """
import sys
import click
import whoosh.index
from whoosh.qparser import QueryParser

ix = whoosh.index.open_dir(sys.argv[1])
with ix.searcher() as searcher:
    query = QueryParser("text", ix.schema).parse(sys.argv[2])
    for hit in searcher.search(query, limit=10):
        click.echo(hit["body"][:200])
"""


def seconds(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - start


def medians(index: Path, query: str, rounds: int) -> dict[str, float]:
    """Median seconds of the bare script, `sitat search` and the bare imports, run
    alternately ``rounds`` times each after one warm-up."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("index", "search"):
        compileall.compile_dir(str(root / package), quiet=1)
    bare = [sys.executable, "-c", BARE, str(index), query]
    sitat = [sys.executable, "-m", "search", "--index", str(index), "search", query]
    imports = [sys.executable, "-c", "import click, whoosh.index"]
    for command in (bare, sitat, imports):
        seconds(command)  # warm the page cache
    runs: dict[str, list[float]] = {"bare": [], "sitat": [], "imports": []}
    for _ in range(rounds):
        runs["bare"].append(seconds(bare))
        runs["sitat"].append(seconds(sitat))
        runs["imports"].append(seconds(imports))
    return {name: statistics.median(times) for name, times in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path)
    parser.add_argument("--query", default="Putin")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    if args.index is None:
        from search.api import Searcher

        with Searcher() as searcher:  # builds it on first use
            args.index = searcher.index_dir
    median = medians(args.index, args.query, args.rounds)
    print(
        f"cold start, medians of {args.rounds} alternating runs ({args.index}, "
        f"query {args.query!r})"
    )
    print(f"  import click, whoosh.index      {1000 * median['imports']:6.0f} ms")
    print(f"  bare Whoosh search script       {1000 * median['bare']:6.0f} ms")
    print(
        f"  sitat search                    {1000 * median['sitat']:6.0f} ms  "
        f"{median['sitat'] / median['bare']:.2f}x the bare script "
        f"({median['sitat'] / median['imports']:.2f}x the imports)"
    )


if __name__ == "__main__":
    main()
