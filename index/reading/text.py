"""Plain-text articles: blocks between blank lines, an optional ` date YYYY-MM ` prefix, and a
metadata block at the top (a headline, "Publisert 12.03.2019 kl. 14.05", a URL, "Av NAME")."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import ArticleError
from ..shown import CONTROL
from .document import Block, Document, Metadata
from .furniture import furniture

_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s)[ \t]*")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_SPACE = re.compile(r"\s+")
_OTHER_SPACE = re.compile(r"[^\S\n ]")
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
# A terminal's escape sequences, whole: CSI ("\x1b[2J", or C1 "\x9b31m") and OSC
# ("\x1b]0;title\x07")
_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"
)
MAX_TITLE_CHARS = 200


def read_text(text: str) -> Document:
    """The blocks of a plain-text article and what its first lines say about it."""
    date, blocks = split_blocks(text)
    meta = Metadata(published=date)
    lines = _metadata_lines(blocks[0]) if blocks else None
    if lines is not None:
        title, found = lines
        meta = meta.merged(found)
        if title:
            meta = Metadata(title=title).merged(meta)
        head = ([Block(title, "furniture")] if title else []) + [
            Block(line, "furniture") for line in blocks[0].split("\n")[1 if title else 0 :]
        ]
        return Document(tuple(head) + tuple(Block(_one_line(b)) for b in blocks[1:]), meta)
    return Document(tuple(Block(_one_line(b)) for b in blocks), meta)


def _metadata_lines(block: str) -> tuple[str | None, Metadata] | None:
    """A first block of several lines that are all metadata, the first perhaps a headline:
    (headline, what the lines say); None when the block is article text."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    found = [furniture(line) for line in lines]
    title = None
    if found[0] is None and len(lines[0]) <= MAX_TITLE_CHARS:
        title, found = lines[0], found[1:]
    if not found or any(f is None for f in found):
        return None
    meta = Metadata()
    for each in found:
        assert each is not None
        meta = meta.merged(each)
    return title, meta


def _one_line(block: str) -> str:
    return _SPACE.sub(" ", block).strip()


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
    """(date, paragraph texts with their line breaks). Blocks are separated by blank lines;
    a text with no blank line at all has one paragraph per line."""
    text = clean(text)
    date = None
    found = _DATE.match(text)
    if found:
        date, text = found.group(1), text[found.end() :]
    text = text.strip()
    raw = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return date, [b.strip() for b in raw if b.strip()]


def one_paragraph(text: str) -> str:
    """A block of text as one paragraph: cleaned, its runs of white space one space."""
    return _one_line(clean(text))
