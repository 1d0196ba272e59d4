"""Reading article files: plain text, saved news pages, JSON exports and wire XML, one module
per format. Each gives `Document`s (blocks of text and metadata) for `index.parse`.

The format is chosen by the file's extension and, where the extension allows more than one,
by its first bytes (a saved page named .txt is read as a page; an .xml file as NITF or
NewsML-G2)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ArticleError

if TYPE_CHECKING:  # searching imports FORMATS from here, and never needs the readers
    from .document import Document

FORMATS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "wire",
    ".nitf": "wire",
    ".newsml": "wire",
}
FORMAT_NAMES = {
    "text": "text",
    "html": "web page",
    "json": "JSON",
    "jsonl": "JSON Lines",
    "wire": "wire XML",
}


def format_of(path: str | Path, data: bytes) -> str | None:
    """The format of a file: by its extension, then by its first bytes."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if fmt in ("text", "wire") and head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if fmt == "text" and head.startswith(b"<?xml"):
        from .wire import is_wire

        return "wire" if is_wire(data) else fmt
    return fmt


def read_file(
    path: Path,
    name: str,
    fmt: str,
    *,
    fields: dict[str, str] | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterable[Document]:
    """The articles of the file ``path``. JSON Lines is read a record at a time (an export of
    any size, in the memory of one record, the size limit applying to each record); any other
    file is one read, within the size limit for one article (`index.sources.check_size`)."""
    from ..sources import article_limit, check_size

    if fmt == "jsonl":
        from .records import stream_lines

        limit = int(article_limit() * 1_000_000)
        return stream_lines(path, name, limit=limit, fields=fields, warn=warn or (lambda _: None))
    check_size(path)
    return read_documents(path.read_bytes(), name, fmt, fields=fields, warn=warn)


def read_documents(
    data: bytes,
    name: str,
    fmt: str,
    *,
    fields: dict[str, str] | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Document]:
    """The articles in a file's bytes; an ArticleError when it holds none that can be read.
    A bad record in a file of many is passed to ``warn`` and left out."""
    warnings: list[str] = []
    say = warn or warnings.append
    if fmt == "text":
        from .text import decode, read_text

        return [read_text(decode(data, name))]
    if fmt == "html":
        from .html import read_html

        return [read_html(data, name)]
    if fmt in ("json", "jsonl"):
        from .records import read_records
        from .text import decode

        found = list(
            read_records(decode(data, name), name, lines=fmt == "jsonl", fields=fields, warn=say)
        )
        if not found:
            raise ArticleError(
                warnings[0] if warnings and len(warnings) == 1 else f"{name}: no article records"
            )
        return found
    if fmt == "wire":
        from .wire import read_wire

        found = list(read_wire(data, name))
        if not found:
            raise ArticleError(f"{name}: no news item with a body")
        return found
    raise ArticleError(f"{name}: not a format sitat reads")


__all__ = ["FORMATS", "FORMAT_NAMES", "format_of", "read_documents", "read_file"]
