"""Split the development gold once: a train part to develop and tune attribution on, and a
check part that is scored but never read, trained or tuned on.

    python train/dev_split.py ../shared/dev/gold          # writes train/dev_split.json
    python train/dev_split.py ../shared/dev/gold --score train|check|both

The 14 articles of the first development set (their ids in the gold folder's SOURCES.md) shaped
the rules from the start and are all train. Of the others, a third goes to check, chosen by the
hash of the file name (blake2b), so the split is the same on every machine and owes nothing to
what the articles say. --score runs ../shared/tools/dev-score on one part and prints only its
pooled line (per-article lines of the check part are never shown).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SPLIT = Path(__file__).with_name("dev_split.json")
CHECK_SHARE = 1 / 3


def make_split(gold: Path) -> dict[str, list[str]]:
    names = sorted(p.stem for p in gold.glob("norquad-*.json"))
    first = set(re.findall(r"`(norquad-\d+)\.txt`", (gold / "SOURCES.md").read_text("utf-8")))
    others = sorted(
        (n for n in names if n not in first),
        key=lambda n: hashlib.blake2b(n.encode(), digest_size=8).hexdigest(),
    )
    check = sorted(others[: round(len(others) * CHECK_SHARE)])
    return {"train": sorted(n for n in names if n not in check), "check": check}


def score(gold: Path, part: str) -> str:
    """dev-score's pooled line for one part of the split."""
    names = json.loads(SPLIT.read_text("utf-8"))[part]
    tool = gold.parent.parent / "tools" / "dev-score"
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "gold"
        folder.mkdir()
        (Path(work) / "articles").symlink_to((gold.parent / "articles").resolve())
        for name in names:
            (folder / f"{name}.json").symlink_to((gold / f"{name}.json").resolve())
        out = subprocess.run(
            [sys.executable, str(tool), str(folder)], capture_output=True, text=True, check=True
        )
    return f"{part} ({len(names)} articles): " + out.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--score", choices=("train", "check", "both"))
    args = parser.parse_args()
    if args.score is None:
        SPLIT.write_text(json.dumps(make_split(args.gold), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SPLIT}")
        return
    for part in ("train", "check") if args.score == "both" else (args.score,):
        print(score(args.gold, part))


if __name__ == "__main__":
    main()
