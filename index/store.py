"""Building and updating the index on disk, safely for anyone reading it at the same time.

Safety rests on Whoosh's own design, which we keep to: a commit writes new segment files and
then a new table of contents by rename, so a reader sees the old generation or the new one,
never a mix; the write lock is an `flock`, released by the kernel when a writer dies, so a
SIGKILLed `sitat index` leaves the previous generation searchable and blocks no one. An update
is one commit: an article's paragraphs and its record (content hash, path) change together.

Only a rebuild that must change the schema (a new sitat version) cannot be done in place: it is
built in a sibling directory and swapped in by rename.
"""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import time
import traceback
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError, LockError

from .errors import ArticleError, IndexDamaged, IndexLocked, IndexMissing, IndexReadOnly, SitatError
from .schema import ARTICLE, SCHEMA_VERSION, TEXT_KIND, build_schema

VERSION_FILE = "sitat-version"
WRITER_MEMORY_MB = 256

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ArticleFile:
    """An article on disk. ``root`` is the directory it was found under (None for a file named
    on its own); the article's id is its path relative to that root, without ``.txt``."""

    id: str
    path: Path
    root: str | None


@dataclass(frozen=True)
class UpdateReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    paragraphs: int = 0
    seconds: float = 0.0
    skipped: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        return (f"{self.added} added, {self.updated} updated, {self.removed} removed, "
                f"{self.unchanged} unchanged in {self.seconds:.2f}s")


def discover(paths: Iterable[str | Path]) -> tuple[list[ArticleFile], list[str]]:
    """Every article named: files as given, directories searched for ``*.txt`` recursively.
    Also returns, one line each, the ``*.txt`` entries that are not files that can be read
    (broken links, sockets, pipes)."""
    found: list[ArticleFile] = []
    unusable: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            root = path.resolve()
            for file in sorted(path.rglob("*.txt")):
                if file.is_file():
                    rel = file.relative_to(path).with_suffix("").as_posix()
                    found.append(ArticleFile(rel, file, str(root)))
                elif not file.is_dir():
                    unusable.append(f"{file}: not a regular file (a broken link?)")
        elif path.is_file():
            found.append(ArticleFile(path.stem, path, None))
        elif path.exists():
            raise ArticleError(f"{path}: not a file or directory")
        else:
            raise ArticleError(f"{path}: no such file or directory")
    return found, unusable


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def open_index(index_dir: str | Path):
    """The Whoosh index in ``index_dir``, or an error that says how to get a working one."""
    index_dir = Path(index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexDamaged(f"index path {index_dir} is a file, not a directory; "
                           "pass another --index")
    missing = IndexMissing(f"no index in {index_dir}; build one with: sitat index PATH")
    if not index_dir.is_dir():
        raise missing
    version = read_version(index_dir)
    try:
        ix = whoosh_index.open_dir(str(index_dir))
    except EmptyIndexError:
        raise missing from None
    except Exception as err:  # Whoosh reports damage as anything from EOFError to pickle errors
        raise damaged(index_dir, err) from None
    if version != SCHEMA_VERSION:
        raise IndexDamaged(f"the index in {index_dir} was built by another version of sitat; "
                           "rebuild it with: sitat index --full PATH")
    return ix


def damaged(index_dir: Path, err: BaseException) -> IndexDamaged:
    """The error for an index Whoosh could not read."""
    release_failed_read(err)
    return IndexDamaged(f"the index in {index_dir} is damaged ({type(err).__name__}); "
                        "rebuild it with: sitat index --full PATH")


def release_failed_read(err: BaseException) -> None:
    """A failed read leaves Whoosh's open files behind in the traceback's frames; close them
    now, quietly, rather than have them warned about at exit."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        traceback.clear_frames(err.__traceback__)
        err.__traceback__ = None
        gc.collect()


def read_version(index_dir: Path) -> int | None:
    try:
        return int((index_dir / VERSION_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def indexed_articles(ix) -> dict[str, dict]:
    """The article records of an index, by article id."""
    with ix.searcher() as searcher:
        return {doc["owner"]: doc for doc in searcher.documents(kind=ARTICLE)}


def update_index(index_dir: str | Path, paths: Iterable[str | Path], *, full: bool = False,
                 wait: float = 0.0, progress: Progress | None = None) -> UpdateReport:
    """Bring the index in ``index_dir`` up to date with the articles under ``paths``.

    Unchanged articles (same content hash) are skipped, changed ones replaced, new ones added,
    and articles whose files have gone from an indexed directory removed. ``full`` rebuilds from
    scratch. Files that cannot be read or parsed are skipped and reported; what is already
    indexed for them stays."""
    started = time.perf_counter()
    files, unusable = discover(paths)
    index_dir = Path(index_dir)
    try:
        ix = open_index(index_dir)
    except (IndexMissing, IndexDamaged):
        if index_dir.is_file():
            raise
        if index_dir.is_dir() and any(index_dir.iterdir()):
            if not _holds_an_index(index_dir):
                # Never replace (and so delete) a directory of someone's own files.
                raise IndexDamaged(f"{index_dir} is not empty and holds no sitat index; "
                                   "pass a new or empty directory to --index") from None
            return _rebuild_beside(index_dir, files, unusable, wait, progress, started)
        _create(index_dir)
        ix = whoosh_index.open_dir(str(index_dir))
    report = _write(ix, files, full=full, wait=wait, progress=progress)
    return _timed(report, started, unusable)


def _holds_an_index(index_dir: Path) -> bool:
    """Whether a directory has a sitat or Whoosh index in it, whole or damaged."""
    return (index_dir / VERSION_FILE).exists() or any(index_dir.glob("*MAIN_*"))


def _timed(report: UpdateReport, started: float, unusable: list[str]) -> UpdateReport:
    return UpdateReport(**{**report.__dict__, "seconds": time.perf_counter() - started,
                           "skipped": tuple(unusable) + report.skipped})


def _create(index_dir: Path) -> None:
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        whoosh_index.create_in(str(index_dir), build_schema())
        _write_version(index_dir)
    except PermissionError:
        raise IndexReadOnly(f"cannot write the index in {index_dir}: permission denied") from None


def _write_version(index_dir: Path) -> None:
    temp = index_dir / f".{VERSION_FILE}.tmp"
    temp.write_text(f"{SCHEMA_VERSION}\n")
    os.replace(temp, index_dir / VERSION_FILE)


def _rebuild_beside(index_dir: Path, files: list[ArticleFile], unusable: list[str],
                    wait: float, progress: Progress | None, started: float) -> UpdateReport:
    """Build a fresh index next to a damaged or outdated one, then swap it in by rename, so
    readers have the old directory until the new one is complete."""
    staging = index_dir.with_name(f".{index_dir.name}.building-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    _create(staging)
    report = _write(whoosh_index.open_dir(str(staging)), files, full=True, wait=wait,
                    progress=progress)
    retired = index_dir.with_name(f".{index_dir.name}.retired-{os.getpid()}")
    try:
        os.replace(index_dir, retired)
        os.replace(staging, index_dir)
    except OSError as err:
        raise IndexReadOnly(f"cannot replace the index in {index_dir}: {err.strerror}") from None
    shutil.rmtree(retired, ignore_errors=True)
    return _timed(report, started, unusable)


def _write(ix, files: list[ArticleFile], *, full: bool, wait: float,
           progress: Progress | None) -> UpdateReport:
    # Imported here: searching opens indexes through this module and needs none of them.
    from whoosh.writing import CLEAR, MERGE_SMALL

    from .codec import FastLengthsCodec
    from .parse import decode, parse_article

    records = {} if full else indexed_articles(ix)
    try:
        writer = ix.writer(timeout=wait, limitmb=WRITER_MEMORY_MB, codec=FastLengthsCodec())
    except LockError:
        raise IndexLocked(f"another sitat index is writing {ix.storage.folder}; "
                          "wait for it, or pass --wait SECONDS") from None
    except PermissionError:
        raise IndexReadOnly(f"cannot write the index in {ix.storage.folder}: "
                            "permission denied") from None
    counts = dict(added=0, updated=0, removed=0, unchanged=0, paragraphs=0)
    skipped: list[str] = []
    try:
        seen: set[str] = set()
        for done, file in enumerate(files, 1):
            seen.add(file.id)
            try:
                data = file.path.read_bytes()
                digest = content_hash(data)
                record = records.get(file.id)
                if record is not None and record.get("content_hash") == digest:
                    counts["unchanged"] += 1
                    continue
                article = parse_article(decode(data, str(file.path)), file.id, str(file.path))
            except OSError as err:
                skipped.append(f"{file.path}: cannot read ({err.strerror or err})")
                continue
            except ArticleError as err:
                skipped.append(str(err))
                continue
            finally:
                if progress:
                    progress(done, len(files))
            if record is not None:
                writer.delete_by_term("owner", file.id)
                counts["updated"] += 1
            else:
                counts["added"] += 1
            counts["paragraphs"] += _add_article(writer, article, file, digest)
        roots = {file.root for file in files if file.root}
        for article_id, record in records.items():
            if article_id not in seen and record.get("root") in roots:
                writer.delete_by_term("owner", article_id)
                counts["removed"] += 1
        changed = full or counts["added"] or counts["updated"] or counts["removed"]
        if changed:
            writer.commit(mergetype=CLEAR if full else MERGE_SMALL)
        else:
            writer.cancel()
    except BaseException:
        writer.cancel()
        raise
    return UpdateReport(**counts, skipped=tuple(skipped))


def _add_article(writer, article, file: ArticleFile, digest: str) -> int:
    writer.add_document(kind=ARTICLE, owner=article.id,
                        content_hash=digest, path=str(file.path), root=file.root or "")
    for p in article.paragraphs:
        fields = dict(owner=article.id,
                      n=p.n, kind=p.kind, body=p.text,
                      attribution={"speakers": list(p.speakers), "sources": list(p.sources),
                                   "quotes": [q.__dict__ for q in p.quotes]})
        if p.kind == TEXT_KIND:
            # Only text paragraphs are searchable; headings and credits are context.
            fields.update(article=article.id, date=article.date, quote=p.quote,
                          section=p.section, text=p.text,
                          speaker="\n".join(p.speakers), source="\n".join(p.sources),
                          speaker_exact=",".join(s.replace(",", " ") for s in p.speakers),
                          source_exact=",".join(s.replace(",", " ") for s in p.sources))
        writer.add_document(**{k: v for k, v in fields.items() if v is not None})
    return len(article.paragraphs)


def previous_paths(index_dir: str | Path) -> list[str]:
    """The directories and single files an index was built from, to scan again."""
    try:
        records = indexed_articles(open_index(index_dir))
    except SitatError:
        return []
    roots = {r["root"] for r in records.values() if r.get("root")}
    files = {r["path"] for r in records.values() if not r.get("root")}
    return sorted(roots) + sorted(files)
