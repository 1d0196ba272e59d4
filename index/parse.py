"""From article text to the article model: cleaning, paragraphs, kinds, sections."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from .article import Article, Kind, Paragraph
from .attribution import attribute
from .credits import credit_agencies
from .errors import ArticleError
from .sources import CONTROL, check_size
from .standard import written_standard
from .syntax import DASH_QUOTE, kind_of_line

_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2})(?:-\d{2})?(?=\s)[ \t]*")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_SPACE = re.compile(r"\s+")
_OTHER_SPACE = re.compile(r"[^\S\n ]")
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
# A terminal's escape sequences, whole: CSI ("\x1b[2J", or C1 "\x9b31m") and OSC
# ("\x1b]0;title\x07")
_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
_BYLINE = re.compile(r"(?:Av|Tekst:)\s+[A-ZÆØÅ][\w.-]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w.-]+){1,4}$")
MAX_HEADING_WORDS = 14


def read_article(path: str | Path) -> Article:
    """Parse the article in ``path``; its id is the file name without ``.txt``."""
    path = Path(path)
    try:
        check_size(path)
        data = path.read_bytes()
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory, not an article file") from None
    except OSError as err:
        raise ArticleError(f"{path}: cannot read ({err.strerror or err})") from None
    return parse_article(decode(data, str(path)), article_id=path.stem, origin=str(path))


def decode(data: bytes, name: str) -> str:
    """Bytes of an article file as text, or a one-line ArticleError naming the file.

    UTF-8 (with or without a BOM) and UTF-16 with a BOM are read; anything with NUL bytes
    that is not UTF-16 is not text (a PDF or a Word file renamed .txt, say)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: not a text file (broken UTF-16)") from None
    if b"\x00" in data or data.startswith(b"%PDF"):
        raise ArticleError(f"{name}: not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"{name}: not UTF-8 text (byte {err.start}); convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None


def parse_article(text: str, article_id: str = "article", origin: str | None = None) -> Article:
    """The article in ``text`` with every paragraph's kind, section and attribution.
    ``origin`` names the text in error messages (default: the article id)."""
    date, blocks = split_blocks(text)
    if not blocks:
        raise ArticleError(f"{origin or article_id}: no text to parse (the article is empty)")
    paragraphs = []
    section: str | None = None
    classified = [classify(block) for block in blocks]
    for n, block in enumerate(blocks):
        kind, sources = classified[n]
        if kind == "heading" and n + 1 < len(blocks) and classified[n + 1][0] == "credit":
            kind = "text"  # a photo caption: the credit for its picture follows it
        elif kind == "heading" and is_photographer_line(block):
            kind = "credit"  # a credit that names only the photographer: "Øyvind Sivertsen"
        if kind == "heading":
            section = block
        paragraphs.append(Paragraph(n=n, kind=kind, section=section, text=block, sources=sources))
    lang = written_standard(text)
    attributed, kinds = attribute(tuple(paragraphs), lang)
    return Article(id=article_id, date=date, paragraphs=attributed, speaker_kinds=kinds, lang=lang)


def clean(text: str) -> str:
    """One spelling of the text: NFC, LF line ends, no BOM or invisible marks, plain spaces,
    and no control characters (an article must not be able to drive a terminal)."""
    # Each step copies the text only when it has something to change: a 50 MB article is
    # 100 MB or more in memory, and every copy alive at once counts at the peak.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROL.search(text):  # after the line ends are made "\n"
        text = CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))
    return _OTHER_SPACE.sub(" ", text) if _OTHER_SPACE.search(text) else text


def split_blocks(text: str) -> tuple[str | None, list[str]]:
    """(date, paragraph texts). Blocks are separated by blank lines; a text with no blank
    line at all has one paragraph per line."""
    text = clean(text)
    date = None
    found = _DATE.match(text)
    if found:
        date, text = found.group(1), text[found.end() :]
    text = text.strip()
    raw = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    blocks = [_SPACE.sub(" ", b).strip() for b in raw]
    return date, [b for b in blocks if b]


def classify(block: str) -> tuple[Kind, tuple[str, ...]]:
    """(kind, credited agencies) of one paragraph."""
    agencies = credit_agencies(block)
    if agencies is not None:
        return "credit", agencies
    if is_heading(block):
        return "heading", ()
    return "text", ()


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
    if DASH_QUOTE.match(block) and block.endswith("?"):
        return False  # a question put in an interview: "– Er fysisk aktivitet bedre …?"
    if len(block.split()) > MAX_HEADING_WORDS:
        return False
    return not _SENTENCE_BREAK.search(block)
