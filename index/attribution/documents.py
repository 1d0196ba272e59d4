"""A document's words: "…, heter det i en uttalelse fra Semenya", "står det i dommen", "heter
det i en pressemelding": whose statement, ruling or release the quote is."""

from __future__ import annotations

import re

from ..lexicon import known_outlet
from ..names import is_name_token, join_name, name_span
from .mentions import subject_after
from .story import Evidence, Reading, Subject


def statement_after_quote(r: Reading, k: int, limit: int) -> tuple[Subject, int, Evidence] | None:
    """'…, heter det i en uttalelse fra Semenya': the body or person a statement is from."""
    tokens = r.tokens
    end = r.clause_end(tokens[k].end, limit)
    if k + 1 >= len(tokens) or tokens[k + 1].lower != "det":
        return None
    court = ruling_court(r, k + 2, end)
    if court is not None:  # "…, står det å lese i dommen": the court speaks through it
        return court, end, Evidence.of("quote.ruling", k, court)
    if tokens[k].lower != "heter":
        return None
    origin = next(
        (
            i
            for i in range(k + 2, min(k + 8, len(tokens)))
            if tokens[i].start < end and tokens[i].lower == "fra"
        ),
        None,
    )
    if origin is None:
        # "…, heter det i en uttalelse Tesla har sendt til Road & Track": the name that sent it
        origin = next(
            (
                i - 1
                for i in range(k + 3, min(k + 8, len(tokens) - 1))
                if tokens[i].start < end
                and is_name_token(tokens[i].text)
                and tokens[name_span(tokens, i)].lower in ("har", "hadde")
            ),
            None,
        )
    subject = subject_after(r, origin + 1, "heter") if origin is not None else None
    if subject is None or not subject.names:
        subject = document_owner(r, k + 2, end)
    if subject is None:
        return None
    return subject, end, Evidence.of("quote.statement", k, subject)


# "i en pressemelding", "på deres nettsider", "i Mattilsynets pressemelding"
_DOCUMENT = re.compile(
    r"\s*(?:i|på)\s+(?:(?P<their>deres|sin|sitt|sine)\s+|(?P<owner>[A-ZÆØÅ][\w-]*s)\s+|en\s+|et\s+)?"
    r"(?P<noun>pressemelding|uttalelse|kunngjøring|nettsider?|nettsted)(?:en|a|ene|et)?\b"
)


def document_owner(r: Reading, i: int, end: int) -> Subject | None:
    """Whose release or web page "heter det i …" at token ``i`` quotes: the owner in the
    genitive ("i Mattilsynets pressemelding"); for "deres" the body quoted last; for "en
    pressemelding" the body an earlier "pressemelding fra X" named. None otherwise."""
    if i >= len(r.tokens):
        return None
    m = _DOCUMENT.match(r.text, r.tokens[i].start)
    if m is None or m.end() > end:
        return None
    mention = (i, r.token_at(m.end() - 1) + 1)
    name = None
    if m["owner"]:
        name = r.story.book.resolve(m["owner"][:-1], r.position(i))
    elif m["their"]:
        last = r.story.last_speakers
        if len(last) == 1 and r.story.kinds.get(last[0]) == "organisation":
            name = last[0]
    else:
        announced = re.compile(rf"\b{m['noun']}\w*\s+fra\s+([A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)")
        for text in reversed(r.story.texts[: r.p.n]):
            found = announced.search(text)
            if found:
                name = found.group(1)
                break
    if name is None:
        return None
    return Subject((name,), "organisation", mention[1], mention, "document")


# A court's written decision: "…, heter det i dommen", "står det i kjennelsen"
_RULINGS = frozenset({"dommen", "kjennelsen", "avgjørelsen", "domsavsigelsen", "orskurden"})
# A court by its name: "Borås tingrett", "tingretten i Borås", "Høyesterett"
_COURT = re.compile(
    r"\b(?:[A-ZÆØÅ][\w-]+ (?:tingrett|lagmannsrett|byrett)|(?:tingretten|lagmannsretten) i "
    r"[A-ZÆØÅ][\w-]+|Høyesterett|Høgsterett)\b"
)


def ruling_court(r: Reading, i: int, end: int) -> Subject | None:
    """The court whose ruling "i dommen" (within ``tokens[i:end]``) quotes: the last one the
    article named, else "retten"."""
    tokens = r.tokens
    at = next(
        (
            n
            for n in range(i, min(i + 4, len(tokens)))
            if tokens[n].start < end and tokens[n].lower == "i"
        ),
        None,
    )
    if at is None or at + 1 >= len(tokens) or tokens[at + 1].lower not in _RULINGS:
        return None
    if not all(t.lower in ("å", "lese") for t in tokens[i:at]):
        return None  # "står det om dommen i avisen": not the ruling's words
    for text in reversed([*r.story.texts[: r.p.n], r.text[: tokens[i].start]]):
        named = _COURT.findall(text)
        if named:
            # "tingretten i Borås" is Borås tingrett, the court's own name
            court = re.sub(r"^(ting|lagmanns)retten i (.+)$", r"\2 \1rett", named[-1])
            return Subject((court,), "organisation", at + 2, (at + 1, at + 2), "court")
    return Subject(("retten",), "organisation", at + 2, (at + 1, at + 2), "court")


# "Det viser ferske tall fra Nav", "Det viser utrekningar som valforskar Jonas Stein … har gjort",
# "…, viser en fersk rapport fra Oslo Economics"
_FIGURES = re.compile(
    r"(?:\b(?:Det|Dette)|,) viser (?:[a-zæøå]+ ){0,2}?(?:tall|tal|utrekningar|utregninger|"
    r"beregninger|berekningar|statistikk|undersøkelse|undersøking|analyse|kartlegging|rapport)"
    r"\w* (?:fra|frå|som) "
)


def figures_author(r: Reading, start: int, masked: str) -> tuple[int, Subject | None]:
    """Whose figures a sentence (from ``start``) says show what the one before reported ("Det
    viser ferske tall fra SSB"): the token of "viser" and the body or person named after "fra"
    or "som"; no subject otherwise."""
    m = _FIGURES.search(masked)
    if m is None:
        return 0, None
    subject = subject_after(r, r.token_at(start + m.end()), "viser")
    cue = r.token_at(start + m.start()) + 1
    return cue, subject if subject is not None and subject.names else None


def credited_author(r: Reading, k: int) -> Subject | None:
    """Who wrote or said what "ifølge" credits at token ``k`` when it is a thing "fra" them:
    "ifølge en rapport fra Sivilforsvaret", "ifølge signalene fra NSB i 1988"."""
    tokens = r.tokens
    i = k + (k < len(tokens) and tokens[k].lower in _DETERMINERS)
    if i + 2 >= len(tokens) or not tokens[i].text.isalpha() or not tokens[i].text.islower():
        return None
    if tokens[i + 1].lower != "fra":
        return None
    noun = _OUTLET_AFTER.match(r.text, tokens[i + 2].start)
    if noun is not None:  # "ifølge prognoser fra den spanske TV-kanalen RTVE"
        at = r.token_at(noun.end())
        end = name_span(tokens, at)
        if end <= at:
            return None
        name = join_name(tokens, at, end)
        return Subject((known_outlet(name) or name,), "outlet", end, (at, end), "outlet")
    if not is_name_token(tokens[i + 2].text):
        return None
    if tokens[i + 2].text in ("Den", "Det"):  # "fra Den høyere påtalemyndighet": a body's name
        end = i + 3
        while (
            end < min(len(tokens), i + 8)
            and tokens[end].text.isalpha()
            and tokens[end].text.islower()
        ):
            end += 1
        if end - i < 5:
            return None
        name = " ".join(t.text for t in tokens[i + 2 : end])
        return Subject((name,), "organisation", end, (i + 2, end), "organisation")
    subject = subject_after(r, i + 2, "heter")  # a name there is no outlet for being unknown
    return subject if subject is not None and subject.names else None


# "den spanske TV-kanalen RTVE": an outlet's noun, then its name
_OUTLET_AFTER = re.compile(
    r"(?:den|det) (?:[a-zæøå]+ )?[\w-]*(?:kanalen|avisen|avisa|byrået) (?=[A-ZÆØÅ])"
)
_DETERMINERS = frozenset({"en", "et", "ei", "den", "det", "de", "nye", "ferske", "siste"})


def credited_authority(r: Reading, k: int) -> Subject | None:
    """Authorities "ifølge" credits at token ``k`` by what they are, not by name: "ifølge
    tysk påtalemyndighet", "ifølge russiske myndigheter", "Ifølge havnemyndighetene"."""
    tokens = r.tokens
    end = k
    while end < min(len(tokens), k + 2) and _NATIONAL.fullmatch(tokens[end].text):
        end += 1
    if end >= len(tokens) or not _AUTHORITY.fullmatch(tokens[end].text):
        return None
    name = " ".join(t.text for t in tokens[k : end + 1])
    return Subject((name,), "organisation", end + 1, (k, end + 1), "institution")


# an adjective of a country or place ("tysk", "russiske", "lokale"), before an authority
_NATIONAL = re.compile(r"[a-zæøå]+(?:sk|ske|ale)")
_AUTHORITY = re.compile(r"[a-zæøå]*myndighet(?:en|ene|er)?")
