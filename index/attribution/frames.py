"""A closing frame whose subject is "de" with no one quoted before: ", skriver de på Twitter"
after "Politiet har …" is the body that opens the sentence."""

from __future__ import annotations

from ..lexicon import is_institution
from ..names import is_name_token, join_name, name_span
from .resolve import body_named_before
from .story import Reading, Subject

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
