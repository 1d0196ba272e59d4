"""Hostile input, bounded: crafted articles beside ordinary text of the same size, and the
queries and commands that once took minutes or gigabytes on a large index.

    python bench/hostile.py [--kb 100] [--index DIR] [--repeat 3]

(a) Parsing: each crafted article (about --kb KB) and a real article's text repeated to the
    same size, each parsed by `sitat parse --format json` in a fresh process with the answer
    cache off: median seconds, peak RSS and output bytes, and the ratio to ordinary text.
(b) With --index DIR (say a 10,000-article index from bench/generate.py and `sitat index`):
    seconds and peak RSS of `sitat search` for prefixes and fuzzy words, and of `sitat quotes`
    and `sitat speakers` over the whole index.

Targets: crafted text within 10x the time of ordinary text of the same size, memory and output
within a fixed multiple of the input; every query under 2 s; search and quotes well under 1 GB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "norquad" / "norquad-148.txt"


def crafted(kb: int) -> dict[str, str]:
    size = kb * 1000
    real = REAL.read_text(encoding="utf-8")

    def fill(unit: str, start: str = "Intro. ") -> str:
        return start + unit * (size // len(unit.encode("utf-8")) + 1)

    return {
        "ordinary text": (real + "\n\n") * (size // len(real.encode("utf-8")) + 1),
        "one sentence of 'sier at'": fill("sier at "),
        "'Per Olsen sier at' sentences": fill("Per Olsen sier at det går bra. "),
        "one speaker, many paragraphs": fill("– Det går bra, sier Kari Nordmann.\n\n"),
        "names by the thousand": " ".join(
            f"Ola{i} Hansen{i}, Kari{i} Olsen{i} og Per{i} Berg{i} sier at det går bra."
            for i in range(size // 80)
        ),
        "escape sequences": fill("Putin sa\x1b[2J\x1b]0;tittel\x07 at «alt er bra». "),
    }


def measured(args: list[str], env: dict) -> tuple[float, float, int]:
    """(seconds, peak RSS MB, stdout bytes) of one process."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "p = subprocess.run(sys.argv[1:], capture_output=True); "
        "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, len(p.stdout))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def median_run(args: list[str], env: dict, repeat: int) -> tuple[float, float, int]:
    runs = [measured(args, env) for _ in range(repeat)]
    return (statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[0][2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=100)
    parser.add_argument("--index", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    env = {**os.environ, "SITAT_CACHE": "off"}
    sitat = [sys.executable, "-m", "search"]
    with tempfile.TemporaryDirectory() as temp:
        print(
            f"parsing one article of about {args.kb} KB (median of {args.repeat}, "
            "fresh processes, answer cache off)"
        )
        print(
            f"{'article':<32} {'KB':>6} {'s':>7} {'x ordinary':>10} {'RSS MB':>7} "
            f"{'out KB':>7} {'out/in':>6}"
        )
        base = None
        for name, text in crafted(args.kb).items():
            path = Path(temp) / "artikkel.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            seconds, rss, out = median_run(
                [*sitat, "parse", str(path), "--format", "json"], env, args.repeat
            )
            base = base or seconds
            print(
                f"{name:<32} {size / 1000:>6.0f} {seconds:>7.2f} {seconds / base:>9.1f}x "
                f"{rss:>7.0f} {out / 1000:>7.0f} {out / size:>6.1f}",
                flush=True,
            )
    if args.index:
        print(f"\non {args.index} (median of {args.repeat})")
        for command in (
            ["search", "fo*"],
            ["search", "st* OR fo* OR ma* OR ka* OR be*"],
            ["search", "st~2"],
            ["search", "Hansen"],
            ["quotes"],
            ["speakers"],
        ):
            seconds, rss, _ = median_run(
                [*sitat, "--index", str(args.index), *command], env, args.repeat
            )
            print(f"{' '.join(command):<40} {seconds:>6.2f} s {rss:>6.0f} MB", flush=True)


if __name__ == "__main__":
    main()
