"""Whether a person is "han" or "hun", from the article itself where the first name does not
tell: a sentence that names one person, then a sentence that opens with "Han" or "Hun"
("Haugli er 2. vara til Stortinget for Frp. … Hun får støtte fra Tommy Skatland")."""

from __future__ import annotations

import re

from ..lexicon import known_kind, known_outlet
from ..names import NameBook, Position, gender_of

_SENTENCE = re.compile(r".+?(?:[.!?]+(?=\s+[A-ZÆØÅ«–\"-])|$)", re.DOTALL)  # not "2. vara"
_OPENS_WITH_PRONOUN = re.compile(r"\s*(Han|Hun|Ho)\b")
_SEX = {"Han": "m", "Hun": "f", "Ho": "f"}


def learn_sexes(texts: list[str], book: NameBook) -> dict[str, str]:
    """Full name -> "m" or "f", for people whose first name tells nothing and whom the
    narrative (no quotes) refers back to by one pronoun only."""
    votes: dict[str, set[str]] = {}
    previous: tuple[Position, Position] | None = None  # the last sentence without a quote
    for n, text in enumerate(texts):
        if not text or text.lstrip()[:1] in '–-«"':
            previous = None  # a quote, or no text paragraph: its "han" may be anyone
            continue
        for m in _SENTENCE.finditer(text):
            sentence = m.group()
            opening = _OPENS_WITH_PRONOUN.match(sentence)
            if opening and previous is not None:
                person = _the_one_named(book, *previous)
                if person is not None and gender_of(person) is None:
                    votes.setdefault(person, set()).add(_SEX[opening.group(1)])
            quoted = "«" in sentence or "»" in sentence or "– " in sentence
            start = m.start() + len(sentence) - len(sentence.lstrip())
            previous = None if quoted else ((n, start), (n, m.end()))
    return {name: sexes.pop() for name, sexes in votes.items() if len(sexes) == 1}


def _the_one_named(book: NameBook, start: Position, end: Position) -> str | None:
    """The one person a sentence names, when it opens with that name ("Haugli er 2. vara",
    not "I over 30 år har Haga vært Thons livsledsager. Han …")."""
    people = [
        name
        for name in book.named_in(start, end)
        if known_kind(name) is None and known_outlet(name) is None
    ]  # people: not "Tvedestrand Frp" in "lokallagsleder i Tvedestrand Frp"
    opener = book.named_in(start, (start[0], start[1] + 1))
    return people[0] if len(people) == 1 and opener[:1] == (people[0],) else None
