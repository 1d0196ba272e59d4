"""Two people named as one subject after a verb of saying: "mener sjeføkonom Kjetil Olsen og
makroøkonom Dane Cekov i Nordea Markets" quotes both."""

from __future__ import annotations

from dataclasses import replace

from ..names import is_name_token, is_role, join_name, name_span, person_start
from .story import Reading, Subject

# Role words between "og" and the second name ("og makroøkonom Dane Cekov")
MAX_ROLE_WORDS = 2


def with_partner(r: Reading, subject: Subject) -> Subject:
    """The subject, with the person named after its "og" when that is a full name (or one the
    article knows) and the first is a person: "sier Kjetil Olsen og Dane Cekov"."""
    tokens = r.tokens
    at = subject.end
    if subject.kind != "person" or len(subject.names) != 1 or at >= len(tokens):
        return subject
    if tokens[at].lower != "og":
        return subject
    m = at + 1
    while m < len(tokens) and m - at <= MAX_ROLE_WORDS and tokens[m].text.islower():
        if not is_role(tokens[m].text):
            return subject  # "sier Olsen og legger til": a second verb, not a second name
        m += 1
    if m >= len(tokens) or not is_name_token(tokens[m].text):
        return subject
    j = name_span(tokens, m)
    start = person_start(tokens, m, j)
    name = join_name(tokens, start, j)
    book = r.story.book
    if j - start < 2 and not book.knows(name):
        return subject  # "sier Olsen og Norge": a lone word could be anything
    second = book.resolve(name, r.position(start))
    if r.story.kind_of((second,)) != "person" or second in subject.names:
        return subject
    first = subject.mention[0] if subject.mention else start
    return replace(subject, names=(*subject.names, second), end=j, mention=(first, j))
