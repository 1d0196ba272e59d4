"""Page furniture: the lines around an article that are not its text.

Link lines ("LES OGSÅ: …", "Se video"), publication lines ("Publisert 12.03.2019 kl. 14.05"),
a URL alone, a byline ("Av Sjur Natvig") and an agency's signature ("(©NTB)") are kept as
paragraphs of kind ``furniture`` (so paragraph numbers stay those of the text), never searched,
never a heading, never anyone's words; what they say about the article becomes its metadata.
"""

from __future__ import annotations

import re

from .dates import date_in
from .document import Metadata

AGENCIES = {
    "NTB": "NTB",
    "ANB": "ANB",
    "NPK": "NPK",
    "TT": "TT",
    "AFP": "AFP",
    "AP": "AP",
    "REUTERS": "Reuters",
    "RITZAU": "Ritzau",
    "DPA": "dpa",
}
_AGENCY = "|".join(AGENCIES)
_LINK = re.compile(
    r"(?:les også|les mer|se også|se video|se bildene|se flere bilder|hør podkast)"
    r"\s*(?::|$|-|–)",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"(publisert|oppdatert|sist oppdatert|først publisert)\b:?", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+")
_BYLINE = re.compile(
    r"(?:Av|Tekst:|Tekst og foto:)\s+([A-ZÆØÅ][\w.-]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w.-]+){1,6})"
)
_SIGNATURE = re.compile(rf"\(\s*(?:©\s*)?({_AGENCY})\s*\)", re.IGNORECASE)
_SOURCE_LINE = re.compile(rf"Kilde:\s*({_AGENCY})\.?", re.IGNORECASE)  # "Kilde: NTB"
_TRAILING_SIGNATURE = re.compile(rf"\(\s*(?:©\s*)?({_AGENCY})\s*\)\s*$")
MAX_FURNITURE_CHARS = 200


def furniture(block: str) -> Metadata | None:
    """What a furniture line says about its article (an empty Metadata when nothing), or None
    when the block is not furniture."""
    if len(block) > MAX_FURNITURE_CHARS:
        return None
    if _LINK.match(block):
        return Metadata()
    signature = _SIGNATURE.fullmatch(block.strip()) or _SOURCE_LINE.fullmatch(block.strip())
    if signature:
        return Metadata(agency=AGENCIES[signature.group(1).upper()])
    published = _PUBLISHED.match(block)
    if published:
        when = date_in(block)
        if when is None:
            return None  # "Publiserte mer enn 300 forskningsartikler" is a sentence
        if published.group(1).lower() in ("oppdatert", "sist oppdatert"):
            return Metadata()  # when it changed, not when it was published
        return Metadata(published=when)
    if _URL.fullmatch(block.strip()):
        url = block.strip()
        return Metadata(url=url if "://" in url else f"https://{url}")
    byline = _BYLINE.fullmatch(block.strip())
    if byline:
        return Metadata(authors=tuple(re.split(r"\s+og\s+", byline.group(1))))
    return None


def trailing_agency(block: str) -> str | None:
    """The agency signed at the end of a paragraph: "… før 60 millioner kubikkmeter. (NTB)"."""
    found = _TRAILING_SIGNATURE.search(block)
    return AGENCIES[found.group(1).upper()] if found else None
