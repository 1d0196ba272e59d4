"""Following edits: re-index when articles are added, edited, renamed or deleted.

`sitat index --watch` and `sitat serve --watch` run `follow`: watchfiles (the operating
system's change notifications, not a polling loop of ours) reports changed ``.txt`` files
under the watched paths; changes that come in a burst (a folder copied in, an editor saving
several files) are grouped into one set, and each set makes one incremental update, the same
`update_index` as `sitat index PATH…`: the one writer, only what changed re-indexed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from .sources import is_article_file, read_roots
from .store import UpdateReport, update_index

QUIET_MS = 150  # a burst of changes ends after this long without another
BURST_MS = 1000  # and is cut after this long however it goes on: about a second


def watched(index_dir: Path, paths: Sequence[str]) -> list[str]:
    """What ``paths`` name, or with none, the folders and files the index was built from."""
    if paths:
        return [str(p) for p in paths]
    roots = read_roots(Path(index_dir))
    if roots is None:
        return []
    return [p for p in [*roots.folders, *roots.files] if os.path.exists(p)]


def _article(change, path: str) -> bool:
    name = os.path.basename(path)
    return not name.startswith(".") and is_article_file(name)


def follow(
    index_dir: str | Path,
    paths: Sequence[str] = (),
    *,
    on_update: Callable[[UpdateReport], None] | None = None,
    stop: threading.Event | None = None,
    wait: float = 10.0,
) -> None:
    """Update ``index_dir`` from ``paths`` after every burst of changes to articles under
    them, until ``stop`` is set (or Ctrl-C). ``wait``: how long an update waits for another
    writer (a `sitat index` run by hand) to finish."""
    from watchfiles import watch  # only watching needs it

    targets = watched(Path(index_dir), paths)
    if not targets:
        return
    for _ in watch(
        *targets,
        watch_filter=_article,
        debounce=BURST_MS,
        step=QUIET_MS,
        stop_event=stop,
        raise_interrupt=False,
    ):
        report = update_index(index_dir, list(paths), wait=wait)
        if on_update is not None:
            on_update(report)
