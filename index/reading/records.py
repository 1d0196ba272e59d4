"""JSON exports: one article per record, in JSON Lines (``.jsonl``, ``.ndjson``) or JSON (an
object, a list of objects, or an object holding such a list under "articles", "items",
"documents" or "data").

The usual field names are recognised (`FIELDS`); others are named with a mapping such as
``body=brodtekst,published=pubdato``. The body may be a string (paragraphs between blank
lines, as in a text file) or a list of paragraphs (strings, or objects with "text" and
perhaps "type": "heading"). Each record keeps a stable key: its own id, else its line (JSON
Lines) or place (JSON). A bad record is a warning naming its line; the others are read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import ArticleError
from .dates import iso_date
from .document import Block, BlockKind, Document, Metadata
from .outlets import outlet_of_url
from .text import one_paragraph, read_text


def megabytes(size: int) -> str:
    """A size as people read it: "52 MB", "0.1 MB"."""
    return f"{size / 1_000_000:,.0f} MB" if size >= 10_000_000 else f"{size / 1_000_000:.1f} MB"


FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "uuid", "guid", "article_id", "articleId", "doc_id"),
    "title": ("title", "headline", "tittel", "overskrift", "name"),
    "body": ("body", "text", "content", "articleBody", "brodtekst", "paragraphs", "tekst"),
    "lede": ("lede", "lead", "ingress", "description", "summary", "standfirst"),
    "published": (
        "published",
        "date",
        "datePublished",
        "published_at",
        "publishedAt",
        "pubdate",
        "publisert",
        "dato",
        "created",
    ),
    "url": ("url", "link", "canonical", "canonical_url", "href", "lenke"),
    "outlet": ("outlet", "publisher", "source", "site", "sitename", "avis", "kilde"),
    "authors": ("authors", "author", "byline", "forfatter", "forfattere", "creator"),
    "agency": ("agency", "byrå"),
}
_HEADING_TYPES = ("heading", "subheading", "h2", "h3", "mellomtittel")
CONTAINERS = ("articles", "items", "documents", "data", "results", "hits")
Warn = Callable[[str], None]


def parse_fields(text: str | None) -> dict[str, str]:
    """``body=brodtekst,published=pubdato`` as {sitat's field: the export's field}."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        ours, sep, theirs = part.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not theirs or ours not in FIELDS:
            raise ArticleError(
                f"--fields {part.strip()!r}: write FIELD=NAME, FIELD one of " + ", ".join(FIELDS)
            )
        mapping[ours] = theirs
    return mapping


def read_records(
    text: str, name: str, *, lines: bool, fields: dict[str, str] | None = None, warn: Warn
) -> Iterator[Document]:
    """Each article of a JSON or JSON Lines export, with its key and digest."""
    return _documents(_records(text, name, lines=lines, warn=warn), name, fields or {}, warn)


def stream_lines(
    path: Path, name: str, *, limit: int, fields: dict[str, str] | None = None, warn: Warn
) -> Iterator[Document]:
    """Each article of a JSON Lines file, read a line at a time: an export of any size is
    read in the memory of one record, and a record over ``limit`` bytes (the limit for one
    article) is a warning."""
    return _documents(_file_lines(path, name, limit, warn), name, fields or {}, warn)


def _file_lines(path: Path, name: str, limit: int, warn: Warn):
    """(key, where, record) of each line of a JSON Lines file."""
    with open(path, "rb") as lines:
        for number, raw in enumerate(lines, 1):
            if len(raw) > limit:
                warn(
                    f"{name}: line {number}: {megabytes(len(raw))} is over the "
                    f"{limit / 1_000_000:g} MB limit for one article "
                    "(set SITAT_MAX_MB to change it)"
                )
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                warn(f"{name}: line {number}: not UTF-8 (byte {err.start})")
                continue
            yield from _parsed_line(line, number, name, warn)


def _documents(records, name: str, fields: dict[str, str], warn: Warn) -> Iterator[Document]:
    for key, where, record in records:
        if not isinstance(record, dict):
            warn(f"{name}: {where}: not a JSON object")
            continue
        try:
            document = _document(record, fields)
        except ArticleError as err:
            warn(f"{name}: {where}: {err}")
            continue
        own = _first(record, "id", fields)
        if isinstance(own, str | int) and not isinstance(own, bool) and str(own).strip():
            key = str(own).strip()
        digest = hashlib.blake2b(
            json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8"), digest_size=16
        ).hexdigest()
        yield Document(document.blocks, document.meta, key=key, digest=digest)


def _records(text: str, name: str, *, lines: bool, warn: Warn):
    """(key, where, record) of each record."""
    if lines:
        for number, line in enumerate(text.split("\n"), 1):
            yield from _parsed_line(line, number, name, warn)
        return
    try:
        data = json.loads(text)
    except ValueError as err:
        if "\n{" in text.strip():  # JSON Lines saved as .json
            yield from _records(text, name, lines=True, warn=warn)
            return
        raise ArticleError(f"{name}: not valid JSON ({_reason(err)})") from None
    except RecursionError:
        raise ArticleError(f"{name}: nested too deeply to read") from None
    if isinstance(data, dict):
        inner = next((data[k] for k in CONTAINERS if isinstance(data.get(k), list)), None)
        if inner is None:
            yield "1", "the record", data
            return
        data = inner
    if not isinstance(data, list):
        raise ArticleError(f"{name}: holds no article records (a JSON object or list)")
    for number, record in enumerate(data, 1):
        yield str(number), f"record {number}", record


def _parsed_line(line: str, number: int, name: str, warn: Warn):
    if not line.strip():
        return
    try:
        yield str(number), f"line {number}", json.loads(line)
    except ValueError as err:
        warn(f"{name}: line {number}: not valid JSON ({_reason(err)})")
    except RecursionError:
        warn(f"{name}: line {number}: nested too deeply")


def _reason(err: ValueError) -> str:
    return str(err).split(":")[0]


def _first(record: dict, field: str, fields: dict[str, str]):
    names = (fields[field],) if field in fields else FIELDS[field]
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def _document(record: dict, fields: dict[str, str]) -> Document:
    body = _first(record, "body", fields)
    if body is None:
        raise ArticleError("no article text (a body, text or content field)")
    blocks = _body_blocks(body)
    lede = _first(record, "lede", fields)
    if isinstance(lede, str) and lede.strip():
        first = one_paragraph(lede)
        if not blocks or blocks[0].text != first:
            blocks.insert(0, Block(first))
    if not any(b.text for b in blocks):
        raise ArticleError("the article text is empty")
    url = _string(_first(record, "url", fields))
    outlet = _first(record, "outlet", fields)
    if isinstance(outlet, dict):
        outlet = outlet.get("name")
    published = _first(record, "published", fields)
    meta = Metadata(
        title=_string(_first(record, "title", fields)),
        outlet=_string(outlet) or outlet_of_url(url),
        published=iso_date(published) if published is not None else None,
        url=url,
        authors=_authors(_first(record, "authors", fields)),
        agency=_string(_first(record, "agency", fields)),
    )
    return Document(tuple(blocks), meta)


def _body_blocks(body) -> list[Block]:
    if isinstance(body, str):
        return list(read_text(body).blocks)
    if not isinstance(body, list):
        raise ArticleError("the article text is neither a string nor a list of paragraphs")
    blocks = []
    kind: BlockKind | None
    for item in body:
        if isinstance(item, str):
            text, kind = item, None
        elif isinstance(item, dict):
            text = item.get("text") or item.get("content") or ""
            kind_name = str(item.get("type") or item.get("kind") or "").lower()
            kind = "heading" if kind_name in _HEADING_TYPES else None
        else:
            continue
        if isinstance(text, str) and text.strip():
            blocks.append(Block(one_paragraph(text), kind))
    return blocks


def _string(value) -> str | None:
    if isinstance(value, str) and value.strip():
        return one_paragraph(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _authors(value) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str):
            names += [n.strip() for n in item.replace(" og ", ",").split(",") if n.strip()]
    return tuple(names)
