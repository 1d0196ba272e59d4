"""Sources: the outlet or agency a quote or claim is credited to ("til nyhetsbyrået AFP",
"overfor NRK", "på Twitter", "i et intervju med Dagbladet")."""

from __future__ import annotations

import re

from ..lexicon import (
    FUNCTION_WORDS,
    ORGANISATION_NOUNS,
    OUTLET_LAST_WORDS,
    OUTLET_NAME_ENDINGS,
    OUTLET_NOUNS,
    PLATFORMS,
    PUBLISH_VERBS,
    known_outlet,
)
from ..names import (
    Token,
    is_body_word,
    is_finite_verb,
    is_name_token,
    join_name,
    name_span,
    organisation_end,
    outlet_end,
)
from ..reading.furniture import AGENCIES
from .story import Reading, Subject
from .words import (
    DEFINITE_OUTLET_NOUNS,
    DETERMINERS,
    INTERVIEW,
    MAGAZINE_NOUNS,
    NOT_SUBJECT,
    TELLING_VERBS,
    THAT,
    WEB_ADDRESS,
)

# A body's own web pages: "til klubbens hjemmeside"
SITES = frozenset({"hjemmeside", "nettside", "nettsider", "nettsted", "heimeside"})


def credited_outlet(r: Reading, k: int, end: int) -> str | None:
    """The outlet in an attribution clause: 'til nyhetsbyrået AFP', 'overfor NRK'."""
    tokens = r.tokens
    end_token = r.token_at(end - 1) + 1 if end > 0 else 0
    i = k
    relative = False
    employer = None  # "pressesjef Jan-Petter Dahl i TV 2 til VG": the paper told comes first
    while i < min(end_token, len(tokens)):
        t = tokens[i]
        if t.lower in ("mens", "hvor", "fordi", "dersom", "hvis") and i > k:
            break  # "… for formannskapet mens hun viste fram et kart … til to nærmere Ørmen"
        if t.lower == "som" and (i > k or k > 0):  # "sier vernepleieren som …": relative too
            # "sier Sherin Malah, en libaneser som … var kommet til Beirut": in a relative
            # clause only a known outlet is credited ("et intervju som sto på trykk i
            # Dagsavisen"), up to the comma that closes it
            relative = True
        elif t.text == ",":
            relative = False
        if t.lower in ("til", "overfor", "ifølge") or INTERVIEW.match(r.text, t.start):
            domain = WEB_ADDRESS.match(r.text, t.end)
            if domain:  # "sier Semenyas advokat til 702.co.za"
                return domain.group(1)
            j = i + 1
            interview = INTERVIEW.match(r.text, t.start)
            if interview:
                j = r.token_at(interview.end())
            outlet_noun = placed = False
            while (
                j < end_token
                # "til TV-kanalen", but "til Nettavisen" is the paper's name
                and (tokens[j].text[0].islower() or "-" in tokens[j].text)
                and (not is_name_token(tokens[j].text) or tokens[j].lower in OUTLET_NOUNS)
                and j - i <= 4
                and tokens[j].lower not in THAT
            ):
                outlet_noun = outlet_noun or tokens[j].lower in OUTLET_NOUNS
                placed = placed or tokens[j].lower in ("i", "på", "fra", "ved")
                if (
                    tokens[j].lower not in DETERMINERS
                    and tokens[j].lower not in OUTLET_NOUNS
                    and not tokens[j].text.isalpha()
                ):
                    break
                j += 1
                same = tokens[j - 2].lower == "samme" and tokens[j - 1].lower in OUTLET_NOUNS
                if (tokens[j - 1].lower in DEFINITE_OUTLET_NOUNS or same) and not (
                    j < end_token and is_name_token(tokens[j].text)
                ):
                    break  # "Ifølge avisen ønsker han", "Til samme avis sier": the noun ends it
            stop = organisation_end(tokens, j, name_span(tokens, j)) if j < end_token else j
            stop = outlet_end(tokens, j, stop)
            if stop > j and is_genitive(tokens, stop):
                owner = join_name(tokens, j, stop)
                known = known_outlet(owner[:-1]) if owner.endswith(("s", "'", "’")) else None
                if known:
                    return known  # "ifølge Aftonbladets kilde": the paper's source, credited to it
            if stop > j and not is_genitive(tokens, stop):
                name = " ".join(x.text for x in tokens[j:stop])
                known = known_outlet(name)
                body = (
                    tokens[stop - 1].text in ORGANISATION_NOUNS  # "til Nordland fylkeskommune"
                    or (stop - j == 1 and is_body_word(name))  # "til Justisdepartementet at"
                )
                if (placed or relative or body) and not known:
                    pass  # "til sine tilhengere i hovedstaden Caracas": a place, no outlet
                elif (
                    outlet_noun
                    or known
                    or (stop - j >= 2 and known_outlet(tokens[j].text))  # "TV2 Østjylland"
                    or not (r.story.book.knows(name) or r.story.book.is_first_name(name))
                    or announced_as_outlet(r, name)  # "tv-programmet Uppdrag Granskning"
                    or "&" in name  # "til Road & Track": no person's name has one
                    or tokens[stop - 1].lower.endswith(OUTLET_NAME_ENDINGS)
                    or tokens[stop - 1].lower in OUTLET_LAST_WORDS  # "til TNT Sports"
                ):
                    return known or name
                i = stop
                continue
            if j - i == 3 and tokens[i + 1].lower.endswith("s") and tokens[i + 2].lower in SITES:
                site = r.story.last_outlet  # "til klubbens hjemmeside": the site named before
                if site is not None and "." in site:
                    return site
            same_outlet = tokens[j - 2].lower == "samme" and tokens[j - 1].lower in OUTLET_NOUNS
            if (
                stop == j
                and outlet_noun
                and (tokens[j - 1].lower in DEFINITE_OUTLET_NOUNS or same_outlet)
            ):
                # "til avisen": the paper named before; "nyhetsbyrået" may be an agency
                agency = tokens[j - 1].lower in ("nyhetsbyrået", "byrået")
                named = last_outlet_named(tokens[: j - 1], papers_only=not agency) or (
                    r.story.last_outlet if agency else r.story.last_paper
                )
                if named:
                    return named
        if t.lower in ("på", "via"):  # "på Twitter", "sa turisten … via Instagram"
            platform = platform_after(tokens, i + 1, end_token)
            if platform:
                return platform
        if t.lower == "i" and i + 1 < end_token:  # "hevder i DN 1. juli at"
            stop = outlet_end(tokens, i + 1, name_span(tokens, i + 1))
            known = known_outlet(join_name(tokens, i + 1, stop)) if stop > i + 1 else None
            if known:
                employer = employer or known
        i += 1
    return employer


def fronted_source(r: Reading, first: int, verb: int) -> str | None:
    """'Til VG presiserer X at …': the outlet put first, before the verb; 'I Klassekampen
    tirsdag sa han at …': the paper it was said in; 'På Twitter utdyper …': the platform."""
    tokens = r.tokens
    if verb - first < 2:
        return None
    if tokens[first].lower == "på":  # "På Twitter utdyper partilederen": the platform put first
        return platform_after(tokens, first + 1, verb)
    if tokens[first].lower in ("til", "overfor") and tokens[first + 1].lower == "samme":
        return credited_outlet(r, first, tokens[verb - 1].end)  # "Til samme avis sier X at"
    if not is_name_token(tokens[first + 1].text):
        return None
    if tokens[first].lower == "i":
        stop = outlet_end(tokens, first + 1, name_span(tokens, first + 1))
        return known_outlet(join_name(tokens, first + 1, stop))
    if tokens[first].lower not in ("til", "overfor"):
        return None
    return credited_outlet(r, first, tokens[verb - 1].end)


def carried_source(r: Reading, subject: Subject) -> str | None:
    """A publication is its own source, the paper told with the speaker is theirs; a speaker
    quoted again right after their last quote keeps that quote's outlet."""
    if subject.outlet or subject.told:
        return own_source(subject)
    if subject.names and subject.names == r.story.last_speakers:
        return r.story.last_source
    return None


def told_outlet(r: Reading, k: int, last: int) -> str | None:
    """'Han forteller Dagbladet at …': a known outlet told, right after the verb and
    before what it was told (no "til")."""
    tokens = r.tokens
    if tokens[k].lower not in TELLING_VERBS or k + 1 >= last:
        return None
    stop = outlet_end(tokens, k + 1, name_span(tokens, k + 1))
    if stop == k + 1 or stop >= last or tokens[stop].lower not in THAT:
        return None
    return known_outlet(" ".join(t.text for t in tokens[k + 1 : stop]))


def interview_source(r: Reading, first: int, k: int) -> str | None:
    """'X gikk hardt ut i et intervju med Dagbladet og omtalte …': the outlet of an
    interview named before the verb, in the same sentence."""
    found = INTERVIEW.search(r.text, r.tokens[first].start, r.tokens[k].start)
    if found is None:
        return None
    return credited_outlet(r, r.token_at(found.start()), r.tokens[k].start)


_ACCOUNT_WORDS = frozenset({"konto", "kontoen", "side", "siden", "sida", "profil", "profilen"})


def platform_after(tokens: list[Token], i: int, end: int) -> str | None:
    """The platform 'på' names: 'på Twitter', 'på bildedeleappen Instagram', 'på sin
    Twitter-konto', 'på Facebook-siden sin' (at most two lower-case words before it)."""
    for j in range(i, min(i + 3, end, len(tokens))):
        word = tokens[j].lower
        head = word.split("-", 1)[0]
        if word in PLATFORMS or (head != word and head in PLATFORMS):
            return PLATFORMS[word if word in PLATFORMS else head]
        closed = next((p for p in PLATFORMS if len(p) > 4 and word.startswith(p)), None)
        if closed and word[len(closed) :] in _ACCOUNT_WORDS:
            return PLATFORMS[closed]  # "på sin twitterkonto", "på facebooksiden"
        if not tokens[j].text.islower():
            return None
    return None


# Adjectives among the function words: after a name in -s they make it an owner ("til
# Fellmans store overraskelse")
_ADJECTIVES = frozenset(
    "nye store stor liten små gamle unge første siste neste egen eget egne".split()
)


def is_genitive(tokens: list[Token], stop: int) -> bool:
    """'FNs spesialutsending': a name in the genitive owns the next word; it is no outlet."""
    word = tokens[stop - 1].text
    return (
        word.endswith(("s", "’", "'"))  # "sa Brown’ quarterback Baker Mayfield"
        and stop < len(tokens)
        and tokens[stop].text[:1].islower()
        and tokens[stop].lower not in NOT_SUBJECT
        and (tokens[stop].lower not in FUNCTION_WORDS or tokens[stop].lower in _ADJECTIVES)
        and not is_finite_verb(tokens[stop].lower)  # "Ifølge Sky Sports har Manchester United"
    )


def outlet_in_apposition(r: Reading, k: int) -> Subject | None:
    """ "Det skriver det anerkjente, Seoul-baserte nyhetsnettstedet, NK News.": the outlet
    named after its noun and a comma, when adjectives with commas stand before the noun."""
    tokens = r.tokens
    for i in range(k, min(len(tokens) - 2, k + 8)):
        if tokens[i].lower in OUTLET_NOUNS and tokens[i + 1].text == ",":
            j = name_span(tokens, i + 2)
            if j > i + 2:
                name = join_name(tokens, i + 2, j)
                return Subject((name,), "outlet", j, (i + 2, j), "outlet")
        if tokens[i].text in ".!?":
            break
    return None


def own_source(subject: Subject) -> str | None:
    """A publication that speaks ("skriver Kommersant") is also the source; so is the paper
    told, read with the speaker ("fortalte nordmannen avisa X", "svarer Jagland VG nå")."""
    return subject.names[0] if subject.outlet and subject.names else subject.told


def announced_as_outlet(r: Reading, name: str) -> bool:
    """Whether the article names ``name`` after a noun for a publication somewhere ("av SVT
    og tv-programmet Uppdrag Granskning"), so "til Uppdrag Granskning" is said to it."""
    pattern = re.compile(rf"\b(?:{_OUTLET_NOUN_WORDS})\s+{re.escape(name)}\b", re.IGNORECASE)
    return any(pattern.search(text) for text in r.story.texts)


_OUTLET_NOUN_WORDS = "|".join(re.escape(noun) for noun in sorted(OUTLET_NOUNS))


def last_outlet_named(tokens: list[Token], papers_only: bool = False) -> str | None:
    """The last known publication ``tokens`` name ("… fortalte han til Aftenposten"), also
    in the genitive ("I Dagbladets gjennomgåelse"); with ``papers_only`` no news agency."""
    for i in range(len(tokens) - 1, -1, -1):
        if not tokens[i].text[:1].isupper():
            continue  # every outlet named here starts with a capital (checked below too)
        for width in (2, 1):
            if i + width <= len(tokens):
                name = join_name(tokens, i, i + width)
                known = known_outlet(name) or (
                    known_outlet(name[:-1]) if name.endswith("s") and len(name) > 3 else None
                )
                if not known or "scanpix" in known.casefold():
                    continue  # a photo agency's credit is no paper "avisen" could mean
                if papers_only and known.upper() in AGENCIES:
                    continue
                return known
    return None


def paper_by_noun(r: Reading, k: int) -> str | None:
    """The paper a definite noun for one stands for as a speaker ("konstaterte avisen",
    "konstaterte Hongkong-avisen"): the last paper the article credited, if any."""
    head = r.tokens[k].lower.rsplit("-", 1)[-1]
    if head not in DEFINITE_OUTLET_NOUNS or (
        k + 1 < len(r.tokens) and is_name_token(r.tokens[k + 1].text)
    ):
        return None  # "avisen VG": the paper is named
    return r.story.last_paper


def reporting_outlet(r: Reading, first: int, k: int, last: int) -> str | None:
    """The paper that reports a claim credited with "ifølge" at token ``k``: "Fædrelandsvennen
    skriver at ifølge politiet sto det …", "Konsekvensen er ifølge TØI at …, melder NRK." (the
    police and TØI speak; the paper is the source)."""
    for i in range(first, k - 1):
        if r.tokens[i + 1].lower in PUBLISH_VERBS:
            known = known_outlet(join_name(r.tokens, first, i + 1))
            if known:
                return known
    tail = r.tokens[k:last]
    while tail and not tail[-1].text[0].isalnum():
        tail = tail[:-1]
    for i in range(len(tail) - 3, 0, -1):
        if tail[i].text == ",":
            if tail[i + 1].lower in PUBLISH_VERBS:
                return known_outlet(join_name(tail, i + 2, len(tail)))
            break
    return None


def glued_outlet(tokens: list[Token], k: int, j: int) -> str | None:
    """The outlet told, written straight after the speaker's name with nothing between
    ("svarer Jagland VG nå"): the last word of ``tokens[k:j]`` when it alone is a known
    outlet and a name stands before it; None otherwise."""
    if j - k < 2 or not is_name_token(tokens[j - 2].text):
        return None
    if known_outlet(join_name(tokens, k, j - 1)) or known_outlet(join_name(tokens, k, j)):
        return None  # "The Guardian", "Bergens Tidende": an outlet's own name
    return known_outlet(tokens[j - 1].text)


def coordinated_outlets(r: Reading, end: int) -> tuple[str, ...]:
    """The outlet after "og" that ends a credited one: "Ifølge Politico og New York Times"."""
    tokens = r.tokens
    if end + 1 >= len(tokens) or tokens[end].lower != "og":
        return ()
    stop = outlet_end(tokens, end + 1, name_span(tokens, end + 1))
    known = known_outlet(join_name(tokens, end + 1, stop)) if stop > end + 1 else None
    return (known,) if known else ()


def after_magazine_noun(r: Reading, subject: Subject) -> bool:
    """Whether the outlet ``subject`` names follows a noun for a magazine ("ifølge tidsskriftet
    Kapital"), which a later "til avisen" does not mean."""
    mention = subject.mention
    return (
        mention is not None and mention[0] > 0 and r.tokens[mention[0] - 1].lower in MAGAZINE_NOUNS
    )
