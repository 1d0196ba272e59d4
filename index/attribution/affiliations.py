"""What a name is attached to around a cue: an affiliation ("Tormod Heier ved Forsvarets
høgskole mener"), a role compounded with its owner ("City-sjefen"), a preposition that
governs it ("på rumensk TV")."""

from __future__ import annotations

import re

from ..lexicon import FUNCTION_WORDS, known_outlet
from ..names import Token, is_name_token, is_organisation_genitive, is_role, name_span
from .story import Reading, Subject
from .words import AFFILIATION, NOT_SUBJECT, PREPOSITIONS, ROLE_COMPOUND


def is_organisation_genitive_like(word: str) -> bool:
    """The second half of a slashed club name in the genitive ("Glimts" of "Bodø/Glimts")."""
    return word[:1].isupper() and word.endswith("s") and len(word) > 2


# A role owned by an outlet whose name ends in a number: "2-ekspert" of "TV 2-ekspert"
_NUMBERED_ROLE = re.compile(r"(\d+)-([a-zæøå]{3,})")


def past_owned_role(tokens: list[Token], k: int) -> int:
    """Where the name starts after a role compounded with its owner before it: "Tesla-topp
    Elon Musk" (one word), "TV 2-ekspert Yaw Amankwah" (an outlet's name and number); else
    ``k``."""
    if k + 1 < len(tokens) and ROLE_COMPOUND.fullmatch(tokens[k].text):
        return k + 1 if is_name_token(tokens[k + 1].text) else k
    numbered = _NUMBERED_ROLE.fullmatch(tokens[k + 1].text) if k + 2 < len(tokens) else None
    if numbered and known_outlet(f"{tokens[k].text} {numbered[1]}") and is_role(numbered[2]):
        return k + 2 if is_name_token(tokens[k + 2].text) else k
    return k


def is_owned_role(word: str) -> bool:
    """'City-sjefen', 'United-manageren': a role compounded with the end of its owner's
    name."""
    owner, _, head = word.rpartition("-")
    return bool(owner) and owner[:1].isupper() and head[:1].islower() and is_role(head)


def name_after_affiliation(r: Reading, k: int) -> int | None:
    """Where a full name starts within two words after an affiliation's preposition; when
    those words name the body and a name follows between commas, that name ("prosjektleder
    for The Tall Ships Races Fredrikstad, Ingar Guttormsen, i en pressemelding")."""
    tokens = r.tokens
    if k < len(tokens) and is_name_token(tokens[k].text):
        apposed = _apposed_name(tokens, name_span(tokens, k))
        if apposed is not None:
            return apposed  # "talskvinne for Sea Watch, Giorgia Linardi": the body, then her
    for m in range(k + 1, min(k + 3, len(tokens))):
        if is_name_token(tokens[m].text) and name_span(tokens, m) - m >= 2:
            apposed = _apposed_name(tokens, name_span(tokens, m))
            return m if apposed is None else apposed
        if tokens[m].lower in NOT_SUBJECT or not tokens[m].text[0].isalnum():
            return None
    return None


def _apposed_name(tokens: list[Token], j: int) -> int | None:
    """Where a full name set off by commas starts right after token ``j - 1``, else None."""
    if j + 1 < len(tokens) and tokens[j].text == "," and is_name_token(tokens[j + 1].text):
        end = name_span(tokens, j + 1)
        if end - (j + 1) >= 2 and (end == len(tokens) or tokens[end].text in ",."):
            return j + 1
    return None


def before_relative(r: Reading, i: int, first: int) -> int:
    """ "Abid Raja, som selv er muslim, sier": past a relative clause set off by commas
    between a name and its verb, back to the name; else ``i``."""
    tokens = r.tokens
    if i < first or tokens[i].text != ",":
        return i
    for j in range(i - 1, max(first, i - 12) - 1, -1):
        if tokens[j].text == ",":
            som = j + 1 < i and tokens[j + 1].lower == "som"
            return j - 1 if som and j - 1 >= first and is_name_token(tokens[j - 1].text) else i
    return i


def before_affiliation(r: Reading, i: int, first: int) -> int:
    """'Anne Hansen i supporterklubben forteller', 'Tormod Heier ved Forsvarets høgskole
    mener': skip an affiliation between a name and its verb, back to the name."""
    tokens = r.tokens
    j = i
    while (
        j >= first
        and i - j < 4
        and tokens[j].text.replace("-", "").isalpha()
        and tokens[j].lower not in AFFILIATION
        and tokens[j].lower not in FUNCTION_WORDS
        and (
            tokens[j].text.islower()
            or is_organisation_genitive(tokens[j].text)
            or (j < i and is_name_token(tokens[j].text))
        )
    ):
        j -= 1
    if (
        j < i
        and j - 1 >= first
        and tokens[j].lower in AFFILIATION
        and is_name_token(tokens[j - 1].text)
    ):
        return j - 1
    return i


def owner_before(tokens: list[Token], j: int, first: int) -> int | None:
    """The name an affiliation before token ``j + 1`` belongs to, at most eight words back
    within its clause ("Helge Drange ved Universitetet i Bergen"); a comma or "og" ends the
    search ("anerkjent González som vinner, og utenriksministrene i G7 uttrykte"), and a
    capitalised word that opens the sentence before a common noun is no name."""
    for x in range(j, max(first, j - 6) - 1, -1):
        if tokens[x].text == "," or tokens[x].lower in ("og", "men", "som"):
            return None
        if is_name_token(tokens[x].text):
            after = tokens[x + 1]
            if (
                x == first
                and after.text.isalpha()
                and after.text.islower()
                and tokens[x].lower not in FUNCTION_WORDS
            ):
                if after.lower not in PREPOSITIONS | AFFILIATION:
                    return None  # "Sjokkerte naboer av drammenseren i London": an adjective
            return x
    return None


def governed_after_adjective(tokens: list[Token], start: int, first: int) -> bool:
    """Whether a name follows a preposition and an adjective or two ("på rumensk TV", "i
    det britiske Parlamentet"): the preposition's object, not a subject."""
    b, words = start - 1, 0
    while (
        b >= first
        and words < 2
        and tokens[b].text.isalpha()
        and tokens[b].text.islower()
        and tokens[b].lower not in PREPOSITIONS
    ):
        b, words = b - 1, words + 1
    return words > 0 and b >= first and tokens[b].lower in PREPOSITIONS


# Heads of a public body's name after its owner's genitive ("USAs justisdepartement")
_BODY_HEADS = (
    "departement",
    "departementet",
    "direktorat",
    "direktoratet",
    "tilsyn",
    "tilsynet",
    "etat",
    "etaten",
    "sentralbank",
    "sentralbanken",
    "kommisjon",
    "kommisjonen",
    "panel",  # "FNs klimapanel"
    "panelet",
    "domstol",  # "EUs domstol"
    "domstolen",
    "fond",  # "FNs befolkningsfond"
    "fondet",
)


def owned_body_end(tokens: list[Token], owner: int) -> int | None:
    """Where a body named by its owner's genitive and a lower-case head ends ("Ifølge USAs
    justisdepartement", "Norges sentralbank"): the token after the head, or None."""
    if owner >= len(tokens):
        return None
    word = tokens[owner].text
    return owner + 1 if word.islower() and word.endswith(_BODY_HEADS) else None


def owned_role_holder(r: Reading, k: int) -> Subject | None:
    """Who a role compounded with its owner at token ``k`` ("Tesla-sjefen") stands for: the
    one the article named with that role before, if any."""
    word = r.tokens[k].text
    people = r.story.book.by_role(word, r.position(k), False)
    owner, _, head = word.rpartition("-")
    if not people and owner:
        # "svarer Høyre-representanten" after "Høyres stortingsrepresentant Lene
        # Westgaard-Halle": the one given that role, where the article names the owner with them
        holder = r.story.book.by_role(head, r.position(k), False)
        named_with = owner.casefold()
        if len(holder) == 1 and any(
            holder[0] in text and named_with in text.casefold() for text in r.story.texts
        ):
            people = holder
    return Subject(people, "person", k + 1, (k, k + 1), "role") if people else None
