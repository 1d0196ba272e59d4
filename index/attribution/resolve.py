"""Resolution: a mention (a name, "han"/"hun", a role) to one entity of the article."""

from __future__ import annotations

import re

from .. import syntax
from ..lexicon import (
    CUE_VERBS,
    FUNCTION_WORDS,
    OUTLET_LAST_WORDS,
    OUTLET_NAME_ENDINGS,
    PUBLIC_BODIES,
    PUBLISH_VERBS,
    known_kind,
    known_outlet,
)
from ..names import (
    Position,
    is_body_word,
    is_company_name,
    is_name_token,
    is_role,
    join_name,
    looks_like_surname,
    name_span,
    not_of_the_name,
)
from . import linker
from .spans import inside_quote, mask_quotes
from .story import Reading, Subject
from .words import CATAPHORA_PARAGRAPHS, PREPOSITIONS, PRONOUN_LOOKBACK, sentence_ends


def pronoun_subject(r: Reading, k: int) -> Subject | None:
    """Who "han"/"hun" at token ``k`` is. The rules prefer the most recent person of that sex
    (or of unknown sex) named earlier in the same narrative, then the last one quoted, then
    anyone named before; the learned linker (`linker.choose_referent`) may choose another of
    those candidates, or nobody. Nobody, when no one fits."""
    want = "f" if r.tokens[k].lower in ("hun", "ho", "henne") else "m"
    at = r.position(k)
    if after_quote(r, k):
        at = (r.p.n, 0)  # "– Gitt Vestens rolle …, sa hun": no one named in the words she said
    book = r.story.book
    here = named_in_sentence(r, k)
    # "Edwin Tamasese var tidligere blitt advart, men … etter at han skrev": the name that
    # opens the pronoun's own sentence comes first
    opening = [name for name, opens in here.items() if opens]
    earlier = opening or named_earlier_here(r, k)
    candidates: list[str | None] = list(earlier)
    last = r.story.last_speakers
    if (
        not candidates
        and last
        and not any(r.story.kinds.get(s, "person") == "person" for s in last)
        and r.story.last_spoke_at is not None
        and not book.named_between(r.story.last_spoke_at, at)
    ):
        # "… sier trener Horneland. Viking bekreftet at … – …, sier han.": an organisation
        # spoke since the last person did and no one was named after it, so whom "han"
        # goes back to is not known
        return None
    introduced = introduced_before_quote(r, k)
    if introduced is not None:
        # "Fiskeri- og havminister Bjørnar Skjæran (Ap) gler seg over eksportalane." then
        # "– …, seier han.": the one the paragraph before brought in, not the last quoted
        candidates.append(introduced)
    unnamed = r.story.unnamed_at
    if (
        not candidates
        and unnamed is not None
        and r.story.unnamed_spoke_last()
        and not book.named_between(unnamed, at)
    ):
        # "En kilde ved påtalemyndigheten opplyser at …" then "Han legger til at": the one
        # not named, who spoke last, and no one named since
        return None
    candidates.append(
        r.story.last_person or book.last_person_before(at, "hun" if want == "f" else "han")
    )
    candidates.extend(book.people_before(at))
    candidates.extend(here)
    # "hun"/"han" is a person, never a paper or a party quoted before ("Oslo Høyre")
    named = [
        p
        for p in dict.fromkeys(candidates)
        if p
        and r.story.kinds.get(p, "person") == "person"
        and known_outlet(p) is None
        and known_kind(p) is None  # "fylkesleder i Trøndelag Frp": a party's branch
        and not is_company_name(p)
    ]
    # a pronoun agrees with its referent's sex: one known to differ is no candidate
    people = [p for p in named if r.story.sex_of(p) in (None, want)]
    ruled = people[0] if people else None
    spoke = r.story.last_spoke_at
    if ruled and " " in ruled and r.story.sex_of(ruled) is None and spoke is not None:
        latest = book.last_named(at)  # "Maria … Machado", named since: "Hun" is her, not the
        if (
            latest in people
            and r.story.sex_of(latest) == want
            and book.named_between(spoke, at)
            and not named_in_a_quote(r, latest, at)  # "forstå Donald Trump" in Jagland's words
        ):
            ruled = latest  # last quoted, whose first name tells nothing
    if named and not people:
        return None
    if people:
        rows = [
            linker.referent_features(r, at, want, p, i, earlier, here, ruled)
            for i, p in enumerate(people)
        ]
        if linker.RECORD is not None:
            linker.RECORD.append((r.p.n, people, rows, people.index(ruled) if ruled else None))
        chosen = linker.choose_referent(rows, people.index(ruled) if ruled else None)
        if chosen is None:
            return None
        if people[chosen] == ruled:
            return Subject((ruled,), "person", k + 1, (k, k + 1), "pronoun")
        passed = (f"the rules' pronoun: {ruled}",)
        return Subject((people[chosen],), "person", k + 1, (k, k + 1), "pronoun-learned", passed)
    ahead = [
        p
        for p in book.people_after(at, CATAPHORA_PARAGRAPHS)
        if r.story.kinds.get(p, "person") == "person"
        and known_outlet(p) is None  # "…, sa hun til Bergens Tidende": the paper told
        and not is_company_name(p)
    ]
    if ahead and r.story.sex_of(ahead[0]) in (None, want):  # the lede's person is named just below
        return Subject((ahead[0],), "person", k + 1, (k, k + 1), "pronoun-ahead")
    return None


_INVERTED = re.compile(
    r"(?:Selv|Sjølv|Nå|No|Også|Òg|Likevel|Derfor|Samtidig) "
    r"(?:er|var|har|hadde|blir|ble|vart|vil|ville|kan|kunne|skal|skulle|må|måtte) (?=[A-ZÆØÅ])"
)
_CAPITALISED_RUN = re.compile(r"\b[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)*")


def introduced_before_quote(r: Reading, k: int) -> str | None:
    """The person the paragraph before a dash quote names first, when that is their first
    mention and the paragraph quotes no one: whom the quote's "sa han" goes back to, and a
    "Han" that opens the paragraph ("Karl Edvin Endresen ble arrestert …" then "Han vil ikke
    svare på …")."""
    spoke, quoted = r.story.last_spoke_at, after_quote(r, k)
    if not (quoted or k == 0) or (spoke is not None and spoke[0] >= r.p.n - 1):
        return None
    book = r.story.book
    new = book.first_named_in(r.p.n - 1)
    if not quoted:  # "Han" opening the paragraph: the one who opened the one before
        person = opens(r, r.p.n - 1)
        return person if person in {name for _, name in new} else None
    if not new:
        return opens(r, r.p.n - 1)
    (paragraph, offset), person = min(new)  # "Johann André Forfang, som … mot Robert Johansson"
    before = r.story.texts[paragraph][:offset]
    # (after a comma the name is an apposition: "om bord i Viking Sky, Inge Lockert")
    if any(word.casefold() in PREPOSITIONS for word in before.rsplit(",", 1)[-1].split()[-3:]):
        return None  # "… kom med en kraftsalve i retning dommer X": a preposition's object
    # a name after a preposition is a place or a thing ("om bord i Viking Sky, Inge Lockert")
    others = {
        book.resolve(word, (paragraph, offset))
        for run in _CAPITALISED_RUN.finditer(before)
        if not set(before[: run.start()].split()[-1:]) & PREPOSITIONS
        for word in run.group().split()
    }
    if any(" " in other and other != person for other in others):
        return None  # "Ben-Arne er sønn av … Hermann Sotkajærvi": the paragraph is about another
    return person


def opens(r: Reading, n: int) -> str | None:
    """The person named before whose name opens paragraph ``n`` as its subject ("Ikee var
    selv sjokkert da hun fikk beskjeden." then "– …, skrev hun."), else None."""
    text = r.story.texts[n] if 0 <= n < len(r.story.texts) else ""
    inverted = _INVERTED.match(text)  # "Selv er Evensen veldig fornøyd …": after the verb
    opener = _CAPITALISED_RUN.match(text, inverted.end() if inverted else 0)
    if opener is None or opener.group().split()[0].casefold() in PREPOSITIONS | FUNCTION_WORDS:
        return None  # "Da Kwak-Ji-hyuk …": a clause, not a name, opens it
    book = r.story.book
    person = book.resolve(opener.group(), (n, 0))
    if " " not in person or not book.knows(person):
        return None
    return person if r.story.kinds.get(person, "person") == "person" else None


def after_quote(r: Reading, k: int) -> bool:
    """Whether the pronoun at token ``k`` attributes a dash quote that opens the paragraph
    ("– …, sa hun")."""
    tokens = r.tokens
    return (
        k >= 2
        and tokens[k - 1].lower in CUE_VERBS
        and tokens[k - 2].text in (",", "?", "!")
        and syntax.DASH_QUOTE.match(r.text) is not None
    )


_CLAUSE_START = frozenset({"hvordan", "hvorfor", "at", "da", "når", "fordi", "mens", "hvis", "om"})


def named_in_sentence(r: Reading, k: int) -> dict[str, bool]:
    """The names the article knows that stand before token ``k`` in its sentence, outside
    quotes, resolved to full names; True for the one that opens it ("Stig Inge Bjørnebye
    sparte ikke på kruttet da han forklarte")."""
    tokens = r.tokens
    begin = k
    while begin > 0 and tokens[begin - 1].text not in (".", "!", "?", ":", "–") and k - begin < 60:
        begin -= 1
    if after_quote(r, k):
        return {}  # "– Gitt Vestens rolle …, sa hun": the names before are the quote's
    if r.masked is None:
        r.masked = mask_quotes(r.text)
    book = r.story.book
    found: dict[str, bool] = {}
    i = begin
    while i < k:
        token = tokens[i]
        if (
            not is_name_token(token.text)
            or token.lower in FUNCTION_WORDS
            or inside_quote(r.masked, token.start)
        ):
            i += 1
            continue
        j = min(name_span(tokens, i), k)
        start = i
        while j - start >= 3 and not_of_the_name(tokens[start]):
            start += 1  # "Landslagssjef Lars Lagerbäck": the role is not the name's
        name = join_name(tokens, start, j)
        if book.knows(name):
            person = book.resolve(name, r.position(i))
            if " " in person:
                found.setdefault(person, i == begin or tokens[i - 1].lower in _CLAUSE_START)
        i = max(j, i + 1)
    return found


def named_in_a_quote(r: Reading, name: str, at: Position) -> bool:
    """Whether ``name`` was last named before ``at`` in a paragraph that is someone's quote
    (opening with a dash or «): a name in another's words, not one the narrative brought in."""
    _, last = r.story.book.mentions_before(name, at)
    text = r.story.texts[last[0]] if last is not None and last[0] < len(r.story.texts) else ""
    return text.lstrip().startswith(("–", "-", "—", "«"))


def named_earlier_here(r: Reading, k: int) -> list[str]:
    """The first person named in the sentence before this one, within the narrative being
    read ("Warholm var fornøyd. Det la han ikke skjul på" -> Warholm)."""
    if r.narrative_from is None:
        return []
    begin_scan = max(r.narrative_from, k - PRONOUN_LOOKBACK)
    ends = [i for i in range(begin_scan, k) if sentence_ends(r.tokens, i)]  # not "kl. 10.30"
    if r.masked is None:
        r.masked = mask_quotes(r.text)
    book = r.story.book
    # the sentence before; and before that while each opens with this same pronoun ("Dag
    # Sele, fylkesleder … . Han var en av dem som … . Han sier til NRK"): a chain about one
    while ends:
        end = ends.pop()
        begin = ends[-1] + 1 if ends else begin_scan
        for i in range(begin, end):
            token = r.tokens[i]
            if (
                not is_name_token(token.text)
                or token.lower in FUNCTION_WORDS
                or inside_quote(r.masked, token.start)
            ):
                continue
            name = join_name(r.tokens, i, name_span(r.tokens, i))
            # "Labour-politikeren Khan": one word the article never writes in full, but a role
            # before it tells it is a person
            titled = i > 0 and is_role(r.tokens[i - 1].text.rpartition("-")[2])
            if book.knows(name) or titled:
                person = book.resolve(name, r.position(i))
                kind = known_kind(person) or r.story.kinds.get(person, "person")
                if (" " in person or titled) and kind == "person":  # not "Trøndelag KrF"
                    return [person]
        if not ends or r.tokens[begin].lower != r.tokens[k].lower:
            return []
    return []


def name_subject(
    r: Reading, i: int, j: int, verb: str, outlet_noun: bool, role: str | None = None
) -> Subject:
    tokens = r.tokens
    book = r.story.book
    if j - i >= 3 and book.owner_genitive(tokens[i].text):
        i += 1  # "sa Clevelands Myles Garrett": the club's genitive is not the name's
    name = join_name(tokens, i, j)
    known = known_outlet(name)
    if name.casefold() in PUBLIC_BODIES or (j - i == 1 and is_body_word(name)):
        if j + 1 < len(tokens) and tokens[j].lower == "i" and is_name_token(tokens[j + 1].text):
            # "Luftfartstilsynet i USA": the body of that country or place
            name, j = f"{name} i {tokens[j + 1].text}", j + 2
        return Subject((name,), "organisation", j, (i, j), "organisation")
    single = j - i == 1
    unknown = not book.knows(name) and book.resolve(name, r.position(i)) == name
    outlet = bool(
        outlet_noun
        or known
        or (verb in PUBLISH_VERBS and not single and known_outlet(tokens[i].text))  # "CNBC Markets"
        or (
            unknown
            and single
            and (verb in PUBLISH_VERBS or verb == "ifølge")
            and not is_body_word(name)  # "ifølge Mattilsynet": a body speaks
            and not looks_like_surname(name)  # "Handegård skriver at": a person writes
            and r.story.kinds.get(name) != "person"  # "skrev Søreide til VG", then "skrev Søreide"
        )
        or (
            # "ifølge Gudbrandsdølen Dagningen", "skriver Romerikes Blad"
            not single
            and role is None  # "NRK-kommentator Jann Post": a person
            and (
                tokens[j - 1].lower.endswith(OUTLET_NAME_ENDINGS)
                or tokens[j - 1].lower in OUTLET_LAST_WORDS
            )
        )
    )
    if outlet:
        return Subject((known or name,), "outlet", j, (i, j), "outlet")
    resolved = book.resolve(name, r.position(i), role)
    return Subject((resolved,), r.story.kind_of((resolved,)), j, (i, j), "name")


def written_lower(r: Reading, word: str) -> bool:
    """'ROMANIA: Paret har innrømt å ha brukt …' where the article writes "paret" too: a
    definite common noun that opens its sentence, though the entity recogniser names it."""
    low = word.casefold()
    return (
        word[1:].islower()
        and low.endswith(("en", "et", "a", "ene"))
        and low in r.story.book.words
        and known_kind(word) is None
        and not is_body_word(word)  # "Myndighetene i Moskva", "Luftfartstilsynet i USA"
        and not r.story.book.knows(word)
        and word not in r.story.book.proper
    )
