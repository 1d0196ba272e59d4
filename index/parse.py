"""From a read document to the article model: paragraphs, kinds, sections, attribution and
what the article says about itself (headline, outlet, date, link, authors, agency)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from .article import Article, Kind, Paragraph
from .attribution import attribute
from .credits import credit_agencies
from .errors import ArticleError
from .lexicon import CUE_VERBS
from .reading import format_of, read_file
from .reading.document import Block, Document, Metadata
from .reading.furniture import furniture, trailing_agency
from .reading.text import read_text
from .shown import shown
from .standard import written_standard
from .syntax import DASH_QUOTE, kind_of_line

_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
# "…, sa Solberg" at a dash quote's end: the quote's attribution, its full stop left out
_ATTRIBUTION_AT_END = re.compile(r",\s+(\w+)\s+\w[\w.-]*(?:\s+\w[\w.-]*){0,3}$")
_BYLINE = re.compile(r"(?:Av|Tekst:)\s+[A-ZÆØÅ][\w.-]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w.-]+){1,4}$")
MAX_HEADING_WORDS = 14
# Only web addresses are links: a page's "javascript:" URL must never reach the web page.
_WEB_ADDRESS = re.compile(r"https?://[^\s]+\Z", re.IGNORECASE)


def read_article(path: str | Path, fields: dict[str, str] | None = None) -> Article:
    """Parse the article in ``path`` (the first, in a file of many); its id is the file name
    without its extension."""
    articles = read_articles(path, fields)
    return articles[0]


def read_articles(
    path: str | Path,
    fields: dict[str, str] | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Article]:
    """Every article in the file ``path``: one, or one per record of a JSON export or news
    item of a wire file (ids ``<file name>#<record>``)."""
    path = Path(path)
    name = shown(path)
    try:
        fmt = format_of(path, read_head(path)) or "text"
        documents = list(read_file(path, name, fmt, fields=fields, warn=warn))
    except IsADirectoryError:
        raise ArticleError(f"{name}: is a directory, not an article file") from None
    except OSError as err:
        raise ArticleError(f"{name}: cannot read ({err.strerror or err})") from None
    if not documents:
        raise ArticleError(f"{name}: no article records")
    return [parse_document(doc, article_id(path.stem, doc), origin=name) for doc in documents]


def read_head(path: Path, size: int = 4096) -> bytes:
    """The first bytes of a file, which tell its format."""
    with open(path, "rb") as file:
        return file.read(size)


def article_id(file_id: str, document: Document) -> str:
    """A file's article id, and a record's within a file of many: ``export#12``."""
    return f"{file_id}#{document.key}" if document.key is not None else file_id


def parse_article(text: str, article_id: str = "article", origin: str | None = None) -> Article:
    """The article in the plain ``text`` with every paragraph's kind, section and attribution.
    ``origin`` names the text in error messages (default: the article id)."""
    return parse_document(read_text(text), article_id, origin)


def parse_document(
    document: Document, article_id: str = "article", origin: str | None = None
) -> Article:
    """The article a reader found, with every paragraph's kind, section and attribution."""
    blocks = [b for b in document.blocks if b.text]
    if not blocks:
        raise ArticleError(f"{origin or article_id}: no text to parse (the article is empty)")
    meta = document.meta
    paragraphs = []
    section: str | None = None
    for n, (block, (kind, sources, said)) in enumerate(zip(blocks, layout(blocks), strict=True)):
        if said is not None:
            meta = meta.merged(said)
        text = block.text
        if kind == "heading":
            section = text
        agency = trailing_agency(text) if kind == "text" else None
        if agency:
            meta = meta.merged(Metadata(agency=agency))
        paragraphs.append(Paragraph(n=n, kind=kind, section=section, text=text, sources=sources))
    lang = written_standard("\n\n".join(b.text for b in blocks))
    # A caption is read as text ("HJERNEFORSKER: – …, sier forsker X" quotes X), as the
    # plain-text layout, which cannot tell captions apart, has always done; it keeps its kind.
    # Quotation marks of other conventions are read as «» ("…", “…”, ”…”).
    as_text = tuple(
        replace(p, kind="text" if p.kind == "caption" else p.kind, text=guillemets(p.text))
        for p in paragraphs
    )
    try:
        attributed, kinds = attribute(as_text, lang)
    except (IndexError, KeyError, ValueError, TypeError, AttributeError) as err:
        # a fault in our rules, not in the article: one line that says so, never a traceback,
        # and an index build goes on with the other articles (`workers.parse`)
        raise ArticleError(
            f"{origin or article_id}: attribution failed ({type(err).__name__}: {err}); "
            "please report this article"
        ) from err
    attributed = tuple(
        replace(
            a,
            kind=p.kind,
            text=p.text,
            quotes=tuple(replace(q, text=p.text[q.start : q.end].strip(" ,")) for q in a.quotes),
        )
        if a.text != p.text or p.kind == "caption"
        else a
        for a, p in zip(attributed, paragraphs, strict=True)
    )
    return Article(
        id=article_id,
        published=meta.published,
        paragraphs=attributed,
        speaker_kinds=kinds,
        lang=lang,
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url if meta.url and _WEB_ADDRESS.match(meta.url) else None,
        authors=meta.authors,
        agency=meta.agency,
    )


_CURLY = str.maketrans({"“": "«", "”": "»"})


def guillemets(text: str) -> str:
    """The text with its double quotation marks as «» (one character for one, so every
    offset holds): straight "…" pairs in order, English “…” and German „…“ by their shapes,
    Swedish ”…” (one mark for both ends) in order. Marks that do not pair are left alone."""
    if "„" in text:  # German: „…“
        text = text.replace("„", "«").replace("“", "»")
    elif "“" in text:  # English: “…”
        text = text.translate(_CURLY)
    for mark in ('"', "”"):
        if mark in text and text.count(mark) % 2 == 0:
            chars, opening = list(text), True
            for i, ch in enumerate(chars):
                if ch == mark:
                    chars[i], opening = ("«" if opening else "»"), not opening
            text = "".join(chars)
    return text


def layout(blocks: Sequence[Block]) -> list[tuple[Kind, tuple[str, ...], Metadata | None]]:
    """Each block's kind, credited agencies and what it says about the article: as its
    markup says, else by its text and its neighbours."""
    classified = [classify(b.text, b.kind) for b in blocks]
    for n, block in enumerate(blocks):
        kind, sources, said = classified[n]
        if block.kind is not None or kind != "heading":
            continue
        if n + 1 < len(blocks) and classified[n + 1][0] == "credit":
            classified[n] = ("text", sources, said)  # a photo caption: its credit follows it
        elif n > 0 and is_photographer_line(block.text):
            # only the photographer: "Øyvind Sivertsen"; the first line is the headline, a
            # portrait's being the person's name ("Grethe Spanne Ledaal")
            classified[n] = ("credit", sources, said)
    return classified


def classify(
    block: str, marked: Kind | None = None
) -> tuple[Kind, tuple[str, ...], Metadata | None]:
    """(kind, credited agencies, what it says about the article) of one paragraph. ``marked``
    is the kind the file's markup gave it, if any."""
    said = furniture(block) if marked in (None, "furniture") else None
    if said is not None:
        return "furniture", ((said.agency,) if said.agency else ()), said
    if marked == "furniture":
        return "furniture", (), None
    if marked in ("heading", "caption"):
        return marked, (), None
    agencies = credit_agencies(block)
    if marked == "credit":
        return "credit", agencies or (), None
    if marked == "text":
        return "text", (), None
    if agencies is not None:
        return "credit", agencies, None
    if is_heading(block):
        return "heading", (), None
    return "text", (), None


def is_photographer_line(block: str) -> bool:
    """A line that is nothing but a person's name, which the entity recogniser calls a person."""
    words = block.split()
    if not 2 <= len(words) <= 4 or not all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in words
    ):
        return False
    return kind_of_line(block) == "person"  # the model loads only when a line needs it


def is_heading(block: str) -> bool:
    """A sub-heading: short, one sentence, no sentence-final full stop or colon, not a quote."""
    if block.rstrip("»”\"')").endswith((".", ":", ";", ",", "…")) or len(block) > 120:
        return False
    if _BYLINE.match(block):
        return False  # "Av Sjur Natvig": who wrote it
    if DASH_QUOTE.match(block) and block.endswith(("?", "!")):
        # a question put in an interview ("– Er fysisk aktivitet bedre …?"), an exclamation
        # ("- Det er ny rekord i antall Lotto-millionærer på ett år!")
        return False
    attribution = _ATTRIBUTION_AT_END.search(block) if DASH_QUOTE.match(block) else None
    if attribution and attribution.group(1).casefold() in CUE_VERBS:
        return False  # "– Han kommer hjem så snart som mulig, sa Solberg": a quote, unstopped
    if len(block.split()) > MAX_HEADING_WORDS:
        return False
    return not _SENTENCE_BREAK.search(block)
