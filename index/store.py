"""Building and updating the index on disk, safely for anyone reading it at the same time.

Safety rests on Whoosh's own design, which we keep to: a commit writes new segment files and
then a new table of contents by rename, so a reader sees the old generation or the new one,
never a mix. On top of it:

- One writer at a time, and a writer reads what is indexed only once it holds the lock: an
  `flock` on ``.<index>.lock`` beside the index, released by the kernel when a writer dies.
  Creating, rebuilding and swapping the whole directory happen under the same lock.
- A new index, or one that must be rebuilt (another sitat version, or ``--full`` on a damaged
  one), is built in a sibling directory and swapped in by rename, so readers never see a
  half-built or empty index.
- Files and renames are synced to disk before a commit counts as done (`index.durable`).
- Leftovers of killed or failed writers are removed by the next writer.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Set
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import manifest
from .corrections import Book, corrections_path
from .corrections import load as load_corrections
from .durable import SyncedStorage, sync_directory, write_file
from .errors import (
    ArticleError,
    DiskFull,
    IndexDamaged,
    IndexLocked,
    IndexReadOnly,
    SitatError,
)
from .schema import ARTICLE, SCHEMA_VERSION, SEARCHED_KINDS, TEXT_KIND, Field, build_schema
from .shown import shown
from .sources import (
    ArticleFile,
    Discovery,
    Roots,
    check_size,
    discover,
    is_within,
    read_roots,
    write_roots,
)
from .stored import (
    INDEX_NAME,
    VERSION_FILE,
    content_hash,
    damaged,
    indexed_articles,
    read_version,
    release_failed_read,
    stored_article,
)
from .writer import WhooshWriter, Writer

WRITER_MEMORY_MB = 256
OPEN_ATTEMPTS = 3
# Temporary disk a build needs per byte of article text (Whoosh's sorted runs and the segment),
# measured on bench/index_build.py (35 at 10,000 articles); used only to say how much space a
# failed update needed.
DISK_PER_TEXT_BYTE = 40

Progress = Callable[[int, int], None]
Notify = Callable[[str], None]


@dataclass(frozen=True)
class UpdateReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    paragraphs: int = 0
    seconds: float = 0.0
    skipped: tuple[str, ...] = field(default=())  # files that could not be indexed, a line each
    passed_over: str = ""  # files that are not articles: "2 not .txt (2 .pdf), 1 hidden"
    gone: tuple[str, ...] = field(default=())  # recorded folders and files that no longer exist
    rebuilt: str | None = None  # why the whole index was built anew, when it was
    read: str = ""  # the files read, by format: "3 files: 2 .html, 1 .jsonl"

    def summary(self) -> str:
        line = (
            f"{self.added} added, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} unchanged in {self.seconds:.2f}s"
        )
        if self.read and not _PLAIN_TEXT_ONLY.fullmatch(self.read):  # said for other formats
            line += f"; read {self.read}"
        return f"{line}; passed over {self.passed_over}" if self.passed_over else line


_PLAIN_TEXT_ONLY = re.compile(r"\d+ files?: \d+ \.txt")


def file_hash(path: Path) -> str:
    """`content_hash` of a file's bytes, read a megabyte at a time."""
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- the write lock ----------------------------------------------------------------------------


def lock_path(index_dir: Path) -> Path:
    return index_dir.parent / f".{index_dir.name}.lock"


@contextmanager
def write_lock(index_dir: Path, wait: float, notify: Notify | None = None) -> Iterator[None]:
    """Hold the index's write lock, waiting up to ``wait`` seconds for another writer."""
    for parent in index_dir.parents:
        if parent.exists() and not parent.is_dir():
            raise IndexReadOnly(
                f"cannot create the index in {shown(index_dir)}: "
                f"{shown(parent)} is a file, not a directory"
            )
    try:
        index_dir.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path(index_dir), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as err:
        raise IndexReadOnly(
            f"cannot create the index in {shown(index_dir)}: {err.strerror or err}"
        ) from None
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexLocked(
                        f"another sitat index is writing {shown(index_dir)}; "
                        "wait for it, or pass --wait SECONDS"
                    ) from None
                if notify and not told:
                    notify(f"Waiting for another sitat to finish writing {shown(index_dir)} ...")
                    told = True
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)


# --- updating ----------------------------------------------------------------------------------


def update_index(
    index_dir: str | Path,
    paths=(),
    *,
    full: bool = False,
    wait: float = 0.0,
    progress: Progress | None = None,
    notify: Notify | None = None,
    fields: dict[str, str] | None = None,
    jobs: int | None = 1,
    cluster: str | None = None,
) -> UpdateReport:
    """Bring the index in ``index_dir`` up to date with the articles under ``paths``.

    Unchanged articles (same content hash) are skipped, changed ones replaced, new ones added,
    and articles whose files have gone from an indexed folder removed. With no ``paths``, the
    folders and files the index was built from are scanned again (a new index gets the
    bundled article). ``full`` rebuilds from scratch. Files that cannot be read or parsed are
    skipped and reported; what is already indexed for them stays.

    An index of another sitat version is rebuilt from what it was built from plus ``paths``;
    a damaged one is an error unless ``full`` is given. Nothing is changed when an error is
    raised. ``jobs`` processes parse (None: every core), or the workers of the Dask cluster
    whose scheduler is at ``cluster``; the index they write is the same whatever their
    number."""
    from .workers import default_jobs

    started = time.perf_counter()
    index_dir = Path(index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexDamaged(
            f"index path {shown(index_dir)} is a file, not a directory; pass another --index"
        )
    existed = _identity(index_dir)
    with _owner_only(), write_lock(index_dir, wait, notify):
        update = _Update(index_dir, [str(p) for p in paths], full, wait, progress, fields)
        update.jobs, update.cluster = jobs or default_jobs(), cluster
        try:
            _remove_leftovers(index_dir, after_a_writer=False)
            report = update.run()
        except (OSError, IndexDamaged) as err:
            # Gone, or made anew under the same name (Whoosh's temporary folder recreates the
            # folders above it): either way the index being written was moved away.
            if existed and _identity(index_dir) != existed:
                raise IndexReadOnly(
                    f"cannot write the index in {shown(index_dir)}: it was "
                    "moved or deleted while indexing"
                ) from None
            if isinstance(err, IndexDamaged):
                raise
            raise _write_error(index_dir, err, update.disk_needed()) from None
        finally:
            with _interrupts_deferred():
                _remove_leftovers(index_dir, after_a_writer=not update.committed)
    return replace(report, seconds=time.perf_counter() - started)


def _identity(directory: Path) -> tuple[int, int] | None:
    """(device, inode) of a directory, None when there is none."""
    try:
        status = directory.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


@contextmanager
def _owner_only():
    """Files written meanwhile are readable by their owner only (0600; folders 0700), or
    stricter when the umask is: an index holds every line of every article in it."""
    previous = os.umask(0o077)
    os.umask(previous | 0o077)
    try:
        yield
    finally:
        os.umask(previous)


class _Update:
    """One run of `update_index`, holding the write lock."""

    def __init__(
        self,
        index_dir: Path,
        paths: list[str],
        full: bool,
        wait: float,
        progress: Progress | None,
        fields: dict[str, str] | None = None,
    ):
        self.index_dir, self.paths, self.full = index_dir, paths, full
        self.wait, self.progress, self.fields = wait, progress, fields
        self.found = Discovery()
        self.gone: list[str] = []
        self.committed = False  # Whoosh removes what a commit leaves; we remove the rest
        self.jobs = 1  # processes that parse
        self.cluster: str | None = None  # or the Dask scheduler whose workers do
        # the corrections people made, applied to every article parsed
        corrections = corrections_path(index_dir)
        self.book = Book(load_corrections(corrections), corrections)

    def run(self) -> UpdateReport:
        state, ix, why = _inspect(self.index_dir)
        if state == "current":
            try:
                return self._in_place(ix)
            except IndexDamaged as err:  # the table of contents opened, a segment did not
                state, ix, why = "damaged", None, err
        if state == "damaged" and not self.full:
            raise why
        roots = read_roots(self.index_dir)
        recorded = roots.paths() if roots else _paths_from_records(ix)
        if self.full and self.paths:
            roots, recorded = None, []
        elif state == "outdated" and recorded is None:
            raise IndexDamaged(
                f"the index in {shown(self.index_dir)} was built by another "
                "version of sitat and does not say what it was built from; "
                "rebuild it with: sitat index --full PATH ..."
            )
        reason = {"missing": None, "outdated": "another sitat version", "damaged": "damaged"}
        return replace(self._beside(ix, roots or Roots(), recorded or []), rebuilt=reason[state])

    def _demo_dropped(self, roots: Roots) -> set[str]:
        """The bundled demo article leaves an index once a person indexes their own material:
        when paths are given and it is not one of them, its path, taken out of ``roots``.
        So does the demo article of another installation of sitat (the package moved, or
        was installed again elsewhere): it has this one's id, and this one replaces it."""
        from . import default_article_path

        demo = os.path.realpath(default_article_path())
        others = {path for path in roots.files if path != demo and _is_packaged_copy(path, demo)}
        for path in others:
            roots.files.pop(path, None)
        if not self.paths or demo in {os.path.realpath(p) for p in self.paths}:
            return others
        roots.files.pop(demo, None)
        return {demo} | others

    def _targets(self, recorded: list[str], *, add_recorded: bool) -> list[str]:
        """The paths to scan: those given (with the recorded ones, for a rebuild), else the
        recorded ones that still exist, else the bundled article."""
        paths = list(self.paths)
        if not paths:
            paths = [p for p in recorded if os.path.exists(p)]
            self.gone = [p for p in recorded if not os.path.exists(p)]
        elif add_recorded:
            paths += [p for p in recorded if os.path.exists(p) and p not in paths]
        if not paths and not self.gone:
            from . import default_article_path

            paths = [str(default_article_path())]
        return paths

    def _in_place(self, ix) -> UpdateReport:
        writer = None
        try:
            with _interrupts_deferred():  # a half-made writer would keep the lock
                writer = _writer(ix, self.wait)
            try:
                old = writer.searcher()
                generation = ix.latest_generation()
                listed = None if self.full else manifest.load(self.index_dir, generation)
                to = WhooshWriter(writer, old)
                records = listed.records if listed is not None else _records(to)
            except Exception as err:  # Whoosh reports damage as anything at all  # noqa: BLE001
                raise damaged(self.index_dir, err) from None
            recorded = read_roots(self.index_dir) or Roots()
            roots = (
                Roots()
                if self.full and self.paths
                else Roots(dict(recorded.folders), dict(recorded.files))
            )
            dropped = self._demo_dropped(roots)
            paths = self._targets(recorded.paths(), add_recorded=False)
            known = {
                r[Field.PATH]: _file_id(owner, r)
                for owner, r in records.items()
                if r.get(Field.PATH) and r[Field.PATH] not in dropped
            }
            self.found = discover(paths, roots, known)
            merged = Roots({**recorded.folders, **roots.folders}, {**recorded.files, **roots.files})
            for path in dropped:
                merged.files.pop(path, None)
            if merged != recorded:
                write_roots(self.index_dir, merged)  # may name more than is indexed
            filling = _fill(
                to,
                old,
                self.found,
                records,
                full=self.full,
                progress=self.progress,
                fields=self.fields,
                dropped=dropped,
                jobs=self.jobs,
                cluster=self.cluster,
                book=self.book,
                listed=listed,
            )
            counts, skipped = filling.counts, filling.skipped
            changed = self.full or counts["added"] or counts["updated"] or counts["removed"]
            if changed:
                from whoosh.writing import CLEAR, MERGE_SMALL

                writer.commit(mergetype=CLEAR if self.full else MERGE_SMALL)
                self.committed = True
                manifest.save(self.index_dir, ix.latest_generation(), filling.listed)
            else:
                writer.cancel()
                if listed is None or filling.listed != listed.records:  # times checked
                    manifest.save(self.index_dir, generation, filling.listed)
        except BaseException:
            with _interrupts_deferred():
                _abandon(writer)
            raise
        if roots != merged:
            write_roots(self.index_dir, roots)
        return self._report(counts, skipped)

    def _beside(self, old_ix, roots: Roots, recorded: list[str]) -> UpdateReport:
        """Build a whole new index next to ``index_dir`` and swap it in."""
        staging = self.index_dir.with_name(f".{self.index_dir.name}.building-{os.getpid()}")
        dropped = self._demo_dropped(roots)
        paths = self._targets([p for p in recorded if p not in dropped], add_recorded=True)
        new_roots = Roots(dict(roots.folders), dict(roots.files))
        self.found = discover(paths, new_roots, {})
        ix = _create(staging)
        write_roots(staging, new_roots)
        writer = old = None
        try:
            with _interrupts_deferred():
                writer = _writer(ix, 0)
            old = _searcher_or_none(old_ix)
            to = WhooshWriter(writer, old)
            records = _records(to)
            filling = _fill(
                to,
                old,
                self.found,
                records,
                full=True,
                progress=self.progress,
                fields=self.fields,
                jobs=self.jobs,
                cluster=self.cluster,
                book=self.book,
            )
            counts, skipped = filling.counts, filling.skipped
            writer.commit()
            self.committed = True
            manifest.save(staging, ix.latest_generation(), filling.listed)
        except BaseException:
            with _interrupts_deferred():
                _abandon(writer)
            raise
        finally:
            if old is not None:
                old.close()
        _swap_in(staging, self.index_dir)
        return self._report(counts, skipped)

    def _report(self, counts: dict[str, Any], skipped: list[str]) -> UpdateReport:
        return UpdateReport(
            **counts,
            skipped=tuple(self.found.problems + skipped),
            passed_over=self.found.passed_over_line(),
            read=self.found.read_line(),
            gone=tuple(shown(p) for p in self.gone),
        )

    def disk_needed(self) -> int:
        """Bytes of free disk this update needs, roughly."""
        text = 0
        for file in self.found.files:
            try:
                text += file.path.stat().st_size
            except OSError:
                pass
        return text * DISK_PER_TEXT_BYTE + _size_of(self.index_dir) * (2 if self.full else 1)


def _inspect(index_dir: Path):
    """(state, index or None, error or None): "missing" (nothing there yet), "current",
    "outdated" (another sitat version; the index may still open) or "damaged"."""
    if not index_dir.exists() or not any(index_dir.iterdir()):
        return "missing", None, None
    if not _holds_an_index(index_dir):
        # Never replace (and so delete) a directory of someone's own files.
        raise IndexDamaged(
            f"{shown(index_dir)} is not empty and holds no sitat index; "
            "pass a new or empty directory to --index"
        )
    version = read_version(index_dir)
    error: SitatError | None = None
    for attempt in range(OPEN_ATTEMPTS):
        try:
            ix = SyncedStorage(str(index_dir)).open_index(INDEX_NAME)
            break
        except Exception as err:  # a failed read is tried again before it counts as damage  # noqa: BLE001
            error = damaged(index_dir, err)
            time.sleep(0.05 * (attempt + 1))
    else:
        return ("outdated" if version != SCHEMA_VERSION else "damaged"), None, error
    return ("current" if version == SCHEMA_VERSION else "outdated"), ix, None


def _holds_an_index(index_dir: Path) -> bool:
    """Whether a directory has a sitat or Whoosh index in it, whole or damaged."""
    return (index_dir / VERSION_FILE).exists() or any(index_dir.glob(f"*{INDEX_NAME}_*"))


def _searcher_or_none(ix):
    if ix is None:
        return None
    try:
        return ix.searcher()
    except Exception as err:  # an outdated index may not be readable at all  # noqa: BLE001
        release_failed_read(err)
        return None


def _paths_from_records(ix) -> list[str] | None:
    """The folders and files an index without a roots file (sitat before version 7) was built
    from, as its article records tell; None when they cannot be read."""
    if ix is None:
        return None
    try:
        records = indexed_articles(ix)
    except Exception as err:  # an index we cannot read is rebuilt, whatever Whoosh raised  # noqa: BLE001
        release_failed_read(err)
        return None
    folders = {r[Field.ROOT] for r in records.values() if r.get(Field.ROOT)}
    files = {
        os.path.abspath(r[Field.PATH])
        for r in records.values()
        if r.get(Field.PATH) and not r.get(Field.ROOT)
    }
    return sorted(folders) + sorted(files)


def _writer(ix, wait: float):
    from whoosh.index import LockError

    from .codec import CompactCodec
    from .pool import chunked

    try:
        return chunked(
            ix.writer(timeout=wait, limitmb=WRITER_MEMORY_MB, codec=CompactCodec()),
            WRITER_MEMORY_MB,
        )
    except LockError:
        raise IndexLocked(
            f"another sitat index is writing {shown(ix.storage.folder)}; "
            "wait for it, or pass --wait SECONDS"
        ) from None


@contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Let a Ctrl-C that arrives while we clean up wait until the cleanup is done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


def _abandon(writer) -> None:
    """Cancel a writer, even one whose files can no longer be written (a full disk): its lock
    is released, and its files are removed by `_remove_leftovers`."""
    if writer is None or writer.is_closed:
        return
    try:
        writer.cancel()
    except Exception:  # a writer that cannot cancel is closed part by part  # noqa: BLE001
        for part in (writer.perdocwriter, writer.fieldwriter):
            try:
                part.close()
            except Exception:  # closing what is left of a failed writer must not raise  # noqa: BLE001
                pass
        if writer.writelock:
            writer.writelock.release()
        writer.is_closed = True


def _fill(
    writer: Writer,
    old,
    found: Discovery,
    records: dict[str, dict],
    *,
    full: bool,
    progress: Progress | None,
    fields: dict[str, str] | None = None,
    dropped: Set[str] = frozenset(),
    jobs: int = 1,
    cluster: str | None = None,
    book: Book | None = None,
    listed: manifest.Listed | None = None,
) -> _Filling:
    """Add, replace and remove articles in ``writer``; ``old`` reads what was indexed.

    A file holds one article, or many (the records of a JSON export, the items of a wire
    file), each with its own id and digest, so an edited record is the only one parsed again.
    With ``full`` the writer starts empty (an index built anew or cleared at commit), so every
    article is added, and what was indexed for a file that cannot be read now is carried over
    from ``old``. Articles are parsed by ``jobs`` processes (`index.workers`) and written in
    the order they were read."""
    from .workers import ParsePool

    filling = _Filling(writer, old, records, full, fields, book or Book([]), listed)
    with ParsePool(jobs, cluster) as parses:
        for done, file in enumerate(found.files, 1):
            try:
                filling.read(file, parses)
            finally:
                if progress:
                    progress(done, len(found.files))
        for key, outcome in parses.drain():
            filling.write(key, outcome)
    filling.remove_gone(found, dropped)
    return filling


class _Filling:
    """What one `_fill` has done so far: counts, warnings, the articles kept, and the file
    list (`index.manifest`) of the index it leaves."""

    def __init__(
        self,
        writer: Writer,
        old,
        records: dict[str, dict],
        full: bool,
        fields,
        book: Book,
        listed: manifest.Listed | None = None,
    ) -> None:
        self.listed_before = listed  # the file list the records came from, if they did
        self.writer, self.old, self.records, self.full = writer, old, records, full
        self.fields, self.book = fields, book
        self.counts = dict(added=0, updated=0, removed=0, unchanged=0, paragraphs=0)
        self.skipped: list[str] = []
        self.kept: set[str] = set()
        # what the index holds after this fill, for the next update to compare against
        # (the records' own dicts, shared: an entry that changes is replaced, not changed)
        self.listed: dict[str, dict] = {} if full else dict(records)
        self.by_path: dict[str, list[str]] = {}
        for owner, record in records.items():
            if record.get(Field.PATH):
                self.by_path.setdefault(record[Field.PATH], []).append(owner)

    def read(self, file: ArticleFile, parses) -> None:
        """Read one file and queue the parse of each of its articles that changed."""
        counts, skipped, kept, records = self.counts, self.skipped, self.kept, self.records
        owners = self.by_path.get(file.real, [])
        stat = manifest.stat_of(file.real)  # before reading: a later change shows next time
        if (
            owners
            and not self.full
            and self.listed_before is not None
            and self.listed_before.trusted(stat)
            and self._as_listed(owners, file, stat)
        ):
            counts["unchanged"] += len(owners)  # the same size and time as when last read
            kept.update(owners)
            return
        # (imported here, past the check above: 100,000 unchanged files paid 0.2 s for them)
        from .parse import read_head
        from .reading import format_of, read_documents, read_file
        from .reading.document import Document

        try:
            fmt = format_of(file.path, read_head(file.path)) or "text"
            data = None
            if fmt == "jsonl":  # an export is read a record at a time: no size limit, twice
                digest = file_hash(file.path)
            else:  # one read, for the hash and the article
                check_size(file.path)
                data = file.path.read_bytes()
                digest = content_hash(data)
            if (
                not self.full
                and owners
                and all(_file_hash(records[o]) == digest for o in owners)
                and all(_file_id(o, records[o]) == file.id for o in owners)
                and all(self._corrections_kept(o) for o in owners)
            ):
                counts["unchanged"] += len(owners)
                kept.update(owners)
                for owner in owners:
                    self.listed[owner] = {**self.listed[owner], manifest.STAT: stat}
                return
            fields = self.fields
            documents: Iterable[Document] = (
                read_file(file.path, shown(file.path), fmt, fields=fields, warn=skipped.append)
                if data is None
                else read_documents(data, shown(file.path), fmt, fields=fields, warn=skipped.append)
            )
        except (OSError, ArticleError) as err:
            line = (
                f"{shown(file.path)}: cannot read ({err.strerror or err})"
                if isinstance(err, OSError)
                else str(err)
            )
            if owners:
                kept.update(owners)
                line += "; what was indexed for it stays"
                if self.full:
                    for owner in owners:
                        record = records[owner]
                        key = owner[owner.index("#") :] if "#" in owner else ""
                        _carry_over(self.writer, self.old, owner, file.id + key, record)
                        self.listed[owner] = manifest.slim(record)
            skipped.append(line)
            return
        self._queue(file, owners, documents, digest, parses, stat)

    def _queue(
        self, file: ArticleFile, owners, documents, digest: str, parses, stat: list[int] | None
    ) -> None:
        from .parse import article_id

        counts, skipped, kept = self.counts, self.skipped, self.kept
        seen, warned = 0, len(skipped)
        mine: set[str] = set()
        try:
            for document in documents:
                seen += 1
                owner = article_id(file.id, document)
                if owner in mine:
                    skipped.append(
                        f"{shown(file.path)}: a second record with the id {document.key!r}; "
                        "the first is indexed"
                    )
                    continue
                mine.add(owner)
                indexed = self.records.get(owner)
                own_digest = document.digest or digest
                if (
                    not self.full
                    and indexed is not None
                    and indexed.get(Field.CONTENT_HASH) == own_digest
                    and indexed.get(Field.PATH) == file.real  # not the same text elsewhere
                    and self._corrections_kept(owner)
                ):
                    counts["unchanged"] += 1
                    kept.add(owner)
                    continue
                key = (owner, indexed is not None, file, own_digest, digest, stat)
                for settled in parses.submit(key, document, owner, shown(file.path)):
                    self.write(*settled)
        except OSError as err:  # a file read a record at a time that failed part way
            kept.update(owners)
            skipped.append(
                f"{shown(file.path)}: cannot read ({err.strerror or err}); what was indexed "
                "for the rest of it stays"
            )
        if not seen:  # an export with no record that can be read: keep what it gave before
            kept.update(owners)
            if len(skipped) == warned:  # and say so, unless its records were warned about
                stays = "; what was indexed for it stays" if owners else ""
                skipped.append(f"{shown(file.path)}: no article records{stays}")

    def write(self, key, outcome) -> None:
        """Add one parsed article, or say why it has no parse; in the order read."""
        owner, indexed, file, own_digest, digest, stat = key
        from .workers import AnalysedArticle

        texts = None
        if isinstance(outcome, AnalysedArticle):  # parsed and analysed by a worker
            outcome, texts = outcome.article, outcome.texts
        if isinstance(outcome, ArticleError):
            self.skipped.append(str(outcome))
            if indexed:
                self.kept.add(owner)
            return
        outcome, stale = self.book.apply(outcome)
        self.skipped.extend(stale)
        if indexed:
            self.kept.add(owner)
            if not self.full:
                self.writer.delete(owner)
            self.counts["updated"] += 1
        else:
            self.counts["added"] += 1
        corrections = self.book.digest(owner)
        self.counts["paragraphs"] += _add_article(
            self.writer, outcome, file, own_digest, digest, corrections, texts
        )
        about = {"file_id": file.id, "file_hash": digest or own_digest, "corrections": corrections}
        record = {
            Field.PATH: str(file.path),
            Field.ROOT: file.root,
            Field.CONTENT_HASH: own_digest,
            Field.ATTRIBUTION: about,
        }
        self.listed[owner] = manifest.slim(record, stat)

    def _as_listed(self, owners: list[str], file: ArticleFile, stat: list[int] | None) -> bool:
        """Whether each article of a file was read from it, at this size and time, with the
        corrections it has now."""
        for owner in owners:
            record = self.records[owner]
            if (
                record.get(manifest.STAT) != stat
                or _file_id(owner, record) != file.id
                or not self._corrections_kept(owner)
            ):
                return False
        return True

    def _corrections_kept(self, owner: str) -> bool:
        """Whether the article was indexed with the corrections it has now."""
        record = self.records[owner].get("attribution") or {}
        return record.get("corrections", "") == self.book.digest(owner)

    def remove_gone(self, found: Discovery, dropped: Set[str]) -> None:
        """Remove the articles of files gone with their folder, no longer in a file that was
        read again, or dropped."""
        read = {f.real for f in found.files}
        for owner, record in self.records.items():
            if owner in self.kept:
                continue
            path = record.get(Field.PATH)
            if self.full or _scanned(record, found) or path in read or path in dropped:
                if not self.full:
                    self.writer.delete(owner)
                self.counts["removed"] += 1
                self.listed.pop(owner, None)


def _is_packaged_copy(path: str, demo: str) -> bool:
    """Whether ``path`` is the demo article ``demo`` as another installation ships it."""
    there, here = Path(path), Path(demo)
    return there.name == here.name and there.parent.parts[-2:] == here.parent.parts[-2:]


def _records(writer: Writer) -> dict[str, dict]:
    """What an update compares of each article record in the index (`index.manifest`)."""
    return {doc[Field.OWNER]: manifest.slim(doc) for doc in writer.records()}


def _file_id(owner: str, record: dict) -> str:
    """The id of the file an article record was read from: the article's own id, or for a
    record of a file of many (``export#12``) the file's."""
    return (record.get(Field.ATTRIBUTION) or {}).get("file_id") or owner


def _file_hash(record: dict) -> str | None:
    """The hash of the whole file an article record was read from."""
    return (record.get(Field.ATTRIBUTION) or {}).get("file_hash") or record.get(Field.CONTENT_HASH)


def _scanned(record: dict, found: Discovery) -> bool:
    """Whether a record's file would have been found by this run, had it still existed."""
    path, root = record.get(Field.PATH) or "", record.get(Field.ROOT) or ""
    return any(root == folder or is_within(path, folder) for folder in found.folders)


def _add_article(
    writer: Writer,
    article,
    file: ArticleFile,
    digest: str,
    file_hash: str = "",
    corrections: str = "",
    texts: tuple | None = None,
) -> int:
    """Add an article's record and paragraphs; ``texts``: each paragraph's text analysed by
    a worker (`index.workers.AnalysedArticle`), indexed as it is instead of analysed here."""
    speakers = dict.fromkeys(name for p in article.paragraphs for name in p.speakers)
    writer.put(
        {
            Field.KIND: ARTICLE,
            Field.OWNER: article.id,
            Field.CONTENT_HASH: digest,
            Field.PATH: str(file.path),
            Field.ROOT: file.root,
            # what `sitat articles` lists and every hit shows, without reading every paragraph
            Field.ATTRIBUTION: {
                "date": article.published,
                "title": article.title,
                "outlet": article.outlet,
                "url": article.url,
                "authors": list(article.authors),
                "agency": article.agency,
                "paragraphs": len(article.paragraphs),
                "speakers": list(speakers),
                "kinds": dict(article.speaker_kinds),
                "lang": article.lang,
                "file_hash": file_hash or digest,
                "file_id": file.id,
                "corrections": corrections,  # the digest of the corrections applied
            },
        }
    )
    for i, p in enumerate(article.paragraphs):
        searched = p.kind in SEARCHED_KINDS
        fields = {
            Field.OWNER: article.id,
            Field.N: p.n,
            # a caption is searched as text; its own kind is kept with its attribution
            Field.KIND: TEXT_KIND if searched else p.kind,
            Field.BODY: p.text,
            Field.ATTRIBUTION: {
                "kind": p.kind,
                "speakers": list(p.speakers),
                "sources": list(p.sources),
                "quotes": [dict(vars(q)) for q in p.quotes],  # asdict, without its deep copy
                "corrected": p.corrected,
            },
        }
        if searched:
            # Only text paragraphs (and captions) are searchable; the rest is context.
            fields.update(
                {
                    Field.ARTICLE: article.id,
                    Field.DATE: article.published,
                    Field.OUTLET: article.outlet,
                    Field.QUOTE: p.quote_kind,
                    Field.LANG: article.lang,
                    Field.SECTION: p.section,
                    Field.TEXT: p.text if texts is None or texts[i] is None else texts[i],
                    Field.SPEAKER: "\n".join(p.speakers),
                    Field.SOURCE: "\n".join(p.sources),
                    Field.SPEAKER_EXACT: ",".join(s.replace(",", " ") for s in p.speakers),
                    Field.SPEAKER_KIND: ",".join(
                        f"{article.speaker_kinds.get(s, 'person')}:{s.replace(',', ' ')}"
                        for s in p.speakers
                    ),
                    Field.SOURCE_EXACT: ",".join(s.replace(",", " ") for s in p.sources),
                }
            )
        writer.put({k: v for k, v in fields.items() if v is not None})
    return len(article.paragraphs)


def _carry_over(writer: Writer, old, owner: str, article_id: str, record: dict) -> None:
    """Copy an article as it was indexed (from ``old``) into a writer that starts empty."""
    article = stored_article(old, owner, article_id)
    if article is not None:
        file = ArticleFile(article_id, record[Field.PATH], record.get(Field.ROOT) or "")
        about = record.get(Field.ATTRIBUTION) or {}
        _add_article(
            writer, article, file, record.get(Field.CONTENT_HASH, ""), about.get("file_hash", "")
        )


# --- the directory -----------------------------------------------------------------------------


def _create(index_dir: Path):
    """A new, empty index in a new directory, readable by its owner only."""
    shutil.rmtree(index_dir, ignore_errors=True)
    index_dir.mkdir(mode=0o700, parents=True)
    ix = SyncedStorage(str(index_dir)).create_index(build_schema(), indexname=INDEX_NAME)
    write_file(index_dir / VERSION_FILE, f"{SCHEMA_VERSION}\n")
    return ix


def _swap_in(staging: Path, index_dir: Path) -> None:
    """Put the directory ``staging`` where ``index_dir`` is. Readers that open the index in
    the moment between the two renames retry (see `search.api`)."""
    if index_dir.is_dir() and not any(index_dir.iterdir()):
        index_dir.rmdir()
    if index_dir.exists():
        retired = index_dir.with_name(f".{index_dir.name}.retired-{os.getpid()}")
        os.replace(index_dir, retired)
        os.replace(staging, index_dir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.replace(staging, index_dir)
    sync_directory(index_dir.parent)


def _remove_leftovers(index_dir: Path, *, after_a_writer: bool) -> None:
    """Remove what killed or failed writers left: staging and retired directories beside the
    index, Whoosh's temporary files, and segment files no table of contents names. Runs under
    the write lock, so nothing it removes is in use by a writer.

    Segment files are looked for (which means reading the table of contents) only
    ``after_a_writer`` of ours that did not commit, or when a writer's temporary folder shows
    that one was killed: every Whoosh writer has one from its start to its end."""
    parent = index_dir.parent
    if parent.is_dir():
        for pattern in (f".{index_dir.name}.building-*", f".{index_dir.name}.retired-*"):
            for stale in parent.glob(pattern):
                if not _running(stale.name.rsplit("-", 1)[-1]):
                    shutil.rmtree(stale, ignore_errors=True)
    if not index_dir.is_dir() or read_version(index_dir) is None:
        return
    with suppress(OSError):  # a read-only index has none
        for stray in index_dir.glob(".*.tmp-*"):
            stray.unlink(missing_ok=True)
    temporary = index_dir / f"{INDEX_NAME}.tmp"
    if not (after_a_writer or temporary.exists()):
        return
    storage = SyncedStorage(str(index_dir))
    whoosh_lock = storage.lock(f"{INDEX_NAME}_WRITELOCK")
    try:
        if not whoosh_lock.acquire(blocking=False):
            return  # a writer that does not use our lock (an older sitat) is at work
    except OSError:
        return  # a read-only index: nothing of ours can be in it
    try:
        shutil.rmtree(temporary, ignore_errors=True)
        for stray in index_dir.glob(f"_{INDEX_NAME}_*.toc.*"):
            stray.unlink(missing_ok=True)
        from whoosh.index import clean_files

        toc = storage.open_index(INDEX_NAME)._read_toc()
        clean_files(storage, INDEX_NAME, toc.generation, toc.segments)
    except Exception as err:  # an unreadable index has nothing we can tell apart safely  # noqa: BLE001
        release_failed_read(err)
    finally:
        whoosh_lock.release()


def _running(pid: str) -> bool:
    """Whether the writer whose process id names a build folder is still at work (another
    process's, alive): its folder is not a leftover, even when the lock file was deleted under
    it and a second writer got a lock of its own."""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, and another user's
        return True
    return True


def _size_of(directory: Path) -> int:
    total = 0
    for path in directory.glob("*") if directory.is_dir() else ():
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total


def _write_error(index_dir: Path, err: OSError, needed: int = 0) -> SitatError:
    """One line for a failed write; nothing was changed."""
    where = shown(index_dir)
    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        try:
            free = shutil.disk_usage(
                next(p for p in (index_dir, *index_dir.parents) if p.exists())
            ).free
        except (OSError, StopIteration):
            free = 0
        return DiskFull(
            f"the disk is full: updating the index in {where} needs about "
            f"{_mb(max(needed, free + 1))} free and {_mb(free)} is; free some space "
            "and run it again (the index is as it was)"
        )
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return IndexReadOnly(f"cannot write the index in {where}: {err.strerror}")
    return IndexReadOnly(f"cannot write the index in {where}: {err.strerror or err}")


def _mb(size: int) -> str:
    return f"{max(1, round(size / 1e6))} MB"
