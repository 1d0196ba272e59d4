"""Wire XML as news agencies deliver it: NITF, and NewsML-G2 news items carrying NITF or
XHTML. Parsed with defusedxml: a document type with entities (a "billion laughs") or an
external entity (``SYSTEM "file:///etc/passwd"``) is refused, never expanded or fetched.

Read: the headline (``hl1``, ``headline``), the paragraphs and sub-headings of the body
(``p``, ``hl2``; a ``media-caption`` and ``media-producer`` as caption and credit), the
publication time (``date.issue``, ``contentCreated``, ``firstCreated``), the byline and the
agency (``distributor``, ``provider``, ``creditline``)."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import ArticleError
from .dates import iso_date
from .document import Block, BlockKind, Document, Metadata
from .furniture import AGENCIES
from .outlets import outlet_of_url
from .text import one_paragraph

_BODY_TAGS: dict[str, BlockKind | None] = {
    "p": None,
    "hl2": "heading",
    "h2": "heading",
    "h3": "heading",
}


def is_wire(head: bytes) -> bool:
    """Whether the start of a file looks like NITF or NewsML-G2."""
    start = head[:4096].lower()
    return b"<nitf" in start or b"newsitem" in start or b"newsmessage" in start


def read_wire(data: bytes, name: str) -> Iterator[Document]:
    """Each article in a wire file (one NITF document, or each NewsML-G2 news item)."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ArticleError(
            f"{name}: the XML declares entities or refers to outside files; not read"
        ) from None
    except ParseError as err:
        raise ArticleError(f"{name}: not well-formed XML ({err})") from None
    items = [e for e in root.iter() if _local(e.tag) == "newsItem"]
    if _local(root.tag) == "nitf":
        yield _nitf_document(root, Metadata())
    elif items:
        for item in items:
            meta = _newsml_meta(item)
            nitf = next((e for e in item.iter() if _local(e.tag) == "nitf"), None)
            body = nitf if nitf is not None else _find(item, "body")
            if body is None:
                continue
            doc = _nitf_document(body, meta)
            key = item.get("guid") if len(items) > 1 else None
            yield Document(doc.blocks, doc.meta, key=key)
    else:
        raise ArticleError(f"{name}: neither NITF nor NewsML-G2 (its root is <{_local(root.tag)}>)")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(element, name: str):
    return next((e for e in element.iter() if _local(e.tag) == name), None)


def _text(element) -> str | None:
    if element is None:
        return None
    text = one_paragraph(" ".join(element.itertext()))
    return text or None


def _nitf_document(root, meta: Metadata) -> Document:
    """The body of an NITF document (or of an XHTML body), with what its head says."""
    content = _find(root, "body.content")
    if content is None:
        content = _find(root, "body") if _local(root.tag) != "body" else root
    blocks: list[Block] = []
    for element in content.iter() if content is not None else ():
        tag = _local(element.tag)
        if tag in _BODY_TAGS:
            text = _text(element)
            if text:
                blocks.append(Block(text, _BODY_TAGS[tag]))
        elif tag == "media-caption":
            text = _text(element)
            if text:
                blocks.append(Block(text, "caption"))
        elif tag == "media-producer":
            text = _text(element)
            if text:
                blocks.append(Block(text, "credit"))
    tagline = _text(_find(root, "tagline"))
    if tagline:
        blocks.append(Block(tagline, "furniture"))
    issued = _find(root, "date.issue")
    distributor = _text(_find(root, "distributor"))
    byline = _text(_find(root, "byline"))
    own = Metadata(
        title=_text(_find(root, "hl1")) or _text(_find(root, "title")),
        published=iso_date(issued.get("norm")) if issued is not None else None,
        url=next(
            (e.get("href") for e in root.iter() if _local(e.tag) == "link" and e.get("href")), None
        ),
        authors=_byline(byline),
        agency=_agency(distributor),
    )
    meta = meta.merged(own)
    if meta.outlet is None:
        meta = meta.merged(Metadata(outlet=outlet_of_url(meta.url) or meta.agency))
    return Document(tuple(blocks), meta)


def _newsml_meta(item) -> Metadata:
    created = _text(_find(item, "contentCreated")) or _text(_find(item, "firstCreated"))
    provider = _find(item, "provider")
    agency = None
    if provider is not None:
        agency = _agency(provider.get("literal") or (provider.get("qcode") or "").split(":")[-1])
    agency = agency or _agency(_text(_find(item, "creditline")))
    creators = [
        _text(_find(c, "name")) or c.get("literal")
        for c in item.iter()
        if _local(c.tag) == "creator"
    ]
    by = _text(_find(item, "by"))
    link = next(
        (
            e.get("href")
            for e in item.iter()
            if _local(e.tag) == "link" and (e.get("rel") or "").endswith("canonical")
        ),
        None,
    )
    return Metadata(
        title=_text(_find(item, "headline")),
        published=iso_date(created) if created else None,
        url=link,
        authors=tuple(c for c in creators if c) or _byline(by),
        agency=agency,
    )


def _agency(text: str | None) -> str | None:
    if not text:
        return None
    word = text.strip().strip("()©").strip().upper()
    return AGENCIES.get(word, text.strip())


def _byline(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    text = text.removeprefix("Av ").removeprefix("av ").strip()
    return tuple(a.strip() for a in text.replace(" og ", ",").split(",") if a.strip())
