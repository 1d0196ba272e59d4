"""Reading a built index: opening it (or saying in one line why it cannot be read), its
version, and an article as the index holds it.

The search side needs only this of the store: opening an index to read imports nothing of
building or updating one (`index.store`)."""

from __future__ import annotations

import gc
import hashlib
import warnings
from pathlib import Path

from .durable import SyncedStorage
from .errors import IndexDamaged, IndexMissing
from .schema import ARTICLE, SCHEMA_VERSION, Field
from .shown import shown

VERSION_FILE = "sitat-version"
INDEX_NAME = "MAIN"  # Whoosh's name for the index inside its directory


def content_hash(data: bytes) -> str:
    """The hash an article's record keeps of its file's bytes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def open_index(index_dir: str | Path):
    """The Whoosh index in ``index_dir``, or an error that says how to get a working one."""
    index_dir = Path(index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexDamaged(
            f"index path {shown(index_dir)} is a file, not a directory; pass another --index"
        )
    missing = IndexMissing(f"no index in {shown(index_dir)}; build one with: sitat index PATH")
    if not index_dir.is_dir():
        raise missing
    version = read_version(index_dir)
    try:
        ix = SyncedStorage(str(index_dir)).open_index(INDEX_NAME)
    except Exception as err:  # Whoosh reports damage as anything from EOFError to pickle errors  # noqa: BLE001
        from whoosh.index import EmptyIndexError

        if isinstance(err, EmptyIndexError):
            raise missing from None
        raise damaged(index_dir, err) from None
    if version != SCHEMA_VERSION:
        raise IndexDamaged(
            f"the index in {shown(index_dir)} was built by another version of "
            "sitat; update it with: sitat index"
        )
    return ix


def damaged(index_dir: Path, err: BaseException) -> IndexDamaged:
    """The error for an index Whoosh could not read."""
    release_failed_read(err)
    return IndexDamaged(
        f"the index in {shown(index_dir)} is damaged ({type(err).__name__}); "
        "rebuild it with: sitat index --full"
    )


def release_failed_read(err: BaseException) -> None:
    """A failed read leaves Whoosh's open files behind in the traceback's frames; close them
    now, quietly, rather than have them warned about at exit."""
    import traceback  # only on this failure's path: it costs a search 1.5 ms to start

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
        return {doc[Field.OWNER]: doc for doc in searcher.documents(kind=ARTICLE)}


def stored_documents(searcher, owner: str) -> tuple[dict, list[dict]]:
    """The stored fields of article ``owner``: its record ({} if none) and its paragraphs
    in order."""
    docs = [searcher.stored_fields(n) for n in searcher.document_numbers(owner=owner)]
    record: dict = next((d for d in docs if d.get(Field.KIND) == ARTICLE), {})
    return record, sorted(
        (d for d in docs if d.get(Field.KIND) != ARTICLE), key=lambda d: d[Field.N]
    )


def stored_article(searcher, owner: str, article_id: str | None = None):
    """The article ``owner`` as the index holds it (paragraphs, attribution), or None."""
    from .article import Article, Paragraph, Quote

    record, paragraphs = stored_documents(searcher, owner)
    if not paragraphs:
        return None
    about = record.get(Field.ATTRIBUTION) or {}
    return Article(
        id=article_id or owner,
        speaker_kinds=dict(about.get("kinds", {})),
        lang=about.get("lang", "nb"),
        published=about.get("date"),
        title=about.get("title"),
        outlet=about.get("outlet"),
        url=about.get("url"),
        authors=tuple(about.get("authors", ())),
        agency=about.get("agency"),
        paragraphs=tuple(
            Paragraph(
                n=d[Field.N],
                kind=d[Field.ATTRIBUTION].get("kind", d[Field.KIND]),
                section=d.get(Field.SECTION),
                text=d[Field.BODY],
                quote_kind=d.get(Field.QUOTE, "none"),
                speakers=tuple(d[Field.ATTRIBUTION]["speakers"]),
                sources=tuple(d[Field.ATTRIBUTION]["sources"]),
                quotes=tuple(Quote.from_dict(q) for q in d[Field.ATTRIBUTION]["quotes"]),
                corrected=bool(d[Field.ATTRIBUTION].get("corrected")),
            )
            for d in paragraphs
        ),
    )
