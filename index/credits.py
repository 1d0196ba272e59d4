"""Photo credits: "OSMAN ORSAL / REUTERS", "Foto: Ola Nordmann / NTB scanpix", "NAME,AGENCY"."""

from __future__ import annotations

import re

from .lexicon import KNOWN_OUTLETS

# A news agency's name in capitals, alone at a wire story's end: who wrote it
_WIRE_SIGNATURES = frozenset({"NTB", "ANB", "NPK", "TT", "AFP", "AP", "DPA", "REUTERS", "RITZAU"})
_PREFIX = re.compile(r"^(?:foto|photo|illustrasjon|bilde|video)\s*:\s*", re.IGNORECASE)
_SLASH = re.compile(r"\s*/\s*")
_SLASH_OR_COMMA = re.compile(r"\s*[/,]\s*")
_AND = re.compile(r"\s+(?:og|and)\s+")
# "Hommedal, Marit / SCANPIX": a photographer written surname first, then the agencies
_SURNAME_FIRST = re.compile(r"^[A-ZÆØÅ][a-zæøå-]+, [A-ZÆØÅ][a-zæøå-]+(?: [A-ZÆØÅ][a-zæøå.-]*)?\s*/")
_ALL_CAPS_COMMA = re.compile(r"^[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+)*\s*,\s*[^\W\d_][^,]*$")


def credit_agencies(text: str) -> tuple[str, ...] | None:
    """The agencies named by a photo credit, or None when ``text`` is not a credit."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()  # "(Foto: Jean-Francois Badias/AP)"
    if text.endswith(".") and _SLASH_OR_COMMA.split(text[:-1])[-1].casefold() in KNOWN_OUTLETS:
        text = text[:-1]  # "Ron Schwane / AP / NTB scanpix.": a credit with a full stop
    if len(text) > 100 or text.endswith((".", "!", "?", ":", ";")):
        return None
    if (text.casefold() in KNOWN_OUTLETS and len(text) > 4) or text in _WIRE_SIGNATURES:
        return (normalise_agency(text),)  # "NTB scanpix" on its own line; "NTB" ending a story
    prefixed = _PREFIX.match(text)
    if prefixed and _SURNAME_FIRST.match(text[prefixed.end() :]):
        text = text[prefixed.end() :]  # "Foto: Hommedal, Marit / SCANPIX": one photographer
    elif prefixed:
        # "FOTO: Heiko Junge, NTB scanpix": after the label a comma separates like a slash
        segments = [s for s in _SLASH_OR_COMMA.split(text[prefixed.end() :]) if s]
        if not segments or any(len(s.split()) > 5 for s in segments):
            return None
        if "/" not in text and len(segments) == 2 and not _is_agency_like(segments[1]):
            return ()  # "Foto: Pernille Storholm Skaret, Norsk Tipping": the photo's owner
        return _agencies(segments)
    if "/" in text:
        segments = _SLASH.split(text)
        photographer, _, agency = segments[0].rpartition(",")
        if photographer and agency.strip().casefold() in _PHOTO_AGENCIES:
            # "Jens Meyer, AP / NTB scanpix": the agency after the photographer's comma
            segments = [photographer.strip(), agency.strip(), *segments[1:]]
        if len(segments) < 2 or not all(_is_credit_segment(s) for s in segments):
            return None
        if not any(_is_agency_like(s) for s in segments[1:]):
            return None
        return _agencies(segments)
    if _ALL_CAPS_COMMA.match(text) and (text.isupper() or _person_then_outlet(text)):
        # "LISE ÅSERUD,NTB", "Rune Stoltz Bertinussen, NTB scanpix"
        segments = [s.strip() for s in text.split(",")]
        if all(_is_credit_segment(s) for s in segments):
            return _agencies(segments)
    return None


def normalise_agency(name: str) -> str:
    """'REUTERS' -> 'Reuters', 'NTB scanpix' -> 'NTB Scanpix', 'dha' -> 'DHA'."""
    name = " ".join(name.split())
    known = KNOWN_OUTLETS.get(name.casefold())
    if known:
        return known
    words = []
    for word in name.split():
        letters = re.sub(r"\W", "", word)
        if len(letters) <= 4 and (word.isupper() or word.islower()):
            words.append(word.upper())
        elif word.isupper() or word.islower():
            words.append(word.capitalize())
        else:
            words.append(word)
    return " ".join(words)


def _agencies(segments: list[str]) -> tuple[str, ...]:
    first, rest = segments[0], segments[1:]
    agencies = rest if _is_photographer(first) else segments
    # "Av Helge Rønning Birkelund/FriFagbevegelse og NTB": two agencies, not one
    named = [a for s in agencies for a in _AND.split(s) if a.strip()]
    return tuple(dict.fromkeys(normalise_agency(s) for s in named))


def _is_photographer(segment: str) -> bool:
    if segment.casefold() in KNOWN_OUTLETS:
        return False
    words = segment.split()
    return not (len(words) == 1 and len(words[0]) <= 4)


def _is_credit_segment(segment: str) -> bool:
    words = segment.split()
    return (
        1 <= len(words) <= 4
        and all(w[0].isalpha() for w in words)
        and not re.search(r"[.!?:;«»\"]", segment)
    )


# Agencies that credit photographs, for a credit written as "Name, Agency"
_PHOTO_AGENCIES = frozenset(
    {
        "ntb",
        "ntb scanpix",
        "scanpix",
        "anb",
        "npk",
        "tt",
        "tt nyhetsbyrån",
        "afp",
        "ap",
        "ap photo",
        "reuters",
        "reuter",
        "ritzau",
        "ritzau scanpix",
        "dpa",
        "epa",
        "getty images",
        "bildbyrån",
        "shutterstock",
    }
)


def _person_then_outlet(text: str) -> bool:
    """ "Rune Stoltz Bertinussen, NTB scanpix": a name of two to four words, then a photo
    agency ("Oslo, NTB" is a place; "Kari Hansen, NRK" may be a byline)."""
    name, outlet = (s.strip() for s in text.rsplit(",", 1))
    words = name.split()
    return (
        outlet.casefold() in _PHOTO_AGENCIES
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
    )


def _is_agency_like(segment: str) -> bool:
    return (
        segment.casefold() in KNOWN_OUTLETS
        or segment.isupper()
        or any(w.isupper() and len(w) >= 2 for w in segment.split())
    )
