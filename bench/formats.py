"""The same articles indexed from plain text, one JSON Lines file and a folder of wire XML.

    python bench/formats.py [--articles 1000] [--cache off|warm] [--real DIR] [--rounds 1]

Generated articles (bench/generate.py) are written three ways: ``.txt`` files, one ``.jsonl``
file with a record per article (the body as a list of paragraphs), and a folder of wire files,
half NITF and half NewsML-G2 (tests/wire.py). Each is indexed from scratch in a fresh process
(`update_index(..., full=True)`), the formats interleaved round by round; reported per format:
wall and CPU seconds (medians over --rounds), milliseconds per article, peak RSS, and the ratio
to plain text measured in the same run. Every format must give the same paragraphs.

--cache off parses every sentence with the language model (the whole cost a user pays);
--cache warm fills the model's answer cache with one untimed build first, so the timed builds
differ only by what the formats cost to read. --real DIR does the same with the real articles
of DIR (e.g. ../shared/dev/articles) instead of generated ones.
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

from generate import generate  # noqa: E402

from index.reading.text import read_text  # noqa: E402
from tests.wire import newsml_item, newsml_message, nitf  # noqa: E402

CHILD = r"""
import json, resource, sys, time
folder, index_dir, root = sys.argv[1:4]
sys.path.insert(0, root)
from index.store import update_index
from whoosh.index import open_dir
start, cpu = time.perf_counter(), time.process_time()
report = update_index(index_dir, [folder], full=True)
wall, cpu = time.perf_counter() - start, time.process_time() - cpu
from index.stored import open_index
with open_index(index_dir).searcher() as s:
    texts = sorted(d["body"] for d in s.documents(kind="text"))
import hashlib
print(json.dumps({"wall": wall, "cpu": cpu, "added": report.added,
                  "paragraphs": report.paragraphs, "skipped": len(report.skipped),
                  "texts": hashlib.sha1("\n".join(texts).encode()).hexdigest(),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def articles(count: int, real: Path | None) -> list[tuple[str, str]]:
    if real is not None:
        files = sorted(real.glob("*.txt"))[:count] if count else sorted(real.glob("*.txt"))
        return [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    return list(generate(count, 1))


def write_formats(found: list[tuple[str, str]], root: Path) -> dict[str, Path]:
    """The articles as .txt files, one .jsonl file, and NITF/NewsML-G2 files."""
    folders = {name: root / name for name in ("txt", "jsonl", "wire")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    with open(folders["jsonl"] / "eksport.jsonl", "w", encoding="utf-8") as export:
        for i, (name, text) in enumerate(found):
            (folders["txt"] / f"{name}.txt").write_text(text, encoding="utf-8")
            document = read_text(text)
            record = {
                "id": name,
                "published": document.meta.published,
                "body": [b.text for b in document.blocks],
            }
            export.write(json.dumps(record, ensure_ascii=False) + "\n")
            body = "\n\n".join(b.text for b in document.blocks)
            when = (document.meta.published or "2019-01") + "-01"
            if i % 2:
                wire = nitf(body, title=name, issued=when[:10].replace("-", ""), doc_id=name)
            else:
                item = newsml_item(body, title=name, created=when[:10], guid=name)
                wire = newsml_message([item])
            (folders["wire"] / f"{name}.xml").write_text(wire, encoding="utf-8")
    return folders


def build(folder: Path, work: Path, env: dict) -> dict:
    index_dir = work / f"index-{folder.name}"
    shutil.rmtree(index_dir, ignore_errors=True)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(index_dir), str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--cache", choices=("off", "warm"), default="off")
    parser.add_argument("--real", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitat-formats-"))
    try:
        found = articles(args.articles, args.real)
        folders = write_formats(found, work / "corpus")
        env = dict(os.environ)
        env["SITAT_CACHE"] = "off" if args.cache == "off" else str(work / "cache")
        if args.cache == "warm":
            build(folders["txt"], work, env)  # fills the answer cache, untimed
        runs: dict[str, list[dict]] = {name: [] for name in folders}
        for _ in range(args.rounds):
            for name, folder in folders.items():
                runs[name].append(build(folder, work, env))
        what = f"{len(found)} {'real' if args.real else 'generated'} articles"
        print(f"{what}, model answer cache {args.cache}, medians of {args.rounds}")
        base = statistics.median(r["wall"] for r in runs["txt"])
        base_cpu = statistics.median(r["cpu"] for r in runs["txt"])
        for name, results in runs.items():
            wall = statistics.median(r["wall"] for r in results)
            cpu = statistics.median(r["cpu"] for r in results)
            last = results[-1]
            print(
                f"  {name:<6} {wall:8.1f} s wall ({wall / base:4.2f}x)  {cpu:8.1f} s CPU "
                f"({cpu / base_cpu:4.2f}x)  {1000 * wall / max(1, last['added']):6.1f} ms/article  "
                f"peak {last['rss_mb']:5.0f} MB  {last['added']} articles, "
                f"{last['paragraphs']} paragraphs, {last['skipped']} skipped"
            )
        same = {r[-1]["texts"] for r in runs.values()}
        print("  same searchable paragraphs in every format:", "yes" if len(same) == 1 else "NO")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
