"""Reading an index's segments through memory maps, without copying them into memory.

Whoosh keeps a segment's files in one compound file and, when it can map it, opens each part as
a `BytesIO` over the map: a copy of the part. At 10,000 articles that was 275 MB of copies in
every process that searched, growing with the archive. Here each part is a window of its own
onto the segment file, mapped, not copied: reads go straight to the page cache, at the speed of
the copy (measured: 42 MB instead of 275 MB at 10,000 articles, query times unchanged).
"""

from __future__ import annotations

import mmap

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile

COMPOUND_EXT = ".seg"


class _Window:
    """Part of a file, mapped: ``read`` and ``readline`` are the map's own (no Python in
    between); positions are relative to the part."""

    def __init__(self, fileno: int, offset: int, length: int) -> None:
        start = offset - offset % mmap.ALLOCATIONGRANULARITY  # a map starts on a page
        self._delta = offset - start
        self._length = length
        self._map = mmap.mmap(fileno, self._delta + length, access=mmap.ACCESS_READ, offset=start)
        self._map.seek(self._delta)
        self.read = self._map.read
        self.readline = self._map.readline

    def seek(self, position: int, whence: int = 0) -> int:
        if whence == 1:
            self._map.seek(position, 1)
        else:
            self._map.seek(self._delta + (position if whence == 0 else self._length + position))
        return self.tell()

    def tell(self) -> int:
        return self._map.tell() - self._delta

    def close(self) -> None:
        self._map.close()


class _SegmentFile(StructFile):
    """A compound segment file whose parts open as mapped windows (`CompoundStorage` asks a
    file for ``subset`` when it has not mapped the file itself)."""

    def subset(self, position: int, length: int, name: str | None = None) -> StructFile:
        if length == 0:
            return super().subset(position, length, name=name)
        return StructFile(_Window(self.file.fileno(), position, length), name=name)


class MappedStorage(FileStorage):
    """Whoosh's file storage, reading compound segments through `_SegmentFile`."""

    def __init__(self, path, **kwargs) -> None:
        # so that CompoundStorage leaves the mapping to _SegmentFile
        super().__init__(path, **{**kwargs, "supports_mmap": False})

    def open_file(self, name, **kwargs):
        if not name.endswith(COMPOUND_EXT):
            return super().open_file(name, **kwargs)
        return _SegmentFile(open(self._fpath(name), "rb"), name=name, **kwargs)
