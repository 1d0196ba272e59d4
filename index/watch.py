"""Following edits: re-index when articles are added, edited, renamed or deleted.

`sitat index --watch` and `sitat serve --watch` run `follow`: watchfiles (the operating
system's change notifications, not a polling loop of ours) reports changed article files and
folders under the watched paths (a folder renamed, moved in or moved out is one event for the
folder, not one per file); changes that come in a burst (a folder copied in, an editor saving
several files) are grouped into one set, and each set makes one incremental update, the same
`update_index` as `sitat index PATH…`: the one writer, only what changed re-indexed. A writer
holding the index (a `sitat index` run by hand) is waited for, however long; the watcher says
so once and goes on.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import IndexLocked, SitatError
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
    """An article file, or a folder that may hold some (one that is there, or a name without
    an extension, as a folder that was moved away has)."""
    name = os.path.basename(path)
    if name.startswith("."):
        return False
    return is_article_file(name) or os.path.isdir(path) or os.path.splitext(name)[1] == ""


def _updated(
    index_dir: str | Path,
    paths: Sequence[str],
    wait: float,
    stop: threading.Event | None,
    notify: Callable[[str], None] | None,
) -> UpdateReport | None:
    """One update, after any other writer is done (said once); None when it could not be
    made (said) or the watcher was stopped meanwhile."""
    told = False
    while True:
        try:
            return update_index(index_dir, list(paths), wait=wait)
        except IndexLocked:
            if stop is not None and stop.is_set():
                return None
            if notify is not None and not told:
                notify("Another sitat is writing the index; the changes follow when it is done")
                told = True
        except SitatError as err:  # the watcher goes on; the next change tries again
            if notify is not None:
                notify(f"Error: {err}")
            return None


def follow(
    index_dir: str | Path,
    paths: Sequence[str] = (),
    *,
    on_update: Callable[[UpdateReport], None] | None = None,
    stop: threading.Event | None = None,
    wait: float = 10.0,
    notify: Callable[[str], None] | None = None,
) -> None:
    """Update ``index_dir`` from ``paths`` after every burst of changes to articles under
    them, until ``stop`` is set (or Ctrl-C). ``wait``: how long one try of an update waits for
    another writer (a `sitat index` run by hand) before it says so and tries again."""
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
        report = _updated(index_dir, paths, wait, stop, notify)
        if report is not None and on_update is not None:
            on_update(report)
