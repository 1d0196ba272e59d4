"""Subjects that stand apart from their verb of saying: "de" closing a sentence with no one
quoted before (", skriver de på Twitter" after "Politiet har …" is the body that opens it),
and the subject between "har" and its participle."""

from __future__ import annotations

import re

from ..lexicon import CUE_VERBS, is_institution
from ..names import is_name_token, join_name, name_span
from .body_nouns import body_named_before
from .mentions import subject_after, subject_before
from .outlets import credited_outlet, outlet_in_apposition, own_source
from .speech import lacks_its_particle
from .story import Evidence, Reading, Subject, add_reported
from .words import BACKREF

# What may follow a closing frame's "de": the end, or where and to whom it was said
_AFTER_THEY = frozenset({"i", "på", "til", "overfor", "selv", "også"})


def body_opening_sentence(r: Reading, first: int, k: int, last: int) -> Subject | None:
    """The body that opens the sentence when the verb at ``k`` closes it with "de"
    (", skriver de i en pressemelding"); None otherwise."""
    tokens = r.tokens
    if not (first < k - 1 and tokens[k - 1].text == "," and k + 1 < last):
        return None
    if tokens[k + 1].lower != "de" or r.story.they():
        return None  # "de" for the people quoted before is read where pronouns are
    after = tokens[k + 2] if k + 2 < last else None
    if after is not None and after.text[0].isalpha() and after.lower not in _AFTER_THEY:
        return None
    word = tokens[first]
    name, how = None, "institution"
    if is_institution(word.text):
        name = word.lower if word.text[1:].islower() else word.text  # "Politiet": "politiet"
    elif word.text[:1].isupper() and word.text[1:].islower() and word.lower.endswith("et"):
        name, how = body_named_before(r, first), "body-noun"  # "Selskapet", after "Norwegian"
    elif is_name_token(word.text):
        end = name_span(tokens, first)
        whole = join_name(tokens, first, end)
        span = (word.start, tokens[end - 1].end)
        if r.story.kinds.get(whole) == "organisation" or (
            r.story.parser.kind_of(r.p.n, *span) == "organisation"
        ):
            name, how = whole, "organisation"  # "Vest politidistrikt har …, skriver de"
    if name is None:
        return None
    # the mention is the body's own name at the sentence's start; "de" only points back to it
    return Subject((name,), "organisation", k + 2, (first, first + 1), how)


def inverted_perfect(r: Reading, first: int, k: int, verb: str) -> Subject | None:
    """The subject between "har" and its participle ("I Bergen har lokallagsleder Trym
    Aafløy ifølge Bergens Tidende oppsummert programmet med «…»")."""
    aux = next(
        (
            i
            for i in range(k - 1, max(first, k - 12) - 1, -1)
            if r.tokens[i].lower in ("har", "hadde")
        ),
        None,
    )
    if aux is None or aux + 1 >= k:
        return None
    if any(t.lower in ("som", "at", "der", "vi", "jeg", "de") for t in r.tokens[aux + 1 : k]):
        return None  # "har Adresseavisen lagt fram utfordringer som vi mener": another clause
    subject = subject_after(r, aux + 1, verb, k)
    return subject if subject is not None and subject.names and subject.end <= k else None


# "I november kom Jagland med følgende uttalelse til en rekke medier:", "X kom med en kommentar"
_STATEMENT = re.compile(
    r"\b(?:kom|kommer|kommet)\s+(?:(?P<after>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)\s+)?med\s+"
    r"(?:følgende|en|ei|et|sin|si|sitt|sine|flere|en\s+rekke)\s+(?:[a-zæøå]+\s+)?(?:uttalelser?|"
    r"fråsegn|beskjed|kommentarer|kommentar|melding|oppfordring|advarsel|svar)\b"
)


def statement_made(r: Reading, first: int, start: int, masked: str) -> tuple[int, Subject] | None:
    """Who "kom med følgende uttalelse" (made a statement): the subject after "kom" or before
    it, with the token of "kom"; None when the sentence has no such phrase or no one named."""
    m = _STATEMENT.search(masked)
    if m is None:
        return None
    k = r.token_at(start + m.start())
    subject = subject_after(r, k + 1, "kom") if m["after"] else subject_before(r, k, first)
    return (k, subject) if subject is not None and subject.names else None


def said_back(r: Reading, start: int, end: int, masked: str, speakers: list[str]) -> None:
    """ "Det sier X til NRK.", "Slik forklarer X det": the sentence opens with what was said;
    not "Det gjør hun forresten oftere enn de fleste" ("gjør" says nothing without "klart")."""
    back = BACKREF.match(masked)
    k = r.token_at(start + back.start(1)) if back else 0
    if not back or r.tokens[k].lower not in CUE_VERBS or lacks_its_particle(r, k):
        return
    subject = subject_after(r, k + 1, r.tokens[k].lower) or outlet_in_apposition(r, k + 1)
    if subject and subject.names:
        source = credited_outlet(r, subject.end, end) or own_source(subject)
        evidence = Evidence.of("sentence.det-sier", k, subject)
        add_reported(r, start, end, subject, source, speakers, evidence)
