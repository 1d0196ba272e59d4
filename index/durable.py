"""Writes that survive a power cut once they count as done.

Whoosh writes a commit as new segment files and then a new table of contents (TOC) by rename,
but never asks the kernel to put them on disk, so after a power cut the new TOC can point at
segment files that were never written. `SyncedStorage` syncs every file Whoosh creates in the
index before closing it, and the directory after each rename, so by the time the TOC's rename
is done everything it names is on disk. Small files of our own go through `write_file`.
"""

from __future__ import annotations

import os
from pathlib import Path

from .mapped import MappedStorage


def sync_directory(path: str | Path) -> None:
    """Make the names in a directory (renames, new files) durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_before_close(structfile) -> None:
    handle = structfile.file
    handle.flush()
    os.fsync(handle.fileno())


class SyncedStorage(MappedStorage):
    """Whoosh's file storage, with files and renames synced to disk (and segments read
    through memory maps, see `index.mapped`)."""

    def create_file(self, name, excl=False, mode="wb", **kwargs):
        stream = super().create_file(name, excl=excl, mode=mode, **kwargs)
        stream.onclose = _sync_before_close
        return stream

    def rename_file(self, oldname, newname, safe=False):
        super().rename_file(oldname, newname, safe=safe)
        sync_directory(self.folder)


def write_file(path: Path, text: str | bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``text`` atomically and durably: a reader sees the old content or
    the new, and after the call returns a power cut keeps the new. Not ``durable``: atomic
    only, for what can be made again (a power cut may leave the old, or a file cut short)."""
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        with open(temp, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if durable:
        sync_directory(path.parent)
