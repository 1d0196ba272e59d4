"""People's names in an article: finding them, and resolving short forms to the full name.

News introduces a person once by full name ("presidentene Vladimir Putin og Recep Tayyip
Erdogan") and then by surname ("sa Putin"), by a role ("presidentene"), or by a pronoun. The
``NameBook`` of an article holds every full-name mention with its position, so a short form
resolves to the full name mentioned most recently before it.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from unidecode import unidecode

from .bodies import PARTIES
from .lexicon import (
    CUE_VERBS,
    FUNCTION_WORDS,
    KNOWN_OUTLETS,
    NAME_PARTICLES,
    ORGANISATION_NOUNS,
    OUTLET_LAST_WORDS,
    OUTLET_NAME_ENDINGS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
)

# A middle initial is one token with its full stop ("Harald T. Nesvik"), not a sentence end.
TOKEN = re.compile(r"[A-ZÆØÅ]\.(?= [A-ZÆØÅ][a-zæøå])|[^\W_][\w'’]*(?:[-.][^\W_][\w'’]*)*|[^\w\s]")
_NAME_PREFIX = re.compile(
    r"^(?:(?:al|el|bin|ibn|abu|ben|de|da|di|van|von|le|la|o|d|mc)[-'’][A-ZÀ-Þ]"
    r"|i[A-ZÆØÅ][a-zæøå]{2,})"  # a local paper's name: "iFinnmark", "iTromsø"
)
NEAR_MISS_RATIO = 0.85

Position = tuple[int, int]  # (paragraph number, character offset)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # casefolded text


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    table = files("index").joinpath("first_names.tsv").read_text(encoding="utf-8")
    return {row.split("\t")[0]: row.split("\t")[1] for row in table.splitlines() if row}


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    table = files("index").joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(table.split()) | frozenset(_first_names())


def is_acronym(word: str) -> bool:
    """A word of two or more capitals ("SA", "NRK", "PST"): a name, whatever word it spells."""
    return len(word) > 1 and word.isupper()


def is_given_name(word: str) -> bool:
    """Whether a word starts people's names in Norwegian news (``given_names.txt``, from
    NorNE's person names, and ``first_names.tsv``): "Tom" in "Kolstads Tom Kåre Nikolaisen"."""
    return word in _given_names()


_SWEDISH = str.maketrans("öäÖÄ", "øæØÆ")


def gender_of(name: str) -> str | None:
    """ "m" or "f" for a full name whose first name the news corpora use for one sex only
    (``first_names.tsv``, made by ``train/first_names.py``); None when unknown."""
    parts = name.split()
    if len(parts) < 2:
        return None
    first = parts[0]
    # "Björn" is "Bjørn" in Swedish spelling (ö, ä for ø, æ)
    return _first_names().get(first) or _first_names().get(first.translate(_SWEDISH))


def tokenize(text: str, words: Mapping[str, str] | None = None) -> list[Token]:
    """The words and marks of ``text``. ``words`` maps a lower-case word to the one the rules
    look it up as (a nynorsk word to its bokmål counterpart); ``text`` stays as written."""
    make = tuple.__new__  # a NamedTuple without its slower __new__
    tokens = []
    for m in TOKEN.finditer(text):
        word, start = m.group(), m.start()
        lower = word.casefold()
        if words:
            lower = words.get(lower, lower)
        tokens.append(make(Token, (word, start, start + len(word), lower)))
    return tokens


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Case-, accent- and space-free key: 'Erdoğan' and 'erdogan' compare equal (unlike
    `index.analysis.fold`, which folds a word for searching and keeps æ ø å)."""
    return unidecode(name).casefold().replace(" ", "").replace("-", "")


@functools.lru_cache(maxsize=65536)
def is_name_token(token: str) -> bool:
    """A capitalised word that can be part of a person's name (not "Syria-plan")."""
    if not token or not token[0].isalpha():
        return False
    if _NAME_PREFIX.match(token):
        return True
    if not token[0].isupper():
        return False
    if _KOREAN_GIVEN.fullmatch(token):
        return True  # "Kim Jong-un", "Jung Byung-joon": a romanised given name
    # "Bakke-Jensen" and "Sør-Europa" are names; "Syria-plan" and "NATO-landet" are not.
    return all(part[:1].isupper() for part in token.split("-")[1:])


# A romanised Korean given name: two syllables, the second in lower case ("Jong-un",
# "Ji-hyuk", "Byung-joon"), the family name sometimes hyphened on ("Kwak-Ji-hyuk"); the
# syllables listed are the common second ones
_KOREAN_GIVEN = re.compile(
    r"(?:[A-Z][a-z]{1,4}-)?[A-Z][a-z]{1,5}-(?:un|in|ho|hee|hyuk|hyun|joon|jun|jin|man|min|woo|soo|sook|suk|seok|"
    r"sik|chul|kyu|gyu|young|yong|won|bin|hwan|hwa|jae|yeon|sung|sun|ki|ok|gon|geun|hoon|"
    r"tae|seung|wook|kyung|jung|hye|sang|dong|cheol|gu)"
)


_PARTY_GENITIVES = frozenset(
    {"Aps", "Sps", "Høyres", "Venstres", "Rødts", "Frps", "FrPs", "KrFs", "SVs", "MDGs", "INPs"}
)


def is_organisation_genitive(token: str) -> bool:
    """A party's or body's genitive, which before a person's name is not part of it:
    "Fremskrittspartiets Sylvi Listhaug", "Høyres Erna Solberg", "NHOs Ole Erik Almlid". A
    definite noun in the genitive ends in -ets or -ens; first names and surnames almost never
    do at that length. (A place's genitive can start a newspaper's name, "Drammens Tidende",
    so see `person_start`.)"""
    if token in _PARTY_GENITIVES:
        return True
    if len(token) >= 8 and token.endswith(("ets", "ens")) and token[1:].islower():
        return True
    return len(token) >= 3 and token.endswith("s") and token[:-1].isupper()


@functools.lru_cache(maxsize=65536)
def is_role(word: str) -> bool:
    """A word for a person's role, in any form or compound ("statsminister",
    "Forsvarsministeren", "presidentene", "lederne", "ministrene")."""
    low = word.casefold()
    return _ROLE_FORM.search(low) is not None or _RESPONSIBLE.fullmatch(low) is not None


# "kommunikasjonsansvarlig", "bærekraftsansvarleg": a compound of "ansvarlig" is a role; the
# adjective alone ("er ansvarlig for") and "uansvarlig" are not
_RESPONSIBLE = re.compile(r"\w{3,}ansvarl(?:ig|eg)e?")


def _role_forms(base: str) -> str:
    forms = [re.escape(base) + "(?:e|en|ene|ne|er|erne)?"]
    if base.endswith("e"):  # pave -> paven, pavene
        forms.append(re.escape(base) + "(?:n|ne)")
    if base.endswith("er"):  # minister -> ministrene
        forms.append(re.escape(base[:-2]) + "r(?:e|ene)")
    return "|".join(forms)


_ROLE_FORM = re.compile(
    "(?:" + "|".join(_role_forms(r) for r in sorted(ROLE_WORDS | set(ROLE_SUFFIXES))) + ")$"
)


@functools.lru_cache(maxsize=65536)
def role_key(word: str) -> str:
    """One key for a role's forms: 'presidenten', 'presidentene' -> 'presid'; an ending
    goes only when a role is left ('treneren' -> 'trener', but 'Trener' keeps its -er)."""
    low = word.casefold()
    if low.startswith("statsråd"):
        return "minist"  # "sier statsråden" after "forsvarsminister Frank Bakke-Jensen"
    for suffix in ("erne", "ene", "ne", "en", "er", "n", "e"):
        if (
            low.endswith(suffix)
            and len(low) - len(suffix) >= 4
            and _ROLE_FORM.search(low[: -len(suffix)])
        ):
            low = low[: -len(suffix)]
            break
    return low[:6]


_ROLE_BASES = tuple(sorted(ROLE_WORDS | set(ROLE_SUFFIXES), key=len, reverse=True))


def role_head_key(word: str) -> str | None:
    """The key of the role a compound role word ends in ("kommunikasjonsminister" ->
    "minister"'s, "landslagstreneren" -> "trener"'s); None for a word that is no compound."""
    low = word.casefold()
    for base in _ROLE_BASES:
        at = low.rfind(base)
        if at >= 3 and len(base) >= 5 and _ROLE_FORM.fullmatch(low[at:]):
            return role_key(low[at:])
    return None


_LAYOUT = frozenset("«»|/:–—-")
# Words that join the words of a title-cased name of a body or work ("Start En Drøm", "Leger
# Uten Grenser", "Hjem For Eldre"), never those of a person's name.
_TITLE_CASED_GLUE = frozenset(
    "en et ei og i på av til fra frå med mot for uten utan om ved hos som eller".split()
)
_ANY_GLUE = _TITLE_CASED_GLUE | {"and", "of", "the", "on", "in", "at", "to"}


def without_glued_words(name: str) -> str:
    """A person's name without layout or a title glued before it: "Cornelius Poppe
    Politiadvokat Fredrik Hjort Kraby" (a photo credit run into a caption) is Fredrik Hjort
    Kraby, "Vinterstudion » - programleder Yvette Hermundstad" is Yvette Hermundstad, and a
    body's title-cased name before it goes too ("Leger Uten Grenser Kari Hansen"). What is
    left must be a name of two words or more; otherwise the name stays as it was."""
    words = name.split()
    cut = 0
    for i, word in enumerate(words[:-1]):
        if (
            all(c in _LAYOUT for c in word)
            or (word.islower() and word not in NAME_PARTICLES)
            or (i > 0 and is_role(word))
        ):
            cut = i + 1
    kept = words[cut:]
    if cut and len(kept) >= 2 and all(w[:1].isupper() or w in NAME_PARTICLES for w in kept):
        return " ".join(kept)
    return person_after_body(name) or name


def person_after_body(name: str) -> str | None:
    """The person's name at the end of a body's title-cased name run into it ("Leger Uten
    Grenser Kari Hansen": Kari Hansen), known by a capitalised joining word ("Uten", "En",
    "For") that a person's name never has; None when there is no such name of two or three
    words after the body's."""
    words = name.split()
    cut = 0
    for i, word in enumerate(words[1:-3], start=1):
        if word[:1].isupper() and word.lower() in _TITLE_CASED_GLUE:
            cut = i + 2
    kept = words[cut:]
    if (
        cut
        and 2 <= len(kept) <= 3
        and all(w[:1].isupper() and w.lower() not in _ANY_GLUE for w in kept)
    ):
        return " ".join(kept)
    return None


_NAME_TOO = frozenset({"dag", "august"})  # function words (a day, a month) that are given names


def is_function_word(token: Token) -> bool:
    """A function word, unless it is capitalised and a first name too ("Dag Kolstø")."""
    return token.lower in FUNCTION_WORDS and not (
        token.lower in _NAME_TOO and token.text[:1].isupper()
    )


def not_of_the_name(token: Token) -> bool:
    """A capitalised word before a name that is not part of it: a sentence's first function
    word, a role ("Stjernekokk Trond Moi") or a nationality ("Amerikanske David Leibowitz")."""
    return (
        is_function_word(token)
        or token.lower == "for"  # "For Unni Marie Lien er rosemaling mer enn …"
        # "– Eg lyt feire! Seier Jens Brekke"; not an acronym ("SA skrev": Sarpsborg Arbeiderblad)
        or (token.lower in CUE_VERBS and not is_acronym(token.text))
        or is_role(token.text)
        or (token.lower.endswith("ske") and len(token.lower) > 5)
    )


_AFFILIATION = frozenset({"i", "ved", "fra", "for", "hos", "på"})  # as attribution.words


# Offices a place owns, written with its name ("Kvinnherad-ordførar", "Oslo-ordfører"): the
# bare role later ("ordføraren") is that holder when no one else is given it. Other owned
# roles ("LO-leder", "Tesla-sjef") are not: "lederen" may be anyone's.
_PLACE_OFFICES = frozenset({role_key("ordfører"), role_key("ordførar")})


def _role_before_domain(tokens: list[Token], start: int) -> Token | None:
    """The role whose domain stands between it and the name: "byråd for byutvikling Eivind
    Nævdal-Bolstad" is "byråden", not "byutviklingen"."""
    if start < 3 or tokens[start - 2].lower != "for":
        return None
    role, domain = tokens[start - 3], tokens[start - 1]
    if domain.text.isalpha() and domain.text.islower() and role.text.islower():
        return role if is_role(role.text) and not is_plural_definite(role.text) else None
    return None


def _role_before_comma(tokens: list[Token], start: int) -> Token | None:
    """The role set off by a comma before a name: "ordfører i Luster kommune, Ivar Kvalen"
    (a lower-case role word in the singular and its affiliation) and "Hennes trener, tyske
    Markus Cramer" (the role right before the comma; a nationality may stand after it).
    "lederne for valgkomiteene i Equinor, Yara" is a list, not a role."""
    comma = start - 1
    while comma > 0 and tokens[comma].lower.endswith("ske") and tokens[comma].text.islower():
        comma -= 1  # "tyske", "svenske": a nationality before the name
    if comma < 1 or tokens[comma].text != ",":
        return None
    for b in range(comma - 1, max(-1, comma - 7), -1):
        word = tokens[b]
        if word.text == ",":
            return None
        singular_role = (
            word.text[:1].islower() and is_role(word.text) and not is_plural_definite(word.text)
        )
        # "sauebonde og styremedlem i Gran sauebeitelag, Kjetil Ulset": two roles, one person
        if singular_role and (b == comma - 1 or tokens[b + 1].lower in _AFFILIATION | {"og"}):
            return word
    return None


def _partner_sharing_surname(tokens: list[Token], start: int) -> int | None:
    """The index of a first name standing alone before "og" and a full name ("David og Ruth
    McIntyre"): a person who shares that surname; None when there is none."""
    k = start - 2
    if k < 0 or tokens[start - 1].lower != "og" or not is_given_name(tokens[k].text):
        return None
    if k > 0 and is_name_token(tokens[k - 1].text) and not not_of_the_name(tokens[k - 1]):
        return None  # "Jonas Gahr og Ruth McIntyre": the word before is a name of its own
    return k


def _role_after_som(tokens: list[Token], j: int) -> int | None:
    """The role a name is given after it in its clause ("Giuseppe Conte får fortsette som
    statsminister": the role word's index); None when another name, a sentence's end or no
    such role comes first."""
    for k in range(j, min(j + 8, len(tokens) - 1)):
        text = tokens[k].text
        if text in (".", "!", "?", ":") or (k > j and is_name_token(text)):
            return None
        following = tokens[k + 1].text
        if (
            tokens[k].lower == "som"
            and following.islower()
            and is_role(following)
            and not is_plural_definite(following)
            and not following.endswith("en")
        ):
            return k + 1
    return None


_SURNAME_ENDINGS = (
    "sen",
    "stad",
    "gård",
    "gaard",
    "rud",
    "heim",
    "dal",
    "vik",
    "nes",
    "berg",
    "haug",
    "strand",
    "voll",
    "holm",
    "eide",  # "Søreide", "Eide"
)


def looks_like_surname(word: str) -> bool:
    """A capitalised word with a Norwegian surname's ending ("Handegård", "Kolstad",
    "Johansen"): a person when it writes, not an unknown paper."""
    return word[:1].isupper() and word[1:].islower() and word.casefold().endswith(_SURNAME_ENDINGS)


_COMPANY_FORMS = frozenset(
    {"AS", "ASA", "AB", "A/S", "ApS", "Ltd", "Inc", "GmbH", "SA", "Plc", "LLC"}
)


# The last words of organisations' English names ("veldedige Caudwell Children", "Human
# Rights Watch", "Scandza Forum"), no person's
_BODY_LAST_WORDS = frozenset(
    """
    Children Foundation Trust Institute International Watch Council Fund Network Forum
    Association Society Alliance Coalition Commission Committee Agency Federation Relief
    """.split()
)


def is_company_name(name: str) -> bool:
    """A company by its legal form ("Opaker Gård AS", "Equinor ASA"), a public body by the
    state's genitive ("Statens Sivilrettsforvaltning"), or an organisation by its English
    name's last word ("Caudwell Children"): never "han" or "hun"."""
    words = name.split()
    return (
        words[-1] in _COMPANY_FORMS
        or (len(words) >= 2 and words[0] in ("Statens", "Norges"))
        or (len(words) >= 2 and words[-1] in _BODY_LAST_WORDS)
    )


def is_plural_definite(word: str) -> bool:
    return word.casefold().endswith(("ene", "erne", "rne"))


def name_span(tokens: list[Token], i: int) -> int:
    """End index (exclusive) of the name starting at token ``i``; ``i`` when there is none."""
    j = i
    while j < len(tokens):
        text = tokens[j].text
        if is_name_token(text):
            j += 1
        elif j > i and text == "&" and j + 1 < len(tokens) and is_name_token(tokens[j + 1].text):
            j += 2  # "Road & Track", "Procter & Gamble"
        elif j > i and text == "," and (end := firm_list_end(tokens, j)) > j:
            j = end  # "Lipcon, Margulies, Alinsa & Winkleman": a firm's name, not four people
        elif j > i and text.casefold() in NAME_PARTICLES:
            # "von der Leyen": particles count only when a name follows them
            k = j
            while k < len(tokens) and k - j < 3 and tokens[k].text.casefold() in NAME_PARTICLES:
                k += 1
            if k < len(tokens) and is_name_token(tokens[k].text):
                j = k
            else:
                break
        else:
            break
    return j


def firm_list_end(tokens: list[Token], j: int) -> int:
    """Where a list of single names that ends "& Name" ends, from the comma at ``j`` on (a
    partnership's name: "Thommessen, Krefting, Greve & Lund"); ``j`` when the list does not
    end so."""
    k = j
    while k + 1 < len(tokens) and tokens[k].text == "," and is_name_token(tokens[k + 1].text):
        k += 2
    if (
        k > j
        and k + 1 < len(tokens)
        and tokens[k].text == "&"
        and is_name_token(tokens[k + 1].text)
    ):
        return k + 2
    return j


def organisation_end(tokens: list[Token], i: int, j: int) -> int:
    """'Meteorologisk institutt', 'Statens vegvesen', 'Buskerud tingrett': an organisation
    whose name is a capitalised adjective, genitive or place and a lower-case noun."""
    if j < len(tokens):
        head, noun = tokens[j - 1].text, tokens[j].text
        if institution_noun(tokens, j):
            return j + institution_noun(tokens, j)
        if _coordinated_body(tokens, j):
            return j + 3  # "Landbruks- og matdepartementet": two compounds sharing their end
        if (
            j - i == 1
            and (_ADJECTIVE_SK.search(head) is not None or head in _NAME_OPENERS)
            and noun.isalpha()
            and noun.islower()
            and not is_role(noun)  # "Teknisk sjef sier": a role, not a body's name
            and noun not in FUNCTION_WORDS
            and noun not in CUE_VERBS
            and noun not in _FINITE_VERBS
        ):
            return j + 1
    return j


def institution_noun(tokens: list[Token], j: int) -> int:
    """How many tokens from ``j`` on name the kind of institution a name before them is
    ("Buskerud tingrett", "Frederik II videregående skole"); 0 when they name none."""
    if j < len(tokens) and tokens[j].text in ORGANISATION_NOUNS:
        return 1
    if j + 1 < len(tokens) and tokens[j].lower in _SCHOOL_ADJECTIVES:
        return 2 if tokens[j + 1].lower in ("skole", "skule") else 0
    return 0


_SCHOOL_ADJECTIVES = frozenset({"videregående", "vidaregåande"})


def _coordinated_body(tokens: list[Token], j: int) -> bool:
    """ "Landbruks- og matdepartementet", "Justis- og beredskapsdepartementet": a capitalised
    word ending in a hyphen, "og" and a body's definite compound noun."""
    return (
        j + 2 < len(tokens)
        and tokens[j].text == "-"
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].lower in ("og", "eller")
        and tokens[j + 2].text.islower()
        and tokens[j + 2].lower.endswith(_DEFINITE_BODIES)
    )


# Words other than -sk adjectives that open a body's name before its lower-case noun
# ("Statens vegvesen", "Nasjonal sikkerhetsmyndighet")
_NAME_OPENERS = frozenset(
    "Statens Norges Nasjonal Nasjonalt Internasjonal Internasjonalt Regional Kommunal".split()
)
# "Meteorologisk", "Norsk", "Tysk": an adjective ends in -isk, -ysk or a consonant and -sk; a
# surname like "Musk" ends in a vowel and -sk ("en pinlig berørt Musk slo fast").
_ADJECTIVE_SK = re.compile(r"(?:isk|ysk|[bdfgklmnprstv]sk)$")
_FINITE_VERBS = frozenset(
    "er var har hadde blir ble vil ville skal skulle kan kunne må måtte slo fikk får gikk går "
    "kom kommer tok tar sto står satt sitter la legger ga gir".split()
)


def is_finite_verb(word: str) -> bool:
    """A common finite verb ("kan", "vil", "er", "har"): no part of a name or its role."""
    return word in _FINITE_VERBS


# A definite noun that opens a sentence before a name describes the one named ("Avdelingen
# Hjelm-Hansen leder …", "Storbanken HSBC oppfordrer …"); surnames in -sen and first names
# ("Karen", "Kristen") are kept.
_DEFINITE_ENDINGS = ("en", "et")


def is_descriptor(token: Token, sentence_start: bool) -> bool:
    """A sentence's first word that is a definite common noun, not part of the name after it."""
    word = token.text
    if not (sentence_start and len(word) >= 8 and word[1:].islower()):
        return False
    if word.endswith("a") and word not in _first_names():
        # "Tankesmia Australia Institute anslår": a feminine definite compound; a place in
        # -a ("Australia", "Argentina") is no compound
        from .compounds import split_compound  # wordfreq loads only for such a word

        return bool(split_compound(word.lower()))
    return (
        word.endswith(_DEFINITE_ENDINGS) and not word.endswith("sen") and word not in _first_names()
    )


def opens_sentence(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in (".", "!", "?", ":", "»", "–")


def person_start(tokens: list[Token], i: int, j: int) -> int:
    """Where a person's name in ``tokens[i:j]`` starts: after a photographer's name
    (`after_photographer`), after an organisation's genitive (or two: "NTB Scanpix Pave
    Frans"), when at least a first name and a surname remain."""
    i = after_photographer(tokens, i, j)
    if j - i >= 3 and opens_sentence(tokens, i) and _compound_descriptor(tokens[i].text):
        i += 1  # "Verdensener Novak Djokovic", "Startsikre Axel Kryger": a noun, then a name
    while j - i >= 3 and _owner_before_name(tokens, i):
        i += 1
    return max(i, outlet_name_end(tokens, i, j))


_CREDIT_LABELS = frozenset({"foto", "fotograf", "bilde", "illustrasjon", "video", "photo"})


def _in_capitals(tokens: list[Token], i: int, j: int) -> bool:
    """Whether ``tokens[i:j]`` are two or more words in capitals: a caption's label or a
    photographer in a credit ("JURIDISK KVINNE", "STEVE MARCUS"), not a name to refer to."""
    return j - i >= 2 and all(t.text.isupper() and len(t.text) > 1 for t in tokens[i:j])


def _credited_photographer(tokens: list[Token], i: int) -> bool:
    """Whether the name at ``i`` is what a photo credit's label introduces ("FOTO:
    Matthias Schrader, AP / NTB scanpix"), or the agency after its "/" ("(Foto: Xavier
    Popy/REA Altran)")."""
    if i >= 2 and tokens[i - 1].text == ":":
        return tokens[i - 2].lower in _CREDIT_LABELS
    if i < 1 or tokens[i - 1].text != "/":
        return False
    for k in range(i - 2, max(0, i - 9), -1):
        if tokens[k].text == ":":
            return tokens[k - 1].lower in _CREDIT_LABELS
        if tokens[k].text != "/" and not is_name_token(tokens[k].text):
            return False
    return False


def after_photographer(tokens: list[Token], i: int, j: int) -> int:
    """Where a caption's name starts when the photo credit before it runs into it ("FOTO: Pål
    Christensen Kent Håvard Eriksen spiller"): at the first given name after the credit's
    first two words, else after those two; ``i`` when ``tokens[i:j]`` is no credit's name
    with a name of two words after it."""
    if j - i < 4 or i < 2 or tokens[i - 1].text != ":" or tokens[i - 2].lower not in _CREDIT_LABELS:
        return i
    for k in range(i + 2, j - 1):
        if is_given_name(tokens[k].text):
            return k
    return i + 2


def _compound_descriptor(word: str) -> bool:
    """A capitalised word that is a closed compound of common words ("Verdensener",
    "Fotballmamma"), so no first name ("Liss" is none)."""
    if not word[1:].islower() or is_given_name(word) or len(word) < 8:
        return False
    from .compounds import split_compound  # wordfreq loads only for a name that needs it

    parts = split_compound(word.lower())
    # "Christin" is no "chris" + "tin", "Marianne" no "mari" + "anne": no part a first name
    return bool(parts) and all(
        len(part) >= 4 and (is_role(part) or not is_given_name(part.capitalize())) for part in parts
    )


def outlet_name_end(tokens: list[Token], i: int, j: int) -> int:
    """Where a paper's name ends inside a run of capitalised words that goes on with a
    person's two or more ("Filter Nyheter Greg Johnson", "South China Morning Post Ian
    Lee"); ``i`` when it does not."""
    for k in range(i + 1, j - 2):
        low = tokens[k].lower
        if low.endswith(OUTLET_NAME_ENDINGS) or low in OUTLET_LAST_WORDS:
            return k + 1
    return i


_ONE_WORD_PARTIES = frozenset(p for p in PARTIES if " " not in p)


def _owner_before_name(tokens: list[Token], i: int) -> bool:
    return bool(
        is_organisation_genitive(tokens[i].text)
        or is_acronym(tokens[i].text)
        or _CAMEL_CASE.match(tokens[i].text) is not None
        or tokens[i].lower in KNOWN_OUTLETS
        or tokens[i].lower.endswith(_DEFINITE_BODIES)
        # "for Venstre Abid Raja": a one-word party before a first name
        or (tokens[i].text in _ONE_WORD_PARTIES and is_given_name(tokens[i + 1].text))
        or (  # "Pittsburghs Mason Rudolph": a place's genitive before a first name
            len(tokens[i].text) >= 7
            and tokens[i].text.endswith("s")
            and not tokens[i].text.endswith("ss")
            and not is_given_name(tokens[i].text)  # "Johannes Thingnes Bø"
            and is_given_name(tokens[i + 1].text)
        )
        # "Frps Ola Berg", "SVT Anders Holmberg", "NRK Kari Hansen",
        # "leder i Arbeiderpartiet Jonas Gahr Støre", "prosjektleiar i DigiUng Adélie Dorseuil"
    )


# A brand's inner capital ("DigiUng", "NorgesGruppen"), which surnames have only after a
# prefix ("McDonald", "DiCaprio", "LeBlanc", "MacArthur").
_CAMEL_CASE = re.compile(r"(?!(?:Mc|Mac|Di|De|Le|La|Du|Da|Van|Von)[A-Z])[A-ZÆØÅ][a-zæøå]+[A-ZÆØÅ]")

# Definite nouns that end the names of bodies ("Arbeiderpartiet", "Stortinget",
# "Utenriksdepartementet"): never a first name.
_DEFINITE_BODIES = (
    "partiet",
    "tinget",
    "departementet",
    "direktoratet",
    "tilsynet",
    "rådet",
    "styret",
    "forbundet",
    "selskapet",
    "instituttet",
    "universitetet",
    "sykehuset",
    "byrået",
    "verket",
    "senteret",
    "etaten",
    "ombudet",
    "kontoret",
    "myndighetene",  # "Myndighetene i Moskva har bedt …", "Havnemyndighetene"
    "banken",  # "Handelsbanken skriver i sin morgenrapport": a bank, no paper
    "foreningen",
    "organisasjonen",
    "konsernet",
    "rederiet",
)


def is_body_word(word: str) -> bool:
    """Whether one word names a public body by its definite head noun ("Mattilsynet",
    "Skatteetaten", "Barneombudet", "Veterinærinstituttet"): a body, never a publication."""
    return word[:1].isupper() and word.casefold().endswith(_DEFINITE_BODIES)


def outlet_end(tokens: list[Token], i: int, j: int) -> int:
    """A known outlet whose name ends in a number: 'TV 2', 'P4 Lyden av Norge' stops at 'P4';
    an NRK office named for two counties: 'NRK Sogn og Fjordane', 'NRK Møre og Romsdal'."""
    if i < j < len(tokens) and tokens[j].text.isdigit():
        if join_name(tokens, i, j + 1).casefold() in KNOWN_OUTLETS:
            return j + 1
    if (
        j == i + 2
        and j + 1 < len(tokens)
        and tokens[i].text == "NRK"
        and tokens[j].text == "og"
        and is_name_token(tokens[j + 1].text)
    ):
        return j + 2
    return j


def join_name(tokens: list[Token], i: int, j: int) -> str:
    """The words of a name as written: spaced, but a hyphen stays on its word ("Landbruks- og
    matdepartementet")."""
    words = [t.text for t in tokens[i:j]]
    for n in range(j - 1, i, -1):
        if tokens[n].text == "-" and tokens[n].start == tokens[n - 1].end:
            words[n - i - 1 : n - i + 1] = [words[n - i - 1] + "-"]
    return " ".join(words).replace(" , ", ", ")  # "Lipcon, Margulies, Alinsa & Winkleman"


_INITIAL = re.compile(r"\s[A-ZÆØÅ]\.(?=\s)")


def _without_initials(name: str) -> str:
    """'Harald T. Nesvik' -> 'Harald Nesvik'."""
    return _INITIAL.sub("", name) if "." in name else name


# How many names back a pronoun looks past names that follow the same pronoun.
_PRONOUN_CHAIN = 8


def _pronoun_so_far(tokens: list[Token]) -> list[str | None]:
    """For each token, "han" or "hun" when that pronoun came earlier in the same sentence."""
    seen: list[str | None] = []
    current: str | None = None
    for token in tokens:
        seen.append(current)
        if token.text in (".", "!", "?"):
            current = None
        elif token.lower in ("han", "hun", "ho"):
            current = "hun" if token.lower == "ho" else token.lower
    return seen


@dataclass
class RoleMention:
    position: Position
    key: str
    names: tuple[str, ...]
    plural: bool


@dataclass
class NameBook:
    """Full-name and role mentions of one article, in reading order.

    Every question it answers costs time in the number of distinct names, not of mentions, so
    an article that names one person ten thousand times parses in linear time: mentions are
    kept per name as sorted positions, near-miss spellings are compared once per pair of
    distinct surnames, and role mentions are kept per role."""

    # surname (folded) -> full name -> positions of its mentions, sorted
    by_surname: dict[str, dict[str, list[Position]]] = field(default_factory=dict)
    roles: list[RoleMention] = field(default_factory=list)
    _full_names: set[str] = field(default_factory=set)  # folded
    _introduced: list[tuple[Position, str]] = field(default_factory=list)  # in reading order
    _noted: list[tuple[Position, str]] = field(default_factory=list)  # speakers, as quoted
    _roles_by_key: dict[str, list[RoleMention]] = field(default_factory=dict)
    _role_positions: dict[str, list[Position]] = field(default_factory=dict)
    _surnames: list[str] = field(default_factory=list)  # folded, in order of first mention
    _holders: dict[str, set[str]] = field(default_factory=dict)  # role key -> names
    # a role owned by a place or body ("Kvinnherad-ordførar"), by the key of its bare role
    _owned_roles: dict[str, list[RoleMention]] = field(default_factory=dict)
    _near: dict[str, tuple[int, list[str]]] = field(default_factory=dict)  # key -> (checked, found)
    _folded: dict[str, str] = field(default_factory=dict)
    _after_pronoun: dict[Position, str] = field(default_factory=dict)  # "Han ... <name>"
    _in_group: set[Position] = field(default_factory=set)  # names in "trenerne A og B"
    _spelling: dict[str, str] = field(default_factory=dict)  # folded, initials out -> name
    short_forms: dict[str, str] = field(default_factory=dict)  # "TØI" -> "Transportøkonomisk …"
    words: frozenset[str] = frozenset()  # every word of the article, as written
    proper: frozenset[str] = frozenset()  # capitalised words the article has mid-sentence

    def add_paragraph(self, n: int, tokens: list[Token]) -> None:
        self._note_short_forms(tokens)
        group: list[str] = []
        group_role: tuple[Position, str, bool, str | None] | None = None
        j = 0
        pronoun_here = _pronoun_so_far(tokens)
        group_positions: list[tuple[Position, str]] = []
        for i in [i for i, t in enumerate(tokens) if is_name_token(t.text)]:
            if i < j:
                continue  # inside the name just read
            j = name_span(tokens, i)
            start = i
            # A sentence-initial word, a role or a weekday is not part of the name.
            while start < j and not_of_the_name(tokens[start]):
                start += 1
            if j - start >= 2 and is_descriptor(tokens[start], opens_sentence(tokens, start)):
                start += 1
            start = person_start(tokens, start, j)
            while j - start >= 3 and not_of_the_name(tokens[start]):
                start += 1  # "TT NYHETSBYRÅN Innenriksminister Sajid Javid": after the owners
            if j - start >= 3 and (
                self.owner_genitive(tokens[start].text) or self.owner_bare(tokens, start)
            ):
                start += 1  # "Pittsburghs Mason Rudolph", where the article has "Pittsburgh"
            if (
                j - start == 2
                and self.owner_genitive(tokens[j - 1].text)
                and self.knows(tokens[start].text)
            ):
                j -= 1  # "møter Trump Tysklands statsminister": a known surname, then an owner
            if j - start >= 3 and self._fold(join_name(tokens, start, j - 1)) in self._full_names:
                j -= 1  # "leder Phil Neville England mot Norge": a known name, then a place
            name = join_name(tokens, start, j)
            if _credited_photographer(tokens, start) or _in_capitals(tokens, start, j):
                continue  # "FOTO: Matthias Schrader, AP", "JURIDISK KVINNE:": no one to refer to
            if j - start >= 2 and institution_noun(tokens, j):
                continue  # "Frederik II videregående skole": an institution's name, no one's
            if start < j:
                position = (n, tokens[start].start)
                if j - start >= 2:
                    partner = _partner_sharing_surname(tokens, start)
                    if partner is not None:  # "David og Ruth McIntyre": David McIntyre too
                        self._remember(
                            (n, tokens[partner].start),
                            f"{tokens[partner].text} {tokens[j - 1].text}",
                        )
                    self._remember(position, name)
                    pronoun = pronoun_here[start]
                    if pronoun:
                        self._after_pronoun[position] = pronoun
                else:
                    person = self._only_person_of_surname(name)
                    if person is not None:  # "innviet Clarkson omverdenen": she, again
                        self._remember(position, person)
                        pronoun = pronoun_here[start]
                        if pronoun:
                            self._after_pronoun[position] = pronoun
                before = tokens[start - 1] if start > 0 else None
                if before is not None and j - start >= 2:
                    before = (
                        _role_before_comma(tokens, start)
                        or _role_before_domain(tokens, start)
                        or before
                    )
                continues = group and i >= 1 and tokens[i - 1].lower in ("og", ",")
                if continues and group_role:
                    group.append(name)
                    group_positions.append((position, name))
                else:
                    group, group_role = [name], None
                    group_positions = [(position, name)]
                    if (
                        before is not None
                        and before.text.replace("-", "").isalpha()  # "Tesla-sjef Elon Musk"
                        and (
                            is_role(before.text)
                            or before.text[0].islower()
                            and before.lower not in FUNCTION_WORDS
                        )
                    ):
                        group_role = (
                            (n, before.start),
                            role_key(before.text),
                            is_plural_definite(before.text),
                            # "Tesla-sjef" is "Tesla-sjefen", not any "sjefen" or "leder"
                            None if "-" in before.text else role_head_key(before.text),
                        )
                if group_role:
                    self._set_role(group_role, tuple(group))
                    if not continues and before and "-" in before.text and not group_role[2]:
                        self._set_owned_role(before.text)
                    if group_role[2] and len(group) >= 2:  # "trenerne Egil Kristiansen og …"
                        self._in_group.update(p for p, _ in group_positions)
                role_after = _role_after_som(tokens, j) if j - start >= 2 else None
                if role_after is not None:  # "Giuseppe Conte får fortsette som statsminister"
                    word = tokens[role_after]
                    place = (n, word.start)
                    self._set_role(
                        (place, role_key(word.text), False, role_head_key(word.text)), (name,)
                    )

    def owner_bare(self, tokens: list[Token], i: int) -> bool:
        """Whether a word before a name is an owner the article elsewhere writes in the
        genitive: "Cleveland Myles Garrett" in a caption beside "Clevelands Myles Garrett"."""
        word = tokens[i].text
        return (
            i + 1 < len(tokens)
            and f"{word}s" in self.words
            and tokens[i + 1].text[:1].isupper()
            and not is_given_name(word)
        )

    def owner_genitive(self, word: str) -> bool:
        """Whether a capitalised word in -s before a name is an owner's genitive: the article
        writes the word without the -s too ("Clevelands Myles Garrett" beside "Cleveland"),
        and it is no given name ("Jonas")."""
        return (
            len(word) > 4
            and word.endswith("s")
            and word[:-1] in self.words
            and not is_given_name(word)
        )

    def _set_owned_role(self, word: str) -> None:
        """ "Kvinnherad-ordførar Hans Inge Myrvold": "ordføraren" later, if no one else in the
        article is given the role (see `by_role`)."""
        mention = self.roles[-1]
        owned = self._owned_roles.setdefault(role_key(word.rpartition("-")[2]), [])
        if mention not in owned:
            owned.append(mention)

    def _set_role(
        self, role: tuple[Position, str, bool, str | None], names: tuple[str, ...]
    ) -> None:
        position, key, plural, head = role
        # A group of names after one role only grows ("presidentene A" -> "... A og B").
        self._holders.setdefault(key, set()).update(names)
        if self.roles and self.roles[-1].position == position:
            self.roles[-1].names = names
        else:
            mention = RoleMention(position, key, names, plural)
            self.roles.append(mention)
            # "kommunikasjonsminister Tupai" is also "ministeren"
            for k in (key, head) if head and head != key else (key,):
                self._roles_by_key.setdefault(k, []).append(mention)
                self._role_positions.setdefault(k, []).append(position)

    def _fold(self, name: str) -> str:
        folded = self._folded.get(name)
        if folded is None:
            # "Manshaus’ klassekamerater": a genitive's apostrophe is no part of the name
            folded = self._folded[name] = name_key(name.rstrip("'’"))
        return folded

    def resolve(self, name: str, at: Position, role: str | None = None) -> str:
        """The full name that ``name`` refers to at position ``at``: the most recent matching
        mention (speakers count as mentions), one with the same role when a role is given."""
        if name in self.short_forms:
            return self.short_forms[name]  # "ifølge TØI" after "Transportøkonomisk institutt (TØI)"
        key = self._fold(_without_initials(name))
        surname = self._fold(name.split()[-1])
        names = [n for n in self.by_surname.get(surname, ()) if self._names_one(n, name, key)]
        if not names and "-" in name.split()[-1]:
            # "Solvik-Olsen" after "Kjetil Solvik Olsen": the same surname, hyphenated
            tail = self._fold(name.rsplit("-", 1)[-1])
            joined = key.replace("-", "")
            names = [n for n in self.by_surname.get(tail, ()) if self._fold(n).endswith(joined)]
        if not names and " " not in name:
            # "Gaddafi" after "Muammar al-Gaddafi": an Arabic surname without its article
            names = [
                n for p in ("al-", "el-") for n in self.by_surname.get(self._fold(p + name), ())
            ]
        if not names:
            names = [n for s in self._near_misses(name) for n in self.by_surname[s]]
        if not names and name.endswith("s") and len(name) > 3 and self.knows(name[:-1]):
            return self.resolve(name[:-1], at, role)  # "Boris Johnsons": the genitive
        if not names:
            # "seier Vetle til NRK" after "Vetle Øvrebotten": a first name alone is the one
            # person met before with that first name, when there is one only
            return self._by_first_name(name, at) or name
        if role:
            holders = self._holders.get(role_key(role), set())
            names = [n for n in names if n in holders] or names
        latest = first = None
        for n in names:
            positions = self.by_surname[self._fold(n.split()[-1])][n]
            k = bisect.bisect_right(positions, at)
            if k and (latest is None or (k, positions[k - 1], n) > latest):
                latest = (k, positions[k - 1], n)
            if first is None or (positions[0], n) < first:
                first = (positions[0], n)
        if latest is not None:
            return latest[2]
        assert first is not None  # names is not empty
        return first[1]

    def last_named(self, at: Position) -> str | None:
        """The person of a full name the article named last before ``at``: whom an epithet
        with nothing else to go by stands for ("Kryger er innforstått med …" then "– …, sier
        21-åringen")."""
        latest = max(self._last_mentions(at), default=None)
        return latest[1] if latest else None

    def named_last_before(self, at: Position) -> list[tuple[Position, str]]:
        """The full names named before ``at``, each with its last mention there, the most
        recent first."""
        return sorted(self._last_mentions(at), reverse=True)

    def _last_mentions(self, at: Position) -> Iterator[tuple[Position, str]]:
        for names in self.by_surname.values():
            for name, positions in names.items():
                k = bisect.bisect_left(positions, at)
                if " " in name and k:
                    yield positions[k - 1], name

    def is_first_name(self, word: str) -> bool:
        """Whether ``word`` opens a full name of the article ("Vetle" of "Vetle Dahle")."""
        key = self._fold(word)
        return " " not in key and any(
            " " in n and self._fold(n.split()[0]) == key
            for names in self.by_surname.values()
            for n in names
        )

    def _by_first_name(self, name: str, at: Position) -> str | None:
        """The one full name met before ``at`` that ``name`` opens: a first name alone
        ("Vetle"), a double one ("sier Siv Anette" after "Siv Anette Vadla"), or a surname
        written first ("sa Xi" after "Xi Jinping")."""
        key, words = self._fold(_without_initials(name)), len(name.split())
        if len(key) < 2 or words > 2:
            return None
        found = {
            n
            for names in self.by_surname.values()
            for n, positions in names.items()
            if len(n.split()) > words
            and positions[0] < at
            and self._fold(" ".join(n.split()[:words])) == key
        }
        return found.pop() if len(found) == 1 else None

    def note_speaker(self, name: str, at: Position) -> None:
        """A full name just quoted becomes the most recent mention of that person (not a
        body named by what it is: "russiske myndigheter")."""
        if " " in name and name[:1].isupper():
            self._remember(at, name, noted=True)

    def _remember(self, at: Position, name: str, noted: bool = False) -> None:
        last = name.rsplit(" ", 1)[-1]
        if len(last) > 4 and last.endswith("s") and last[:-1] in self.words:
            # "Boris Johnsons tilnærming" before "Johnson har sagt": the genitive of a name
            # the article also writes bare
            name = name[:-1]
        # "Donald J. Trump" and "Donald Trump" are one person, under the spelling met first;
        key = self._fold(_without_initials(name))
        if key not in self._spelling and name.endswith("s") and key[:-1] in self._spelling:
            key = key[:-1]  # "statsminister Boris Johnsons tilnærming": the genitive
        if key not in self._spelling:
            # "Nylund Bergan" after "Christin Nylund Bergan": the surname part of a known name
            known = self.by_surname.get(self._fold(name.split()[-1]), {})
            self._spelling[key] = (
                next(
                    (n for n in known if len(n) > len(name) and self._names_one(n, name, key)),
                    None,
                )
                or self._by_first_name(name, at)  # "Siv Anette" of "Siv Anette Vadla"
                or self._misspelt(name)  # "Birgitte Sæter" of "Birgitte Sæther"
                or name
            )
        name = self._spelling[key]
        mentions = self._noted if noted else self._introduced
        if mentions and mentions[-1][0] > at:
            bisect.insort(mentions, (at, name))  # a headline read after the text it heads
        else:
            mentions.append((at, name))
        self._full_names.add(self._fold(name))
        surname = self._fold(name.split()[-1])
        if surname not in self.by_surname:
            self._surnames.append(surname)
        names = self.by_surname.setdefault(surname, {})
        bisect.insort(names.setdefault(name, []), at)

    def _misspelt(self, name: str) -> str | None:
        """The known full name ``name`` misspells: the same first name and a surname spelt
        nearly alike ("Birgitte Sæter" after "Birgitte Sæther"), when there is one only."""
        words = name.split()
        if len(words) < 2:
            return None
        first = self._fold(words[0])
        found = {
            known
            for surname in self._near_misses(words[-1])
            for known in self.by_surname[surname]
            if known != name and " " in known and self._fold(known.split()[0]) == first
        }
        return found.pop() if len(found) == 1 else None

    def _near_misses(self, name: str) -> list[str]:
        """The surnames spelled nearly like ``name`` ("Holland" for "Hollande")."""
        if len(name) < 4 or " " in name:
            return []
        key = self._fold(name)
        checked, found = self._near.get(key, (0, []))
        surnames = self._surnames
        for surname in surnames[checked:]:
            if (
                surname[:1] == key[:1]
                and difflib.SequenceMatcher(None, key, surname).ratio() >= NEAR_MISS_RATIO
            ):
                found = found + [surname]
        self._near[key] = (len(surnames), found)
        return found

    def _only_person_of_surname(self, word: str) -> str | None:
        """The one full name known so far whose surname ``word`` is, if only one."""
        names = [n for n in self.by_surname.get(self._fold(word), {}) if " " in n]
        return names[0] if len(names) == 1 else None

    def _names_one(self, full: str, name: str, key: str) -> bool:
        """Whether the known ``full`` name and ``name`` (folded: ``key``; same surname) name
        one person: the key ends it ("Nylund Bergan", "Bergan"), or the name has its first
        name too ("John Eivind Melbye" for "John Eivind Glemmestad Melbye")."""
        if self._fold(_without_initials(full)).endswith(key):
            return True
        words = name.split()
        return len(words) >= 2 and self._fold(full.split()[0]) == self._fold(words[0])

    def _note_short_forms(self, tokens: list[Token]) -> None:
        """ "Transportøkonomisk institutt (TØI)": the capitals in brackets are the name before
        them, which starts with the same letter, within six words."""
        for i in range(1, len(tokens) - 2):
            short = tokens[i + 1].text
            bracketed = tokens[i].text == "(" and tokens[i + 2].text == ")"
            if not bracketed or not is_acronym(short) or not short.isalpha() or len(short) > 6:
                continue
            for start in range(i - 1, max(-1, i - 7), -1):
                word = tokens[start].text
                if not (word.isalpha() or word.endswith("-")):
                    break
                if word[:1] == short[:1]:
                    self.short_forms.setdefault(short, join_name(tokens, start, i))
                    break

    def knows(self, name: str) -> bool:
        """Whether ``name`` is, or is part of, a full name in the article."""
        key = self._fold(name)
        if key in self.by_surname or key in self._full_names:
            return True
        # "Haukeland Liadal" of "Hege Haukeland Liadal": the surnames of a known full name
        return " " in name.strip() and any(full.endswith(key) for full in self._full_names)

    def last_person_before(self, at: Position, pronoun: str | None = None) -> str | None:
        """The last full name remembered at or before ``at``: a quoted speaker if any was,
        else the name introduced most recently before it. For a ``pronoun``, a name that
        follows that same pronoun in its sentence is passed over ("Han har kopiert dresskoden
        til Gareth Southgate" keeps "han" for the man it meant, not for Southgate), and so is
        one of a group named under a plural role ("trenerne Egil Kristiansen og Siegfried
        Mazet": a singular pronoun does not pick one of them)."""
        for position, name in reversed(self._noted):
            if position <= at:
                return name
        k = bisect.bisect_right(self._introduced, (at, "\U0010ffff"))
        for position, name in reversed(self._introduced[max(0, k - _PRONOUN_CHAIN) : k]):
            if pronoun is None or (
                self._after_pronoun.get(position) != pronoun and position not in self._in_group
            ):
                return name
        return self._introduced[k - 1][1] if k else None

    def mentions_before(self, name: str, at: Position) -> tuple[int, Position | None]:
        """How often the full name ``name`` was mentioned or quoted at or before ``at``, and
        where last."""
        positions = self.by_surname.get(self._fold(name.split()[-1]), {}).get(name, [])
        k = bisect.bisect_right(positions, at)
        return k, positions[k - 1] if k else None

    def first_named_in(self, paragraph: int) -> list[tuple[Position, str]]:
        """The full names the article names for the first time in ``paragraph``, and where;
        not one of a group under a plural role ("trenerne Egil Kristiansen og Siegfried
        Mazet")."""
        start = bisect.bisect_left(self._introduced, ((paragraph, 0), ""))
        found: dict[str, Position] = {}
        for position, name in self._introduced[start:]:
            if position[0] != paragraph:
                break
            if position in self._in_group:
                continue
            if self.mentions_before(name, (paragraph - 1, 1 << 30))[0] == 0:
                found.setdefault(name, position)
        return [(position, name) for name, position in found.items()]

    def named_in(self, start: Position, end: Position) -> tuple[str, ...]:
        """The different full names the text names at or after ``start`` and before ``end``."""
        k = bisect.bisect_left(self._introduced, (start, ""))
        found: list[str] = []
        while k < len(self._introduced) and self._introduced[k][0] < end:
            found.append(self._introduced[k][1])
            k += 1
        return tuple(dict.fromkeys(found))

    def named_between(self, after: Position, at: Position) -> bool:
        """Whether a full name was introduced after ``after`` and at or before ``at``."""
        i = bisect.bisect_right(self._introduced, (after, "\U0010ffff"))
        return i < len(self._introduced) and self._introduced[i][0] <= at

    def people_before(self, at: Position, limit: int = 8) -> list[str]:
        """Up to ``limit`` different full names mentioned or quoted at or before ``at``, the
        most recent first."""
        found: list[tuple[Position, str]] = []
        for mentions in (self._noted, self._introduced):
            k = bisect.bisect_right(mentions, (at, "\U0010ffff"))
            seen = 0
            while k > 0 and seen < limit * 4:
                k, seen = k - 1, seen + 1
                found.append(mentions[k])
        found.sort(reverse=True)
        return list(dict.fromkeys(name for _, name in found))[:limit]

    def people_after(self, at: Position, paragraphs: int) -> list[str]:
        """Full names introduced after ``at`` within the next ``paragraphs`` paragraphs, in
        reading order: who a lede's "sa hun" means when she is named only below it."""
        k = bisect.bisect_right(self._introduced, (at, "\U0010ffff"))
        found = []
        for position, name in self._introduced[k : k + 20]:
            if position[0] > at[0] + paragraphs:
                break
            found.append(name)
        return list(dict.fromkeys(found))

    def by_role(self, word: str, at: Position, plural: bool) -> tuple[str, ...]:
        """The people a role word ("presidentene", "statsministeren") stands for at ``at``."""
        key = role_key(word)
        mentions = self._roles_by_key.get(key, [])
        mentions = mentions[: bisect.bisect_right(self._role_positions.get(key, []), at)]
        if not mentions and not plural and key in _PLACE_OFFICES:
            owned = [m for m in self._owned_roles.get(key, []) if m.position <= at]
            holders = {name for m in owned for name in m.names}
            if len(owned) >= 1 and len(holders) == 1:  # one owner's role, one holder
                return (self.resolve(holders.pop(), owned[-1].position),)
        if not mentions:
            return ()
        if plural:
            groups = [r for r in mentions if len(r.names) >= 2]
            if groups:
                return tuple(self.resolve(n, groups[-1].position) for n in groups[-1].names)
            names = list(dict.fromkeys(n for r in mentions for n in r.names))
            return tuple(names[-2:]) if len(names) >= 2 else ()
        return (self.resolve(mentions[-1].names[-1], mentions[-1].position),)
