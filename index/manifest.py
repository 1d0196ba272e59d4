"""The file list beside the index: what an update compares, without reading the index.

For each indexed article it keeps the fields of its record that an update compares (the file
it was read from, that file's id and digest, the corrections applied) and the file's size and
modification time when it was last read or found unchanged. An update of a large archive then
reads one small file instead of every article record (6.5 s at 100,000 articles), and opens
only the files whose size or modification time changed, as make and rsync decide (reading and
hashing every file took 18 s).

The list is written after each commit, under the generation of the index it describes. A list
of another generation (a crash between the commit and the write, an index from an older sitat)
is not used: the records are read, and the files hashed, as without it. A file changed in the
same tick of its file system's clock as it was read keeps its size and time; as git does, a
time less than two seconds before the list was written is not trusted (`trusted`).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import orjson

from .durable import write_file
from .schema import Field

FILENAME = "sitat-files.json"
FORMAT = 1  # a list of another format (another sitat's) is not read
STAT = "stat"  # [size, modification time in ns] of the file, as last read or checked
RACY_NS = 2_000_000_000  # the coarsest file system clock sitat expects (FAT's two seconds)

# The record's fields an update compares, and the record's attribution entries it reads.
_RECORD_FIELDS = (Field.PATH, Field.ROOT, Field.CONTENT_HASH)
_ABOUT = ("file_id", "file_hash", "corrections")


@dataclass(frozen=True)
class Listed:
    """A file list read back: each article's compared fields, and when the list was written."""

    records: dict[str, dict]
    written_ns: int

    def trusted(self, stat: list[int] | None) -> bool:
        """Whether a file's size and time, equal to those listed, prove it unchanged: its
        time is clearly before the list was written."""
        return stat is not None and stat[1] < self.written_ns - RACY_NS


def load(index_dir: Path, generation: int) -> Listed | None:
    """The list, if it describes the index's ``generation``; None if there is no such list."""
    try:
        data = orjson.loads((index_dir / FILENAME).read_bytes())
    except (OSError, ValueError):  # orjson.JSONDecodeError is a ValueError
        return None
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or data.get("generation") != generation
    ):
        return None
    articles, written = data.get("articles"), data.get("written_ns")
    if not isinstance(articles, dict) or not isinstance(written, int):
        return None
    if not all(isinstance(record, dict) for record in articles.values()):
        return None  # damaged, or edited by hand: the records are read instead
    return Listed(articles, written)


def save(index_dir: Path, generation: int, records: dict[str, dict]) -> None:
    """Write the list for ``generation`` of the index (atomically: a reader sees the old
    list or the new)."""
    listed = {
        "format": FORMAT,
        "generation": generation,
        "written_ns": time.time_ns(),
        "articles": records,
    }
    text = orjson.dumps(listed)
    # Not synced to disk: after a power cut a list cut short, or of the generation before,
    # is not read, and the records are (30 MB synced at 100,000 articles: 0.3-1.5 s). Nor
    # is a failure to write it an error: the index is committed, and a list left of another
    # generation is not read.
    try:
        write_file(index_dir / FILENAME, text, durable=False)
    except OSError:
        pass


def slim(record: dict, stat: list[int] | None = None) -> dict:
    """The fields of an article record an update compares, with its file's ``stat``; an
    entry that says what its absence would (no corrections, a file of one article whose
    digest is the article's) is left out, as the store reads records (`index.store`)."""
    about = record.get(Field.ATTRIBUTION) or {}
    found: dict = {f: record[f] for f in _RECORD_FIELDS if record.get(f)}
    kept = {k: about[k] for k in _ABOUT if about.get(k)}
    if kept.get("file_hash") == found.get(Field.CONTENT_HASH):
        kept.pop("file_hash", None)
    if kept:
        found[Field.ATTRIBUTION] = kept
    if stat is not None:
        found[STAT] = stat
    return found


def stat_of(path: str | Path) -> list[int] | None:
    """[size, modification time in ns] of a file, or None when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]
