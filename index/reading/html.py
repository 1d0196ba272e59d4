"""Saved news pages: the article's text and metadata, extracted with trafilatura.

trafilatura decides what is the article and what is page furniture (navigation, "Les også"
boxes, share buttons, ads, comments, scripts); htmldate finds the publication date; trafilatura's
metadata reads JSON-LD ``NewsArticle``, OpenGraph and ``<meta>`` for headline, publisher, author
and canonical URL.

trafilatura keeps the text of one element, the article body, and so drops a lede that sits
beside it (NRK's ``article-lead``, VG's and Aftenposten's ingress) and figure captions, and may
put what it recovers out of order. So the page is walked once more, in document order, keeping
what trafilatura kept, plus the lede (a paragraph marked lead/ingress) and each figure's caption
and credit: paragraphs and headings are then as the page has them.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter

from ..errors import ArticleError
from .dates import iso_date
from .document import Block, BlockKind, Document, Metadata
from .outlets import outlet_of_url
from .text import one_paragraph

_LEDE = re.compile(
    r"(?:^|[-_\s])(?:lead|lede|ingress|standfirst|intro|preamble|summary|description|"
    r"article-lead|leadtext)(?:$|[-_\s])",
    re.IGNORECASE,
)
_CREDIT_CLASS = re.compile(r"credit|byline|photographer|copyright|fotograf|kilde", re.IGNORECASE)
_CREDIT_TEXT = re.compile(r"\s*\b((?:Foto|FOTO|Illustrasjon|Bilde|Video)\s*:.*)$")
_BLOCK_TAGS = {"p", "h2", "h3", "h4", "figcaption", "blockquote", "li"}
_HEADINGS = {"h2", "h3", "h4"}
_OUTSIDE = {"nav", "aside", "footer", "form", "button", "script", "style", "noscript"}
_NOT_A_NAME = re.compile(r"(?:publisert|oppdatert|av|tekst|foto)\b", re.IGNORECASE)
MAX_DEPTH = 256  # elements nested deeper than this are not walked (50 MB of <div> is no page)


MAX_PARAGRAPH = 5000  # characters: longer is a wrapper of paragraphs, not one
MAX_PIECES = 500  # text nodes, likewise


def read_html(data: bytes, name: str) -> Document:
    """The article in a saved news page, or an ArticleError when the page has none."""
    import trafilatura  # only pages need it (it imports lxml and more)
    from trafilatura import bare_extraction

    tree = trafilatura.load_html(data)
    if tree is None:
        raise ArticleError(f"{name}: not an HTML page sitat can read")
    page = copy.deepcopy(tree)  # trafilatura prunes the tree it is given
    try:
        found = bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except RecursionError:
        raise ArticleError(f"{name}: the page is nested too deeply to read") from None
    kept = _kept_blocks(getattr(found, "body", None))
    if not kept:
        raise ArticleError(f"{name}: no article text found in the page (skipped)")
    meta = _metadata(page, found)
    articles = page.xpath("//article")
    headlined = _headlined(articles, meta.title)
    kept = _without_other_stories(articles, kept, headlined)
    blocks = _in_page_order(page, kept, headlined)
    return Document(tuple(blocks), meta)


def _kept_blocks(body) -> list[Block]:
    """trafilatura's paragraphs and headings, in its order."""
    if body is None:
        return []
    blocks = []
    for element in body:
        text = one_paragraph(" ".join(element.itertext()))
        if not text or (element.tag == "head" and element.get("rend") == "h1"):
            continue  # the headline is the article's title, not a paragraph of it
        kind: BlockKind = "heading" if element.tag == "head" else "text"
        if element.tag == "list":
            for item in element:
                item_text = one_paragraph(" ".join(item.itertext()))
                if item_text:
                    blocks.append(Block(item_text, "text"))
            continue
        blocks.append(Block(text, kind))
    return blocks


def _without_other_stories(articles: list, kept: list[Block], ours) -> list[Block]:
    """The kept blocks less those of another story on the page: when one <article> carries
    the page's headline in its <h1>, text that stands in another <article> with its own <h1>,
    and not (or not as often) in this one, is that story's (Dagbladet appends the next article
    to the page, and trafilatura takes both)."""
    if ours is None:
        return kept
    stories = [a for a in articles if next(a.iter("h1"), None) is not None]
    own = Counter(_texts(ours))
    nested = set(ours.iterancestors()) | set(ours.iterdescendants())
    others = {
        t for story in stories if story is not ours and story not in nested for t in _texts(story)
    }
    found = []
    for block in kept:
        key = _spaceless(block.text)
        if key in others:
            if own[key] == 0:
                continue  # the other story's paragraph
            own[key] -= 1
        found.append(block)
    return found


def _texts(root) -> list[str]:
    """The text of every element below ``root`` that holds a paragraph's worth or less,
    without its spaces (a link inside a word, "<a>Manchester United</a>-comeback", joins
    with a space where trafilatura has none)."""
    texts = []
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag not in ("script", "style"):
            pieces: list[str] = []
            size = 0
            for piece in element.itertext():  # stop early: a wrapper holds whole stories
                size += len(piece) + 1
                if size > MAX_PARAGRAPH or len(pieces) > MAX_PIECES:
                    break
                pieces.append(piece)
            else:
                if text := _spaceless(" ".join(pieces)):
                    texts.append(text)
    return texts


def _spaceless(text: str) -> str:
    return "".join(text.split())


def _headlined(articles: list, title: str | None):
    """The one <article> whose <h1> is the page's headline, or None."""
    key = _headline_key(title)
    ours = [
        a
        for a in articles
        if any(_headline_key(" ".join(h.itertext())) == key for h in a.iter("h1"))
    ]
    return ours[0] if key and len(ours) == 1 else None


def _headline_key(text: str | None) -> str:
    """A headline compared without case, punctuation or spacing ("- Angsten vil øke")."""
    return "".join(c for c in (text or "").casefold() if c.isalnum())


def _article_root(page, headlined):
    """The element that holds the article: the one <article> whose <h1> is the page's
    headline (``headlined``), else the <article> with the most text, else <main>, else the
    whole page."""
    if headlined is not None:
        return headlined
    articles = page.xpath("//article")
    if articles:
        return max(articles, key=lambda a: len(" ".join(a.itertext())))
    mains = page.xpath("//main")
    return mains[0] if mains else page


def _in_page_order(page, kept: list[Block], headlined) -> list[Block]:
    """The kept blocks in the page's order, with the lede and figure captions and credits
    that trafilatura leaves out. When the kept text cannot all be found in the page's
    paragraphs, trafilatura's own order stands, with the lede before it."""
    kinds = {block.text: block.kind for block in kept}
    wanted = Counter(block.text for block in kept)  # a paragraph may stand twice
    root = _article_root(page, headlined)
    blocks: list[Block] = []
    ledes: list[Block] = []
    body_started = False
    for element in _walk(root):
        tag = element.tag
        if tag == "figcaption":
            blocks.extend(_figure_blocks(element))
            continue
        text = one_paragraph(" ".join(element.itertext()))
        if not text:
            continue
        if wanted[text] > 0:
            kind = "heading" if tag in _HEADINGS else kinds[text]
            blocks.append(Block(text, kind))
            wanted[text] -= 1
            body_started = True
        elif (
            tag in ("p", "div")
            and not body_started
            and text not in {b.text for b in ledes}
            and _is_lede(element, root)
        ):
            blocks.append(Block(text, "text"))
            ledes.append(Block(text, "text"))
    if any(n > 0 for n in wanted.values()):
        lede_texts = {b.text for b in ledes}
        return ledes + [b for b in kept if b.text not in lede_texts]
    return blocks


def _walk(root, depth: int = 0):
    """Block elements below ``root`` in document order, not inside navigation, asides,
    footers or forms, and not inside another block element (a <p> in a <blockquote> is the
    blockquote's)."""
    if depth > MAX_DEPTH:
        return
    for child in root:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _OUTSIDE:
            continue
        holds_paragraphs = tag in ("blockquote", "li") and child.find(".//p") is not None
        if tag in _BLOCK_TAGS and not holds_paragraphs:
            yield child
        elif tag == "div" and _LEDE.search(child.get("class", "")) and not _has_blocks(child):
            yield child  # a lede written straight into a <div class="lead">
        else:
            yield from _walk(child, depth + 1)


def _has_blocks(element) -> bool:
    return any(
        isinstance(e.tag, str) and e.tag in _BLOCK_TAGS | {"div"} for e in element.iterdescendants()
    )


def _is_lede(element, root) -> bool:
    """A paragraph the page marks as the lede (itself or a wrapper inside the article)."""
    node = element
    while node is not None and node is not root:
        marks = " ".join(node.get(a, "") for a in ("class", "itemprop", "data-test-tag"))
        if _LEDE.search(marks):
            return True
        node = node.getparent()
    return False


def _figure_blocks(caption) -> list[Block]:
    """A figure's caption and credit as their own paragraphs."""
    credits = [
        one_paragraph(" ".join(e.itertext()))
        for e in caption.iter()
        if e is not caption and _CREDIT_CLASS.search(e.get("class", ""))
    ]
    credit = next((c for c in credits if c), None)
    text = one_paragraph(" ".join(caption.itertext()))
    first = False  # the credit before the caption, as the page has them
    if credit:
        first = text.startswith(credit)
        text = one_paragraph(text.replace(credit, " "))
    else:
        split = _CREDIT_TEXT.search(text)
        if split:
            credit, text = split.group(1).strip(), text[: split.start()].strip()
    blocks = [Block(text, "caption")] if text else []
    if credit:
        blocks.insert(0 if first else len(blocks), Block(credit, "credit"))
    return blocks


def _metadata(page, found) -> Metadata:
    """Headline, publisher, date, canonical URL and authors, from JSON-LD, OpenGraph and
    <meta> (through trafilatura and htmldate)."""
    from htmldate import find_date

    ld = _news_article(page)
    url = (found.url if found is not None else None) or _text(ld.get("url"))
    publisher = ld.get("publisher")
    outlet = _text(publisher.get("name") if isinstance(publisher, dict) else publisher)
    outlet = outlet or (found.sitename if found is not None else None) or outlet_of_url(url)
    published = iso_date(ld.get("datePublished")) if ld.get("datePublished") else None
    if published is None:
        day = find_date(page, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z")
        if day:
            published = iso_date(day.replace("T00:00:00", "")[:10] if "T00:00:00" in day else day)
    if "author" in ld:  # the page's own structured data says who wrote it, if anyone
        authors = _authors(ld.get("author"))
    else:
        authors = _split_authors(found.author if found else None)
    authors = [a for a in authors if not _NOT_A_NAME.match(a)]
    title = _text(ld.get("headline")) or (found.title if found is not None else None)
    agency = next((a for a in authors if a.upper() in ("NTB", "ANB", "NPK", "TT")), None)
    return Metadata(
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        authors=tuple(a for a in authors if a != agency),
        agency=agency.upper() if agency else None,
    )


def _news_article(page) -> dict:
    """The first JSON-LD object of an article type on the page ({} when none)."""
    for script in page.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(str(k).endswith("Article") for k in kinds):  # NewsArticle, Reportage…
                return item
    return {}


def _ld_items(data) -> list[dict]:
    if isinstance(data, list):
        return [item for each in data for item in _ld_items(each)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data] + (_ld_items(graph) if isinstance(graph, list) else [])
    return []


def _text(value) -> str | None:
    if isinstance(value, str) and value.strip():
        return one_paragraph(value)
    return None


def _authors(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _text(item.get("name")) if isinstance(item, dict) else _text(item)
        if name:
            names.append(name)
    return names


def _split_authors(value: str | None) -> list[str]:
    if not value:
        return []
    return [a.strip() for a in re.split(r";|\s+og\s+|,", value) if a.strip()]
