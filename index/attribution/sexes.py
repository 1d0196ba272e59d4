"""Whether a person is "han" or "hun", from the article itself where the first name does not
tell: a sentence that names one person, then a sentence that opens with "Han" or "Hun"
("Haugli er 2. vara til Stortinget for Frp. … Hun får støtte fra Tommy Skatland")."""

from __future__ import annotations

import re

from ..lexicon import known_kind, known_outlet
from ..names import NameBook, gender_of

_SENTENCE = re.compile(r".+?(?:[.!?]+(?=\s+[A-ZÆØÅ«–\"-])|$)", re.DOTALL)  # not "2. vara"
_OPENS_WITH_PRONOUN = re.compile(r"\s*(Han|Hun|Ho)\b")
_SEX = {"Han": "m", "Hun": "f", "Ho": "f"}


def learn_sexes(texts: list[str], book: NameBook) -> dict[str, str]:
    """Full name -> "m" or "f", for people whose first name tells nothing and whom the
    narrative (no quotes) refers back to by one pronoun only."""
    votes: dict[str, set[str]] = {}
    previous: tuple[str, ...] = ()
    for n, text in enumerate(texts):
        if not text or text.lstrip()[:1] in '–-«"':
            previous = ()  # a quote, or no text paragraph: its "han" may be anyone
            continue
        for m in _SENTENCE.finditer(text):
            sentence = m.group()
            opening = _OPENS_WITH_PRONOUN.match(sentence)
            if opening and len(previous) == 1 and gender_of(previous[0]) is None:
                votes.setdefault(previous[0], set()).add(_SEX[opening.group(1)])
            if "«" in sentence or "»" in sentence or "– " in sentence:
                previous = ()
            else:
                start = m.start() + len(sentence) - len(sentence.lstrip())
                # the sentence's subject, named first: "Haugli er 2. vara", not "I over 30 år
                # har Haga vært Thons livsledsager. Han …"
                opener = book.named_in((n, start), (n, start + 1))
                previous = tuple(
                    name
                    for name in book.named_in((n, start), (n, m.end()))
                    if known_kind(name) is None and known_outlet(name) is None
                )  # people: not "Tvedestrand Frp" in "lokallagsleder i Tvedestrand Frp"
                previous = previous if opener and previous[:1] == opener else ()
    return {name: sexes.pop() for name, sexes in votes.items() if len(sexes) == 1}
