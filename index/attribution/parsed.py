"""Speaker mentions found by the dependency parse: the subject of the cue verb, read into a
speaker by the same rules as a name found by position."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import (
    BODY_NOUNS,
    CUE_VERBS,
    INSTITUTIONS,
    KNOWN_OUTLETS,
    NAME_PARTICLES,
    OUTLET_NOUNS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    is_institution,
    known_outlet,
)
from ..names import (
    Token,
    firm_list_end,
    gender_of,
    is_acronym,
    is_body_word,
    is_descriptor,
    is_finite_verb,
    is_function_word,
    is_name_token,
    is_plural_definite,
    is_role,
    join_name,
    name_span,
    not_of_the_name,
    opens_sentence,
    organisation_end,
    outlet_end,
    person_start,
)
from .affiliations import is_owned_role, owned_body_end, owned_role_holder
from .body_nouns import body_named_before
from .epithets import epithet_subject, spoke_before_described
from .outlets import is_genitive
from .resolve import (
    name_subject,
    named_earlier_here,
    named_in_sentence,
    pronoun_subject,
    written_lower,
)
from .spans import inside_quote, mask_quotes
from .story import Reading, Subject
from .words import AGE_EPITHET, GROUP_NOUNS, NATIONALITIES, PREPOSITIONS, is_person_noun

# A report compounded with its author's name: "UNCTAD-rapporten", "SSB-analysen"
_OWNED_REPORT = re.compile(r"([A-ZÆØÅ][\w]*)-(?:rapporten?|analysen|undersøkelsen|studien)")


def parsed_subject(r: Reading, k: int, verb: str) -> Subject | None:
    """The subject of the verb at token ``k`` as the parser reads its sentence, read into a
    speaker by the same rules as a name found by position."""
    words = r.story.parser.subject_of(r.p.n, r.tokens[k].start)
    if words is None:
        return None
    tokens = r.tokens
    i = r.token_at(words.name.start)
    j = r.token_at(words.name.end - 1) + 1
    while j > i and not tokens[j - 1].text[-1].isalnum():
        j -= 1  # the parser's token may carry the full stop ("Nordmann1.")
    while j - 1 > i and tokens[j - 1].text in NAME_PARTICLES:
        j -= 1  # "anbefaler May de folkevalgte": a particle with no name after it
    firm = j < len(tokens) and tokens[j].text == "," and firm_list_end(tokens, j) > j
    if j < len(tokens) and (tokens[j].text == "&" or firm):
        j = max(j, name_span(tokens, i))  # "Road & Track", "Lipcon, Margulies … & …": one name
    elif (
        i < j < k
        and is_name_token(tokens[j].text)
        and is_name_token(tokens[j - 1].text)
        and (
            join_name(tokens, i, j).casefold() not in KNOWN_OUTLETS  # "Nettavisen" of "… Økonomi"
            or join_name(tokens, i, name_span(tokens, i)).casefold() in KNOWN_OUTLETS
        )
    ):
        j = min(k, max(j, name_span(tokens, i)))  # "Priti Patel": the parser took "Priti"
    j = outlet_end(tokens, i, j)  # "fortel NRK Sogn og Fjordane": the parser took "NRK Sogn"
    if i >= len(tokens) or i >= j:
        return None
    if i > 0 and tokens[i - 1].lower in PREPOSITIONS:
        return None  # "Til Expressen forteller multikunstneren": the parser erred
    if owned_role(tokens, i, j):  # "Norges statsminister sier": the one given that role
        holder = owned_role_holder(r, i)
        return replace(holder, mention=(i - 1, j)) if holder else None
    if (
        i > 0
        and tokens[i - 1].text[:1].isupper()
        and is_genitive(tokens, i)
        and owned_body_end(tokens, i) == i + 1
    ):
        # "USAs finansdepartement opplyser": the parser's head noun, with its owner
        name = join_name(tokens, i - 1, i + 1)
        return Subject((name,), "organisation", i + 1, (i - 1, i + 1), "organisation")
    if any(t.text == "/" for t in tokens[i:k]):
        return None  # "FOTO: Matt Dunham / TT … Sajid Javid forteller": a credit, not a clause
    if j - i == 1 and bare_role(r, i):
        return Subject((), "person", j, (i, j), "unnamed")  # "Ekspert mener": one not named
    if j - i == 1 and AGE_EPITHET.fullmatch(tokens[i].lower):
        # "og 36-åringen forteller at": the person last named, as after the verb
        person = r.story.last_person_named(r.position(i))
        return Subject((person,), "person", j, (i, j), "age") if person else None
    report = _OWNED_REPORT.fullmatch(tokens[i].text) if j - i == 1 else None
    if report is not None:  # "UNCTAD-rapporten spår at": the report speaks for its author
        return Subject((report.group(1),), "organisation", j, (i, j), "organisation")
    if is_owned_role(tokens[j - 1].text):
        # "Tesla-sjefen har vedgått at": the one the article gave that role ("Tesla-sjef Elon
        # Musk"), else nobody: the person is not named here
        return owned_role_holder(r, j - 1)
    if r.masked is None:
        r.masked = mask_quotes(r.text)
    if inside_quote(r.masked, tokens[j - 1].start):
        return None  # "«… vår hellige bok (Koranen)» spurte han": quoted words speak not
    role_word = None
    whole = join_name(tokens, i, j).casefold()
    while (
        j - i >= 2
        and whole not in KNOWN_OUTLETS
        and known_outlet(join_name(tokens, i, j)) is None  # "NRK Sogn og Fjordane"
        and (not_of_the_name(tokens[i]) or is_descriptor(tokens[i], opens_sentence(tokens, i)))
    ):
        role_word = tokens[i].text if is_role(tokens[i].text) else role_word
        i += 1  # "Klimaforsker Helge Drange": the role is not part of the name
    word = tokens[i]
    if word.lower in PRONOUNS_SINGULAR:
        return pronoun_subject(r, i)
    if word.lower in GROUP_NOUNS and j - i == 1:
        last = r.story.group()  # "Duoen forklarer at"
        return Subject(last, "person", i + 1, (i, i + 1), "they") if last else None
    if word.lower in PRONOUNS_PLURAL:
        last = r.story.last_speakers  # "De påpeker at": several quoted, not one body
        last = last if len(last) > 1 else r.story.pair()
        return Subject(last, r.story.kind_of(last), i + 1, (i, i + 1), "they") if last else None
    if is_function_word(word):
        return None
    if is_institution(word.text):
        return institution_named(tokens, i, j, j)
    body = body_named_before(r, i) if j - i == 1 else None
    if body is not None:
        return Subject((body,), "organisation", j, (i, j), "body-noun")
    body = organisation_ending_at(r, i)
    if body is not None:
        return Subject((body,), "organisation", i + 1, (i, i + 1), "organisation")
    organisation = organisation_end(tokens, i, j)
    if organisation > j:  # "Statens vegvesen opplyser": the noun completes the name
        return Subject(
            (join_name(tokens, i, organisation),),
            "organisation",
            organisation,
            (i, organisation),
            "organisation",
        )
    opens = i == 0 or not tokens[i - 1].text[0].isalnum()
    if j - i == 1 and is_epithet(r, word.text, opens):
        return epithet_subject(r, i, j)
    if (
        not is_name_token(word.text)
        or (j - i == 1 and opens and written_lower(r, word.text))
        or (
            j - i == 1
            and words.kind is None
            and opens
            and not r.story.book.knows(word.text)
            and not is_acronym(word.text)  # "SA skrev"
            and word.text not in r.story.book.proper  # a name the article has mid-sentence
        )
    ):
        # a common noun, or a capitalised word that opens a sentence and is no name
        # the article or the entity recogniser knows ("Butikkeieren vil ikke si noe")
        if word.lower in NATIONALITIES:
            # "Landslagssjef Lars Lagerbäck legger seg ikke opp i …, men svensken mener": the
            # first named in the sentence, or in the one before; else nobody (the last one
            # quoted is often another: "Svindal og resten …. Nordmannen varslet")
            here = list(named_in_sentence(r, i)) or named_earlier_here(r, i)
            return Subject((here[0],), "person", j, (i, j), "nationality") if here else None
        if is_role(word.lower) and i > 0 and tokens[i - 1].lower in ("en", "ei", "et"):
            # "anklaget en talskvinne for det russiske utenriksdepartementet, Maria Zakharova,
            # Le Mesurier for": a role with "en" is someone new, named after it or not at all
            named = apposition_after(r, j, verb)
            return named or Subject((), "person", j, (i, j), "unnamed")
        if is_role(word.lower) and (same := spoke_before_described(r, i)):
            return Subject(same, "person", j, (i, j), "role")
        if is_role(word.lower) or is_plural_definite(word.lower):
            people = r.story.book.by_role(word.text, r.position(i), is_plural_definite(word.lower))
            if people:
                return Subject(people, "person", j, (i, j), "role")
            if j - i == 1 and opens and word.lower.endswith("en"):
                # "Kantspilleren kaller …": a role no one was given, for the one just quoted
                return epithet_subject(r, i, j)
        return None
    if words.others and not firm:  # "Både Putin og Erdogan sa": each coordinated name speaks
        names = [name_subject(r, person_start(tokens, i, j), j, verb, False)]
        for other in words.others:
            oi = r.token_at(other.start)
            oj = r.token_at(other.end - 1) + 1
            if oi < oj and is_name_token(tokens[oi].text):
                names.append(name_subject(r, person_start(tokens, oi, oj), oj, verb, False))
        every = tuple(dict.fromkeys(n for s in names for n in s.names))
        return Subject(every, r.story.kind_of(every), max(s.end for s in names), (i, j), "names")
    role_text = r.text[words.role.start : words.role.end] if words.role else ""
    role = role_text if role_text and is_role(role_text) else role_word
    outlet_noun = role_text.casefold() in OUTLET_NOUNS
    outlet = known_outlet(join_name(tokens, i, j))  # "NRK Sogn og Fjordane": no "NRK" owner
    start = i if outlet else person_start(tokens, i, j)
    subject = name_subject(r, start, j, verb, outlet_noun, role)
    titled = role is not None or (i > 0 and is_role(tokens[i - 1].text)) or described(r, i)
    first_named = len(subject.names) == 1 and gender_of(subject.names[0]) is not None
    if words.kind == "organisation" and not subject.outlet and not titled and not first_named:
        # a person's role before the name outweighs the recogniser's label ("M5S-partileder
        # Luigi Di Maio"), and so does a first name ("Ine Eriksen Søreide … i Høyre")
        return replace(subject, kind="organisation", how="organisation")
    return subject


def owned_role(tokens: list[Token], i: int, j: int) -> bool:
    """A role word owned by a country or body in the genitive ("Norges statsminister", "USAs
    president"): a person, never the organisation "Norges statsminister"."""
    word = tokens[i].text
    owner = tokens[i - 1].text if i > 0 else ""
    return (
        j - i == 1
        and owner[:1].isupper()
        and owner.endswith("s")
        and word.islower()
        and is_role(word)
        and not is_plural_definite(word)
    )


def organisation_ending_at(r: Reading, i: int) -> str | None:
    """'Statens vegvesen', 'Buskerud tingrett': the parser's subject is the lower-case
    noun of an organisation's name; the name is the capitalised words before it too."""
    tokens = r.tokens
    if i == 0 or not tokens[i].text[:1].islower() or not is_name_token(tokens[i - 1].text):
        return None
    start = i - 1
    while start > 0 and is_name_token(tokens[start - 1].text):
        start -= 1
    while start < i - 1 and not_of_the_name(tokens[start]):
        start += 1
    if organisation_end(tokens, start, i) != i + 1:
        return None
    return join_name(tokens, start, i + 1)


def bare_role(r: Reading, i: int) -> bool:
    """ "Ekspert mener …", "Forsker tror …": a role with no article opening its sentence, as
    in a summary's headline style; it names no one ("Statsministeren" and "Palmesus-sjefen"
    stand for someone the article named)."""
    word = r.tokens[i].text
    return (
        opens_sentence(r.tokens, i)
        and word[:1].isupper()
        and word[1:].islower()
        and "-" not in word
        and not word.endswith(("en", "et", "a"))
        and is_role(word)
        and not r.story.book.knows(word)
    )


def is_epithet(r: Reading, word: str, opens: bool) -> bool:
    """'Veteranen har tidligere sagt til NTB at', 'gjorde Sprova-hopperen det kjent at': a
    capitalised word that is a common noun for a person, as it opens the sentence or follows a
    place's name, not a name the article knows (the entity recogniser takes some for
    organisations)."""
    head = word.rsplit("-", 1)[-1]
    compound = head != word and head.islower()  # a place's name first: capitalised anywhere
    if not compound and (not opens or word in r.story.book.proper):
        return False  # a name the article writes mid-sentence too
    return is_person_noun(head.casefold()) and not r.story.book.knows(word)


def apposition_after(r: Reading, j: int, verb: str) -> Subject | None:
    """The name set off by commas within a few words after token ``j`` (", Maria Zakharova,")."""
    tokens = r.tokens
    comma = next((m for m in range(j, min(j + 8, len(tokens))) if tokens[m].text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or not is_name_token(tokens[comma + 1].text):
        return None
    end = name_span(tokens, comma + 1)
    if end >= len(tokens) or tokens[end].text != ",":
        return None
    return name_subject(r, person_start(tokens, comma + 1, end), end, verb, False)


def described(r: Reading, i: int) -> bool:
    """Whether a lower-case noun for what someone is stands right before the name at ``i``
    ("vert Emmanuel Macron forsikrer"): a person, whatever the entity recogniser says; a
    body's noun ("selskapet Equinor") or a publication's does not count."""
    if i == 0:
        return False
    word = r.tokens[i - 1]
    return (
        word.text.isalpha()
        and word.text.islower()
        and len(word.text) > 2
        and not is_function_word(word)
        and word.lower not in PREPOSITIONS | OUTLET_NOUNS | CUE_VERBS
        and not is_body_word(word.text)
        and not is_finite_verb(word.lower)
    )


def institution_named(tokens: list[Token], i: int, j: int, end: int) -> Subject:
    """An institution's word at ``i`` ("politiet", "Oslo-politiet"), or the proper name it
    opens up to ``j`` ("Sykehuset Levanger"), which is that body's name."""
    if j - i > 1 and tokens[i].text[0].isupper() and is_name_token(tokens[i + 1].text):
        return Subject((join_name(tokens, i, j),), "organisation", j, (i, j), "institution")
    return Subject((tokens[i].text,), "organisation", end, (i, end), "institution")


def common_noun_subject(r: Reading, lower: list[Token], k: int, verb: str) -> Subject | None:
    """The subject that lower-case words after a verb of saying name, ending before token
    ``k``: an institution ("opplyser politiet"), a body named before ("ifølge banken"), a
    role ("sier statsråden") or a nationality ("sa serberen")."""
    if lower:
        word = lower[-1]
        if verb == "ifølge":  # "ifølge politiet ble han …": the words after are the claim
            word = next(
                (
                    t
                    for t in lower
                    if t.lower in INSTITUTIONS or t.lower in BODY_NOUNS or is_role(t.text)
                ),
                word,
            )
        if is_institution(word.text):
            return Subject((word.text,), "organisation", k, (k - 1, k), "institution")
        # "ifølge instituttet vil filmen": the body noun right after "ifølge", not the last word
        at = k - len(lower) + next(n for n, t in enumerate(lower) if t is word)
        body = body_named_before(r, at) if word is lower[-1] or verb == "ifølge" else None
        if body is not None:  # "ifølge banken", after "Handelsbanken"
            return Subject((body,), "organisation", k, (k - 1, k), "body-noun")
        if is_role(word.text) or is_plural_definite(word.text):
            names = r.story.book.by_role(word.text, r.position(k), is_plural_definite(word.text))
            if names:
                return Subject(names, "person", k, (k - 1, k), "role")
            if len(lower) == 1 and word.lower.endswith("en"):
                # "sier statsråden", a role no one was given: the one just quoted, last named
                return epithet_subject(r, k - 1, k)
        if len(lower) == 1 and is_person_noun(word.lower) and verb != "ifølge":
            # "argumenterte keeperen med at": the one quoted last, else the person named last
            person = r.story.last_person_named(r.position(k))
            named = Subject((person,), "person", k, (k - 1, k), "epithet") if person else None
            return epithet_subject(r, k - 1, k) or named
        if len(lower) == 1 and word.lower in NATIONALITIES and verb != "ifølge":
            # "sa serberen": a nationality for the person last quoted, else last named
            last = r.story.last_speakers
            quoted = last[0] if len(last) == 1 and r.story.kind_of(last) == "person" else None
            person = quoted or r.story.last_person_named(r.position(k))
            if person is not None:
                return Subject((person,), "person", k, (k - 1, k), "nationality")
    return None
