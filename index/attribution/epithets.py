"""Who a description stands for: an epithet ("sier postmannen", "forklarer
forsvarsspilleren"), a role no one was given ("Oslo Høyres helsepolitiker mener"), a role
described after someone spoke ("Den franske presidenten sier")."""

from __future__ import annotations

from .resolve import introduced_before_quote, named_earlier_here, named_in_sentence, opens
from .story import Reading, Subject

EPITHET_REACH = 3  # paragraphs back the one quoted last may be, for an epithet to mean them


def epithet_subject(r: Reading, i: int, j: int) -> Subject | None:
    """The person an epithet stands for: the first named in its sentence or the one before,
    else the one the article named and quoted last; else nobody."""
    here = list(named_in_sentence(r, i)) or named_earlier_here(r, i)
    introduced = introduced_before_quote(r, i) if not here else None
    if introduced is not None:
        # "Men Erlend Dahl Reitan (26) er enig med lagkompisen." then "– …, forklarer
        # forsvarsspilleren.": the one the paragraph before brought in
        return Subject((introduced,), "person", j, (i, j), "epithet")
    last, spoke = r.story.last_speakers, r.story.last_spoke_at
    if r.story.unnamed_spoke_last():
        spoke = None  # someone not named spoke since ("En kilde ved påtalemyndigheten …")
    if not here and len(last) == 1 and spoke is not None and r.p.n - spoke[0] <= EPITHET_REACH:
        # "Henriksen forteller at … Heltne Nilsen …" then "– …, sier manageren.": the one
        # named last, or the one whose name opened the paragraph before as they spoke there
        opened = spoke[0] == r.p.n - 1 and opens(r, spoke[0]) == last[0]
        named_last = last[0] == r.story.book.last_named(r.position(i))
        if (named_last or opened) and r.story.kind_of(last) == "person":
            here = [last[0]]
    return Subject((here[0],), "person", j, (i, j), "epithet") if here else None


def spoke_before_described(r: Reading, i: int) -> tuple[str, ...]:
    """ "… vert Emmanuel Macron forsikrer at Trump …. Den franske presidenten sier": a role
    described ("den franske") opening the sentence after one person spoke in this paragraph
    is that person, whoever else holds the role."""
    tokens, last, spoke = r.tokens, r.story.last_speakers, r.story.last_spoke_at
    described = i >= 2 and tokens[i - 2].lower in ("den", "det") and tokens[i - 1].text.islower()
    if not described or spoke is None or spoke[0] != r.p.n or len(last) != 1:
        return ()
    opens = i == 2 or tokens[i - 3].text in (".", "!", "?")
    return last if opens and r.story.kind_of(last) == "person" else ()


def just_quoted(r: Reading, k: int) -> Subject | None:
    """ "– …, sier James Stove Lorentzen." then "Oslo Høyres helsepolitiker mener …": a role
    no one was given, opening the paragraph after one person spoke, is that person."""
    last, spoke = r.story.last_speakers, r.story.last_spoke_at
    opens = all(t.text[:1].isupper() for t in r.tokens[:k])  # the owner's name alone before
    if not opens or spoke is None or spoke[0] != r.p.n - 1 or len(last) != 1:
        return None
    return (
        Subject(last, "person", k + 1, (k, k + 1), "epithet")
        if r.story.kind_of(last) == "person"
        else None
    )
