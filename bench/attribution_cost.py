"""Attribution's cost per article beside an earlier revision's, in the same run.

    python bench/attribution_cost.py [--before 409a847] [--runs 11] [--articles DIR]

Each run parses every *.txt article under DIR (default: the 386 real development articles,
../shared/dev/articles) in a fresh process for each revision, alternating, after one warm-up
pass (the language model's answer cache is then warm, so what is timed is reading and
attribution, the part the rules cost); a run's figure is the middle of three timed passes
(process CPU seconds). Printed: every run, the medians, and this code's median as a ratio to
the earlier revision's. Issue 24's target is at most 1.2x of 409a847.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from revision import ROOT, checkout  # noqa: E402

PASS = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from index import read_article
paths = sorted(Path(sys.argv[2]).glob("*.txt"))
for p in paths:
    read_article(p)
times = []
for _ in range(3):
    start = time.process_time()
    for p in paths:
        read_article(p)
    times.append(time.process_time() - start)
print(sorted(times)[1])
"""


def timed(tree: Path, articles: Path) -> float:
    """One fresh process's middle pass over the articles with the code in ``tree``."""
    out = subprocess.run(
        [sys.executable, "-c", PASS, str(tree), str(articles)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),  # not the checkout: its code must come from ``tree``
    )
    return float(out.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="409a847", help="the revision to compare with")
    parser.add_argument("--runs", type=int, default=11)
    default = ROOT.parent / "shared" / "dev" / "articles"
    parser.add_argument("--articles", type=Path, default=default)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, checkout(args.before, Path(tmp) / "before") as old:
        assert old is not None
        runs: dict[str, list[float]] = {"before": [], "now": []}
        for _ in range(args.runs):
            runs["before"].append(timed(old, args.articles))
            runs["now"].append(timed(ROOT, args.articles))
    base = statistics.median(runs["before"])
    for name, values in runs.items():
        median = statistics.median(values)
        shown = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:6} {shown}  median {median:.2f} s  {median / base:.2f}x")


if __name__ == "__main__":
    main()
