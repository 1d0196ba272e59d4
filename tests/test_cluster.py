"""`sitat index --cluster`: the parse on a real Dask cluster (a scheduler and two workers on
127.0.0.1, each its own process), the index the same as one process writes, and a worker
killed in the middle of a build losing nothing (issue 26)."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import pytest

from index.store import update_index
from search.cli import cli

from .helpers import copy_real_articles
from .test_jobs import everything


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "dask", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
    workers = [
        start(
            "worker",
            address,
            "--nworkers",
            "1",
            "--nthreads",
            "1",
            "--no-dashboard",
            "--name",
            f"w{i}",
        )
        for i in range(2)
    ]
    try:
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address, workers
    finally:
        for process in [*workers, scheduler]:
            process.send_signal(signal.SIGTERM)
        for process in [*workers, scheduler]:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    return copy_real_articles(tmp_path_factory.mktemp("artikler"))


@pytest.fixture(scope="module")
def one_process(tmp_path_factory, articles):
    index_dir = tmp_path_factory.mktemp("one") / "ix"
    update_index(index_dir, [articles], jobs=1)
    return everything(index_dir)


def test_a_cluster_writes_the_same_index_as_one_process(tmp_path, cluster, articles, one_process):
    address, _ = cluster
    report = update_index(tmp_path / "ix", [articles], cluster=address)
    assert report.added == len(list(articles.glob("*.txt")))
    assert everything(tmp_path / "ix") == one_process


def test_a_worker_killed_in_the_middle_loses_nothing(tmp_path, cluster, articles, one_process):
    address, workers = cluster
    killed = []

    def progress(done: int, total: int) -> None:
        if done == total // 2 and not killed:
            workers[0].kill()  # while the other parses, and with parses of its own pending
            killed.append(done)

    update_index(tmp_path / "ix", [articles], cluster=address, progress=progress)
    assert killed and workers[0].wait(timeout=10) != 0
    assert everything(tmp_path / "ix") == one_process


def test_an_unreachable_scheduler_is_one_line(runner, tmp_path, articles):
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    result = runner.invoke(
        cli, ["--index", str(tmp_path / "ix"), "index", "--cluster", address, str(articles)]
    )
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: cannot reach the Dask scheduler at {address}")
    assert len(result.output.strip().splitlines()) == 1
    assert time.monotonic() - started < 60
    assert not (tmp_path / "ix").exists() or not any((tmp_path / "ix").glob("*.seg"))


def test_jobs_and_cluster_together_is_one_line(runner, tmp_path):
    result = runner.invoke(
        cli, ["--index", str(tmp_path / "ix"), "index", "--jobs", "2", "--cluster", "tcp://x:1"]
    )
    assert result.exit_code == 2
    assert result.output == "Error: choose --jobs (processes here) or --cluster (a Dask cluster)\n"
