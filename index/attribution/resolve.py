"""Resolution: a mention (a name, "han"/"hun", a role) to one entity of the article."""

from __future__ import annotations

from ..lexicon import (
    FUNCTION_WORDS,
    OUTLET_LAST_WORDS,
    OUTLET_NAME_ENDINGS,
    PUBLIC_BODIES,
    PUBLISH_VERBS,
    known_outlet,
)
from ..names import gender_of, is_name_token, join_name, name_span
from .spans import inside_quote, mask_quotes
from .story import Reading, Subject
from .words import CATAPHORA_PARAGRAPHS, PRONOUN_LOOKBACK


def pronoun_subject(r: Reading, k: int) -> Subject | None:
    """Who "han"/"hun" at token ``k`` is: the most recent person of that sex (or of unknown
    sex), preferring the person named earlier in the same narrative, then the last one
    quoted, then anyone named before. Nobody, when no one fits."""
    want = "f" if r.tokens[k].lower in ("hun", "ho") else "m"
    at = r.position(k)
    book = r.story.book
    candidates: list[str | None] = list(named_earlier_here(r, k))
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
    candidates.append(
        r.story.last_person or book.last_person_before(at, "hun" if want == "f" else "han")
    )
    candidates.extend(book.people_before(at))
    for person in candidates:
        if person and gender_of(person) in (None, want):
            return Subject((person,), "person", k + 1, (k, k + 1), "pronoun")
    if not any(candidates):  # nobody named yet: the lede's person is named just below
        ahead = [
            p
            for p in book.people_after(at, CATAPHORA_PARAGRAPHS)
            if r.story.kinds.get(p, "person") == "person"
        ]
        if ahead and gender_of(ahead[0]) in (None, want):
            return Subject((ahead[0],), "person", k + 1, (k, k + 1), "pronoun-ahead")
    return None


def named_earlier_here(r: Reading, k: int) -> list[str]:
    """The first person named in the sentence before this one, within the narrative being
    read ("Warholm var fornøyd. Det la han ikke skjul på" -> Warholm)."""
    if r.narrative_from is None:
        return []
    begin_scan = max(r.narrative_from, k - PRONOUN_LOOKBACK)
    ends = [i for i in range(begin_scan, k) if r.tokens[i].text in (".", "!", "?")]
    if not ends:
        return []
    begin = ends[-2] + 1 if len(ends) >= 2 else begin_scan
    if r.masked is None:
        r.masked = mask_quotes(r.text)
    book = r.story.book
    for i in range(begin, ends[-1]):
        token = r.tokens[i]
        if (
            not is_name_token(token.text)
            or token.lower in FUNCTION_WORDS
            or inside_quote(r.masked, token.start)
        ):
            continue
        name = join_name(r.tokens, i, name_span(r.tokens, i))
        if book.knows(name):
            person = book.resolve(name, r.position(i))
            if " " in person and r.story.kinds.get(person, "person") == "person":
                return [person]
    return []


def name_subject(
    r: Reading, i: int, j: int, verb: str, outlet_noun: bool, role: str | None = None
) -> Subject:
    tokens = r.tokens
    name = " ".join(t.text for t in tokens[i:j])
    book = r.story.book
    known = known_outlet(name)
    if name.casefold() in PUBLIC_BODIES:
        return Subject((name,), "organisation", j, (i, j), "organisation")
    single = j - i == 1
    unknown = not book.knows(name) and book.resolve(name, r.position(i)) == name
    outlet = bool(
        outlet_noun
        or known
        or (unknown and single and (verb in PUBLISH_VERBS or verb == "ifølge" or name.isupper()))
        or (
            # "ifølge Gudbrandsdølen Dagningen", "skriver Romerikes Blad"
            not single
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
