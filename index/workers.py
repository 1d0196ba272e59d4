"""Parsing on every core: articles parsed in worker processes, written in order by one writer.

`ParsePool.submit` queues one article's parse and hands back, oldest first, the parses that
are settled; the writer adds them in the order they were submitted, so the index is written
exactly as by one process (the same documents in the same order: the same stored paragraphs
and the same postings). The first few articles of a run are parsed in this process, so an
update after one edit never starts a worker; after that a pool of ``jobs`` processes takes the
rest, started by spawning (the parent may hold threads, an open answer cache and a Whoosh
writer, none of which a forked child should inherit). Each worker loads the language model
once, on its first sentence the answer cache does not know. At most ``WINDOW`` articles per
worker wait to be written, so memory stays bounded however large the archive.

A worker ignores Ctrl-C; the parent stops them (`close`), so an interrupted build exits as
one process does, with the index as it was. A parent killed outright cannot stop them, so a
worker ends itself when its parent is gone.

With ``cluster`` (a Dask scheduler's address, ``tcp://host:8786``) the same parses go to the
workers of a `dask.distributed` cluster instead (an optional extra: ``sitat[cluster]``); Dask
runs a lost worker's parses again elsewhere, and they come back in the order submitted, to
the one writer on this machine.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Hashable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context

from .article import Article
from .errors import ArticleError, SitatError
from .reading.document import Document
from .schema import SEARCHED_KINDS

IN_PROCESS_FIRST = 4  # articles parsed here before a pool is worth starting
WINDOW = 8  # articles per worker parsed ahead of the writer
PARENT_CHECK = 0.5  # seconds between a worker's looks at whether its parent is alive

Outcome = Article | ArticleError


@dataclass(frozen=True)
class AnalysedArticle:
    """A worker's parse with its paragraphs' text analysed (`index.codec.Analysed` tokens)."""

    article: Article
    texts: tuple  # per paragraph: its analysed text, or None when it is not searched


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def parse(document: Document, owner: str, origin: str) -> Outcome:
    """One article's parse, or the error that says why it has none."""
    from .parse import parse_document

    try:
        return parse_document(document, owner, origin)
    except ArticleError as err:
        return err


def parse_all(work: list[tuple[Document, str, str]]) -> list[Outcome | AnalysedArticle]:
    """The parses of a batch of (document, id, origin), in order, each with its searched
    paragraphs' text analysed: in a worker the analysis is done beside the parse, so the one
    writer need not (a third of its time at 10,000 articles)."""
    return [analysed(parse(*args)) for args in work]


def analysed(outcome: Outcome) -> Outcome | AnalysedArticle:
    """An article with the tokens of each searched paragraph's text (None for the others),
    or the error as it was."""
    if isinstance(outcome, ArticleError):
        return outcome
    from .analysis import analysed_text

    texts = tuple(
        analysed_text(p.text) if p.kind in SEARCHED_KINDS else None for p in outcome.paragraphs
    )
    return AnalysedArticle(outcome, texts)


def _worker_started(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C does
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    """End this worker when its parent has gone (killed: it could not stop its workers)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK)
    os._exit(1)


CLUSTER_TIMEOUT = 10  # seconds to reach a Dask scheduler
CLUSTER_BATCH = 8  # articles in one Dask task: its scheduling costs some milliseconds


def dask_client(address: str):
    """A client of the Dask scheduler at ``address``, or a one-line error."""
    try:
        from distributed import Client
    except ImportError:
        raise SitatError(
            "--cluster needs Dask's distributed scheduler: pip install 'sitat[cluster]'"
        ) from None
    try:
        return Client(address, timeout=CLUSTER_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise SitatError(f"cannot reach the Dask scheduler at {address}: {err}") from None


class ParsePool:
    """Parses submitted in order, settled in order; see the module's docstring."""

    def __init__(self, jobs: int = 1, cluster: str | None = None) -> None:
        self.jobs = max(1, jobs)
        self.cluster = cluster
        self._pool = None  # a ProcessPoolExecutor, or a Dask client
        self._pending: deque[tuple[list[Hashable], Future]] = deque()  # a future's outcomes
        self._waiting = 0  # articles in _pending
        self._batch: list[tuple[Hashable, tuple[Document, str, str]]] = []
        self._here = 0  # articles parsed in this process

    def submit(
        self, key: Hashable, document: Document, owner: str, origin: str
    ) -> list[tuple[Hashable, Outcome | AnalysedArticle]]:
        """Queue the parse of ``document``; returns the settled (key, outcome) pairs, oldest
        first, leaving at most ``WINDOW`` per worker waiting."""
        if (self.jobs == 1 and not self.cluster) or self._here < IN_PROCESS_FIRST:
            self._here += 1
            done: Future = Future()
            done.set_result([parse(document, owner, origin)])
            self._queue([key], done)
        else:
            self._batch.append((key, (document, owner, origin)))
            if len(self._batch) >= (CLUSTER_BATCH if self.cluster else 1):
                self._send()
        # A cluster's work goes in batches: keep three a worker in flight, so that none waits
        # for the writer to take the last one before it has the next.
        ahead = max(WINDOW, 3 * CLUSTER_BATCH) if self.cluster else WINDOW
        return self._settle(ahead * self.jobs)

    def drain(self) -> list[tuple[Hashable, Outcome | AnalysedArticle]]:
        """Every parse still waiting, in the order submitted."""
        self._send()
        return self._settle(0)

    def close(self) -> None:
        """Stop the workers; parses not yet settled are dropped."""
        pending = [future for _, future in self._pending]
        self._pending.clear()
        self._batch.clear()
        if self._pool is None:
            return
        if self.cluster:
            self._pool.cancel([f for f in pending if not isinstance(f, Future)])
            self._pool.close()
        else:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self) -> None:
        """Hand the batch gathered so far to the workers, as one task."""
        if not self._batch:
            return
        keys = [key for key, _ in self._batch]
        work = [args for _, args in self._batch]
        self._batch = []
        pool = self._workers()
        options = {"pure": False} if self.cluster else {}  # every batch a task of its own
        self._queue(keys, pool.submit(parse_all, work, **options))

    def _queue(self, keys: list[Hashable], future) -> None:
        self._pending.append((keys, future))
        self._waiting += len(keys)

    def _settle(self, waiting: int) -> list[tuple[Hashable, Outcome | AnalysedArticle]]:
        settled: list[tuple[Hashable, Outcome | AnalysedArticle]] = []
        while self._pending and (self._waiting > waiting or self._pending[0][1].done()):
            keys, future = self._pending.popleft()
            self._waiting -= len(keys)
            settled.extend(zip(keys, future.result(), strict=True))
        return settled

    def _workers(self):
        if self._pool is None and self.cluster:
            self._pool = dask_client(self.cluster)
            self.jobs = max(1, sum(self._pool.nthreads().values()))  # the window's size
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.jobs,
                mp_context=get_context("spawn"),
                initializer=_worker_started,
                initargs=(os.getpid(),),  # the parent may be gone before a worker has started
            )
        return self._pool
