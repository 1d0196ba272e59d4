"""A full build with one parsing process against every core: wall, CPU and peak memory.

    python bench/jobs.py [--articles 10000] [--repeat 1] [--work DIR] [--cluster]

The corpus is generated articles (`generate.py`) mixed with the real development articles
(../shared/dev/articles, when present; one in ten). Each round builds the index from scratch
with ``--jobs 1`` and with the default (every core), in alternating order, each in a fresh
process with the language model's answer cache off (SITAT_CACHE=off: every sentence is
parsed, as in a first build). Reported: medians of wall and CPU seconds (the process and its
workers), the peak RSS of the largest process, and the ratio of the default to ``--jobs 1``.

With --cluster, a third build goes to a Dask cluster started here (a scheduler and one
single-threaded worker process per core, on 127.0.0.1, answer cache off): its wall time
against ``--jobs`` with as many processes (CPU seconds are the indexing process's only; the
workers are the cluster's).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = HERE.parent.parent / "shared" / "dev" / "articles"


def corpus(folder: Path, count: int) -> int:
    if folder.exists():
        return sum(1 for _ in folder.rglob("*.txt"))
    real = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []
    taken = real[: count // 10]
    subprocess.run(
        [
            sys.executable,
            str(HERE / "generate.py"),
            str(folder / "generated"),
            str(count - len(taken)),
        ],
        check=True,
        capture_output=True,
    )
    (folder / "real").mkdir()
    for path in taken:
        shutil.copy(path, folder / "real" / path.name)
    return count


def build(
    folder: Path, index_dir: Path, jobs: int | None, cluster: str | None = None
) -> tuple[float, float, int]:
    """(wall s, CPU s, peak RSS KB) of one full build in a fresh process."""
    shutil.rmtree(index_dir, ignore_errors=True)
    args = [sys.executable, "-m", "search", "--index", str(index_dir), "index", str(folder)]
    if jobs:
        args[6:6] = ["--jobs", str(jobs)]
    if cluster:
        args[6:6] = ["--cluster", cluster]
    env = {**os.environ, "SITAT_CACHE": "off"}
    started = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)  # this build's own usage, its workers' too
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"the build failed ({process.returncode})")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def local_cluster(workers: int) -> tuple[str, list[subprocess.Popen]]:
    """A Dask scheduler and ``workers`` worker processes on 127.0.0.1, ready."""
    from distributed import Client

    port = 8786 + os.getpid() % 1000
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "SITAT_CACHE": "off"}
    dask = [sys.executable, "-m", "dask"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    started = [
        subprocess.Popen(
            [*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            **quiet,
        )
    ]
    for i in range(workers):
        started.append(
            subprocess.Popen(
                [*dask, "worker", address, "--nworkers", "1", "--nthreads", "1"]
                + ["--no-dashboard", "--name", f"w{i}"],
                **quiet,
            )
        )
    with Client(address, timeout=60) as client:
        client.wait_for_workers(workers, timeout=60)
    return address, started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--cluster", action="store_true")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="sitat-jobs-"))
    folder = work / f"corpus-{args.articles}"
    count = corpus(folder, args.articles)
    cores = len(os.sched_getaffinity(0))
    runs: dict[str, list[tuple[float, float, int]]] = {"--jobs 1": [], "default": []}
    address, cluster = local_cluster(cores) if args.cluster else (None, [])
    if address:
        runs[f"Dask, {cores} workers"] = []
    try:
        for round_ in range(args.repeat):
            names = list(runs) if round_ % 2 == 0 else list(reversed(runs))
            for name in names:
                jobs = 1 if name == "--jobs 1" else None
                runs[name].append(
                    build(folder, work / "ix", jobs, address if name.startswith("Dask") else None)
                )
                print(name, runs[name][-1], flush=True)
    finally:
        for process in cluster:
            process.terminate()
    print(f"\n{count} articles, {cores} cores, medians of {args.repeat}")
    print("| build | wall s | CPU s | peak RSS MB | wall ratio |\n|---|---|---|---|---|")
    base = statistics.median(r[0] for r in runs["--jobs 1"])
    for name, rows in runs.items():
        wall = statistics.median(r[0] for r in rows)
        cpu = statistics.median(r[1] for r in rows)
        rss = max(r[2] for r in rows) / 1024
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {rss:.0f} | {wall / base:.2f}x |")


if __name__ == "__main__":
    main()
