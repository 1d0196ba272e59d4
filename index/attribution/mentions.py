"""Speaker mentions found by position around a cue: the subject after a verb of saying (V2
order, "sier analytiker Andrew Neff") and the subject before it ("Både Putin og Erdogan sa")."""

from __future__ import annotations

from dataclasses import replace

from ..article import SpeakerKind
from ..lexicon import (
    CUE_VERBS,
    FUNCTION_WORDS,
    INSTITUTIONS,
    KNOWN_OUTLETS,
    OUTLET_NOUNS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    PUBLISH_VERBS,
    is_institution,
    known_body_at,
    known_outlet,
)
from ..names import (
    Token,
    is_acronym,
    is_body_word,
    is_descriptor,
    is_finite_verb,
    is_name_token,
    is_plural_definite,
    is_role,
    join_name,
    name_span,
    not_of_the_name,
    opens_sentence,
    organisation_end,
    outlet_end,
    outlet_name_end,
    person_start,
)
from .affiliations import (
    before_affiliation,
    before_relative,
    governed_after_adjective,
    is_organisation_genitive_like,
    is_owned_role,
    name_after_affiliation,
    owned_body_end,
    owned_role_holder,
    owner_before,
    past_owned_role,
)
from .body_nouns import body_named_before
from .epithets import just_quoted
from .outlets import glued_outlet, is_genitive, paper_by_noun
from .pairs import with_partner
from .parsed import common_noun_subject, institution_named
from .resolve import name_subject, pronoun_subject, written_lower
from .story import Reading, Subject
from .words import (
    ADVERBS,
    AFFILIATION,
    AGE_EPITHET,
    AUXILIARIES,
    DETERMINERS,
    GOVERNING,
    GROUP_NOUNS,
    MAX_LOWER_BEFORE_NAME,
    NOT_SUBJECT,
    NUMBER_GENITIVE,
    WORKINGS,
    joins_two_roles,
    subject_length,
    teller_unnamed,
)


def subject_after(r: Reading, k: int, verb: str, stop: int | None = None) -> Subject | None:
    """The subject that follows a verb of saying (V2 order): 'sier analytiker Andrew Neff';
    with ``stop``, one that ends before it ("har franskmannen fortalt": the participle)."""
    tokens = r.tokens
    skipped = 0
    while (
        k < len(tokens)
        and tokens[k].lower in ADVERBS
        and skipped < 2
        and not (k + 1 < len(tokens) and tokens[k + 1].lower in ("at", "om"))
    ):
        k, skipped = k + 1, skipped + 1
    if k >= len(tokens):
        return None
    before = k
    k = past_owned_role(tokens, k)  # "kritiserte Tesla-topp Elon Musk", "sa TV 2-ekspert X"
    owner_role = tokens[k - 1].text if k > before else None  # a person's: "NRK-kommentator"
    first = tokens[k]
    if first.lower in PRONOUNS_SINGULAR or (verb == "ifølge" and first.lower in ("ham", "henne")):
        return pronoun_subject(r, k)  # "sa han", "Ifølge henne skal de"
    paper = paper_by_noun(r, k) if verb != "ifølge" else None
    if paper is not None:  # "konstaterte Hongkong-avisen": the paper named before
        return Subject((paper,), "outlet", k + 1, (k, k + 1), "outlet")
    with_article = known_body_at(tokens, k)
    if with_article is not None:  # "kunngjorde Det hvite hus at"
        name, after = with_article
        return Subject((name,), "organisation", after, (k, after), "organisation")
    if is_institution(first.text) and not first.text.islower():
        return institution_named(tokens, k, name_span(tokens, k), k + 1)
    if AGE_EPITHET.fullmatch(first.lower):
        # "sier 21-åringen": the person last named, as the article gives the age nowhere else
        person = r.story.last_person_named(r.position(k))
        return Subject((person,), "person", k + 1, (k, k + 1), "age") if person else None
    counted = k + 1 < len(tokens) and tokens[k + 1].lower in ("to", "begge")  # "mener de to"
    after = k + 2 if counted else k + 1
    if (first.lower in PRONOUNS_PLURAL or first.lower in GROUP_NOUNS) and (
        after >= len(tokens)
        or not tokens[after].text[0].isalpha()
        or tokens[after].lower in ("til", "at", "også")
    ):
        they = r.story.they() if first.lower in PRONOUNS_PLURAL and not counted else r.story.group()
        return Subject(they, r.story.kind_of(they), after, (k, after), "they") if they else None
    outlet_noun = False
    lower: list[Token] = []
    while k < (stop or len(tokens)) and len(lower) < MAX_LOWER_BEFORE_NAME:
        t = tokens[k]
        if (
            not lower
            and k + 2 < len(tokens)
            and tokens[k + 1].text == "/"
            and tokens[k + 1].start == t.end
            and is_organisation_genitive_like(tokens[k + 2].text)
        ):
            k += 3  # "sa Bodø/Glimts daglige leder Frode Thomassen": the club owns the title
            continue
        owner = name_span(tokens, k) if not lower else k
        if owner > k and is_genitive(tokens, owner) and organisation_end(tokens, k, owner) == owner:
            body_end = owned_body_end(tokens, owner)
            if body_end is not None:  # "ifølge USAs justisdepartement": the body speaks
                name = join_name(tokens, k, body_end)
                return Subject((name,), "organisation", body_end, (k, body_end), "organisation")
            if verb == "ifølge" and tokens[owner].lower in WORKINGS:
                # "Ifølgje Steins utrekningar": whose figures; "Ifølge VGs opplysninger": the paper
                person = r.story.book.resolve(join_name(tokens, k, owner)[:-1], r.position(k))
                if (paper := known_outlet(person)) is not None:
                    return Subject((paper,), "outlet", owner + 1, (k, owner))
                if " " in person and r.story.kinds.get(person, "person") == "person":
                    return Subject((person,), "person", owner + 1, (k, owner), "owner")
            if owner - k >= 3 and not is_role(tokens[owner].text) and tokens[owner].text.islower():
                # "kritiserte Elon Musk Porsches bruk": the speaker, then whose thing they spoke of
                return name_subject(r, person_start(tokens, k, owner - 1), owner - 1, verb, False)
            k = owner  # "sier Unge Høyres nestleder Ola Berg": the owner is not the speaker
            continue
        if lower and t.lower in AFFILIATION and lower[-1].lower not in DETERMINERS:
            named = name_after_affiliation(r, k + 1)
            if named is not None:
                k = named  # "vaktleder ved 110-sentralen Stein Arild Egeland"
                break
        if not (lower and joins_two_roles(tokens, k)) and (
            not t.text[0].isalpha()
            or t.text[0].isupper()
            or is_name_token(t.text)  # "ifølge iFinnmark"
            or t.lower in NOT_SUBJECT - DETERMINERS
            or is_finite_verb(t.lower)  # "Ifølge rapporten kan Japan": a clause's subject
        ):
            break
        if t.lower in DETERMINERS and lower:
            break
        lower.append(t)
        outlet_noun = outlet_noun or t.lower in OUTLET_NOUNS
        k += 1
    if lower and lower[0].lower in DETERMINERS and len(lower) == 1:
        return None
    if any(t.lower == "av" for t in lower):
        # "ifølge en av Macrons rådgivere": one of many, not a named speaker, unless named
        # after a comma ("sa en av opprørernes militærsjefer, Salem Muftah al-Refaidy søndag")
        return named_after_comma(r, k, k + 1, verb)
    at_preposition = k < len(tokens) and tokens[k].lower in ("for", "i", "ved", "hos")
    if lower and is_role(lower[-1].text) and at_preposition:
        # "seier informasjonssjef for Vestlandet, Per Aril Meling i Telenor"
        appositive = named_after_comma(r, k, k + 4, verb)
        if appositive is not None:
            return appositive
    if lower and lower[0].lower in GOVERNING - {"om"}:
        return None  # "benekter overfor TV2 Østjylland at": the name is the preposition's
    j = name_span(tokens, k) if k < len(tokens) else k
    j = outlet_end(tokens, k, j)  # "ifølge TV 2": the number is the outlet's name
    if j < len(tokens) and j > k and NUMBER_GENITIVE.fullmatch(tokens[j].text):
        return None  # "sier TV 2s Jesper Mathisen": an owner; the parser reads the rest
    if j == k < len(tokens) and not lower and is_owned_role(tokens[k].text):
        return owned_role_holder(r, k)  # "ifølge FN-rapportøren", after "FNs spesialrapportør X"
    if j < len(tokens) and j > k and is_owned_role(tokens[j].text):
        # "sier Manchester City-sjefen": a role whose owner's name runs into it
        if j + 1 < len(tokens) and is_name_token(tokens[j + 1].text):
            k, j = j + 1, name_span(tokens, j + 1)  # "… City-sjef Pep Guardiola"
        else:
            return owned_role_holder(r, j)  # named with the role before, or not at all
    j = outlet_name_end(tokens, k, j) if outlet_name_end(tokens, k, j) > k else j
    organisation = organisation_end(tokens, k, j) if j > k else j
    if organisation > j:
        name = join_name(tokens, k, organisation)
        if (verb == "ifølge" or verb in PUBLISH_VERBS) and known_outlet(name):
            j, outlet_noun = organisation, True
        else:  # "opplyser Buskerud tingrett", "ifølge Norsk helseinformatikk": a body speaks
            return Subject((name,), "organisation", organisation, (k, organisation), "organisation")
    if j > k and outlet_noun and lower and teller_unnamed(lower[0].text):
        told = join_name(tokens, k, j)  # the paper told is the source
        return Subject((), "person", j, (k - len(lower), k), "unnamed", told=told)
    if j > k:
        role = next((t.text for t in reversed(lower) if is_role(t.text)), owner_role)
        while j - k >= 3 and not_of_the_name(tokens[k]):  # "Gullvinner Anna Lie"
            role, k = tokens[k].text if is_role(tokens[k].text) else role, k + 1
        if j - k >= 2 and all(t.text.isupper() for t in tokens[k:j]):
            # "HÅPER PÅ FANGST: …": a caption's label in capitals, not a name
            if join_name(tokens, k, j).casefold() not in KNOWN_OUTLETS:
                return None
        glued = glued_outlet(tokens, k, j)  # "svarer Jagland VG nå": the paper told, glued on
        subject = name_subject(
            r, person_start(tokens, k, j - bool(glued)), j - bool(glued), verb, outlet_noun, role
        )
        return with_partner(r, replace(subject, told=glued) if glued else subject)
    keep = subject_length(lower)  # "sa presidenten videre": the adverb after the subject
    return common_noun_subject(r, lower[:keep], k - (len(lower) - keep), verb)


def named_after_comma(r: Reading, k: int, stop: int, verb: str) -> Subject | None:
    """The person named after the first comma from token ``k`` on, before ``stop``: who a
    description ending there is (", Salem Muftah al-Refaidy")."""
    tokens = r.tokens
    for m in range(k, min(stop, len(tokens) - 1)):
        if tokens[m].text == "," and is_name_token(tokens[m + 1].text):
            j = name_span(tokens, m + 1)
            return name_subject(r, person_start(tokens, m + 1, j), j, verb, False)
        if tokens[m].text in (".", "!", "?") or tokens[m].lower in CUE_VERBS:
            return None
    return None


def subject_before(r: Reading, k: int, first: int) -> Subject | None:
    """The subject that precedes a verb: 'Både Putin og Erdogan sa', 'Presidentene sa'."""
    tokens = r.tokens
    i = k - 1
    apposition = False
    if (
        i - 2 >= first
        and tokens[i].lower == "som"
        and tokens[i - 1].text == ","
        and is_name_token(tokens[i - 2].text)
    ):
        i -= 2  # "Høyres Erlend Svardal Bøe, som viser til at": the name the clause is about
    elif i - 1 > first and tokens[i].text == "," and is_name_token(tokens[i - 1].text):
        start = i - 1
        while start - 1 >= first and is_name_token(tokens[start - 1].text):
            start -= 1
        edge = start - 1
        while edge >= first and start - edge <= 3 and tokens[edge].text.islower():
            edge -= 1  # "…, generalmajor Morten Klever, erkjenner": a title inside the commas
        if edge >= first and tokens[edge].text == ",":
            i, apposition = i - 1, True  # "En talsmann for …, Jacob Vullum Andersen, benekter"
    steps = 0
    while i >= first and tokens[i].lower in AUXILIARIES and steps < 3:
        i, steps = i - 1, steps + 1
    if i >= first and tokens[i].text == ")":
        while i >= first and tokens[i].text != "(":
            i -= 1
        i -= 1
    i = before_affiliation(r, before_relative(r, i, first), first)
    if i < first:
        return None
    word = tokens[i]
    if word.lower == "to" and i > first and tokens[i - 1].lower in GROUP_NOUNS:
        they = r.story.group()  # "Båe to seier dei kjem til å reise heim": the pair
        return Subject(they, r.story.kind_of(they), k, (i - 1, i + 1), "they") if they else None
    if word.lower in PRONOUNS_SINGULAR and (
        i == first or not tokens[i - 1].text[0].isalpha() or tokens[i - 1].lower in NOT_SUBJECT
    ):
        return pronoun_subject(r, i)
    if (
        word.lower in INSTITUTIONS
        and i - 2 >= first
        and tokens[i - 1].lower in AFFILIATION
        and tokens[i - 2].text.isalpha()
        and tokens[i - 2].text.islower()
        and tokens[i - 2].lower not in FUNCTION_WORDS
    ):
        # "fagforeningene i politiet viser til at": who speaks is unnamed, not the body
        return Subject((), "person", k, (i - 2, k), "unnamed")
    if is_institution(word.text):
        return Subject((word.text,), "organisation", k, (i, i + 1), "institution")
    body = body_named_before(r, i)
    if body is not None:  # "Selskapet opplyser", after "flyselskapet Norwegian"
        return Subject((body,), "organisation", k, (i, i + 1), "body-noun")
    names: list[str] = []
    outlet = False
    role: str | None = None
    end = i + 1
    while i >= first and is_name_token(tokens[i].text):
        start = i
        while start - 1 >= first and (
            is_name_token(tokens[start - 1].text)
            or tokens[start - 1].lower in ("de", "van", "von", "al")
        ):
            start -= 1
        while start <= i and (
            not_of_the_name(tokens[start])
            # "Flyverten Carlos Alberto Munoz-Moyano oppga": a definite noun opening the sentence
            or (i - start >= 2 and is_descriptor(tokens[start], opens_sentence(tokens, start)))
        ):
            role = tokens[start].text if is_role(tokens[start].text) else role
            start += 1
        start = person_start(tokens, start, i + 1)
        while i - start >= 2 and not_of_the_name(tokens[start]):
            role = tokens[start].text if is_role(tokens[start].text) else role
            start += 1  # "TT NYHETSBYRÅN Innenriksminister Sajid Javid": after the owners
        if start > i:
            break
        before = tokens[start - 1].lower if start > first else ""
        if (before in GOVERNING or before == "mellom") and not names:
            return None  # "Til VG presiserer X", "samtale mellom Trump og Erdogan": a preposition's
        if not names and governed_after_adjective(tokens, start, first):
            return None  # "I et intervju på rumensk TV innrømmer paret": the place said
        if before in AFFILIATION and not names:
            # "Helge Drange ved Universitetet i Bergen mener": the subject stands before
            # the affiliation.
            owner = owner_before(tokens, start - 2, first)
            if owner is not None:
                i = owner
                continue
            if start - 1 == first:
                return None  # "På Twitter utdyper partilederen": fronted; the subject follows
            # "40 høytstående demokrater i USA ba": a place; the subject is no one named
            return Subject((), "person", k, (start, k), "unnamed")
        name = join_name(tokens, start, i + 1)
        opens = start == first or tokens[start - 1].text == ":"
        if not names and start == i and opens and written_lower(r, name):
            return None  # "ROMANIA: Paret har innrømt": "paret" elsewhere, a common noun
        if start > first and is_role(tokens[start - 1].text):
            role = tokens[start - 1].text
        outlet = outlet or before in OUTLET_NOUNS or name.casefold() in KNOWN_OUTLETS
        names.insert(0, name)
        i = start - 1
        if (
            not apposition
            and i >= first
            and tokens[i].lower in ("og", ",")
            and i - 1 >= first
            and is_name_token(tokens[i - 1].text)
        ):
            i -= 1
            continue
        break
    if names and i >= first and tokens[i].lower in ("mellom", "med", "mot", "om", "til"):
        return None  # "Etter en samtale mellom Trump og Erdogan … kunngjorde X": their object
    if (
        len(names) == 1
        and " " not in names[0]
        and end - 1 == first
        and not outlet
        and not r.story.book.knows(names[0])
        and names[0].casefold() not in KNOWN_OUTLETS
        and not is_acronym(names[0])  # an acronym is a name: "SA skrev"
        and names[0] not in r.story.book.proper  # "Vale opplyste", after "ansatte i Vale"
    ):
        # A capitalised word opening the sentence is a name only if the entity recogniser
        # or the article says so ("Klimanøytralitet vil si at", "Butikkeieren vil ikke").
        at = tokens[first].start
        if r.story.parser.kind_of(r.p.n, at, at + len(names[0])) is None:
            names = []
    if names:
        resolved = tuple(
            n
            if outlet
            else r.story.book.resolve(n, r.position(end - 1), role if len(names) == 1 else None)
            for n in names
        )
        kind: SpeakerKind = "outlet" if outlet else r.story.kind_of(resolved)
        after = i + 1 + len(names[0].split())  # the token after the first name
        if (
            len(resolved) == 1
            and is_body_word(resolved[0])
            and after + 1 < len(tokens)
            and tokens[after].lower == "i"
            and is_name_token(tokens[after + 1].text)
        ):
            # "Luftfartstilsynet i USA krever": the body of that country or place
            resolved, kind = (f"{resolved[0]} i {tokens[after + 1].text}",), "organisation"
        return Subject(
            tuple(known_outlet(n) or n for n in resolved),
            kind,
            end,
            (i + 1, end),
            "outlet" if outlet else "name",
        )
    if is_role(word.text) or is_plural_definite(word.text):
        plural = is_plural_definite(word.text)
        people = r.story.book.by_role(word.text, r.position(i), plural)
        if people:
            return Subject(people, "person", k, (i, i + 1), "role")
        if not plural and i > first and is_genitive(tokens, i):
            return just_quoted(r, i)  # "Oslo Høyres helsepolitiker mener", no one so named
    return None
