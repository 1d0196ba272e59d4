"""The pipeline: reads every text paragraph of an article in order, and joins what the
stages found into each paragraph's quotes, speakers and sources."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import syntax
from ..article import Paragraph, ParagraphQuote, Quote, SpeakerKind
from ..lexicon import (
    AFTER_QUOTE_VERBS,
    CUE_VERBS,
    NYNORSK_TO_BOKMAL,
    ONLY_WITH_AT_VERBS,
    PUBLISH_VERBS,
    known_kind,
    known_outlet,
)
from ..names import NameBook, Token, is_given_name, name_key, tokenize
from ..standard import Standard
from . import linker
from .interviews import clear_question_turns
from .outlets import last_outlet_named
from .quotes import read_paragraph
from .sexes import learn_sexes
from .story import Found, Reading, Story
from .words import BACKREF, TWEET_SIGNATURE

WORD = re.compile(r"\w+")
# A capitalised word after a lower-case word or a comma: a name, wherever else it stands
PROPER = re.compile(r"(?<=[a-zæøå0-9,] )([A-ZÆØÅ][\w-]*)")
# "– …. Det sier X til NRK.": the quote before gets the speaker named after it
NAMED_AFTER = "quote.named-after"


def attribute(
    paragraphs: tuple[Paragraph, ...], standard: Standard = "nb"
) -> tuple[tuple[Paragraph, ...], dict[str, SpeakerKind]]:
    """The paragraphs with their quotes, speakers and sources filled in, and what kind of
    speaker each one is. In a nynorsk article (``standard`` "nn") each word is looked up by
    its bokmål counterpart, so the same rules read both."""
    words = NYNORSK_TO_BOKMAL if standard == "nn" else None
    cues = (CUE_VERBS - AFTER_QUOTE_VERBS) | ONLY_WITH_AT_VERBS
    if words:
        cues |= {nn for nn, nb in words.items() if nb in cues}
    whole = "\n".join(p.text for p in paragraphs)
    book = NameBook(words=frozenset(WORD.findall(whole)), proper=frozenset(PROPER.findall(whole)))
    # Tokens are kept for the second pass only in an article of ordinary length: kept, they
    # were most of the memory a long one took (some 35 bytes per byte of text).
    kept: dict[int, list[Token]] | None = {} if len(whole) < KEEP_TOKENS_UNDER else None
    for p in paragraphs:
        if p.kind == "text":
            tokens = tokenize(p.text, words)
            book.add_paragraph(p.n, tokens)
            if kept is not None:
                kept[p.n] = tokens
    headline = paragraphs[0] if paragraphs and paragraphs[0].kind == "heading" else None
    if headline is not None:
        # the headline's names too, read last so that the text's spelling of a name is the one
        # kept ("Lill-Mari Hafsø Solstad" under the headline "Lill Mari Hafsø Solstad")
        book.add_paragraph(headline.n, tokenize(headline.text, words))
    texts = [p.text if p.kind == "text" else "" for p in paragraphs]
    sexes = learn_sexes(texts, book)
    story = Story(book, syntax.Reader(texts, cues), texts=texts, sexes=sexes)
    story.fact_box = fact_box(paragraphs)
    places = {m.group() for text in texts for m in _MUNICIPALITY.finditer(text)}
    story.municipality = places.pop() if len(places) == 1 else None
    if headline is not None:
        story.headline_people = headline_people(book, headline.n)
        bare = re.sub(r"\s*\(\d{1,3}\)$", "", headline.text.strip())  # "Vibeke Thomassen (24)"
        story.portrait = [name_key(n) for n in story.headline_people] == [name_key(bare)]
    story.questions = frozenset(
        p.n for p in paragraphs if p.text.rstrip().endswith("?") and p.text[:1] not in '–-—«"'
    )
    found: dict[int, Found] = {}
    previous: int | None = None
    tweets = embedded_tweets(paragraphs)
    for index, p in enumerate(paragraphs):
        if p.kind != "text":
            continue
        if index in tweets:
            result = Found()
            account = tweets[index]
            if account is not None:  # the tweet's own words, quoted by its account
                account = book.resolve(account, (p.n, 0))  # as the article spells the person
                tweet = Quote(p.text, "direct", account, "Twitter", 0, len(p.text))
                result.quotes.append(replace(tweet, rule="tweet"))
            found[index] = result
            continue
        tokens = kept.pop(p.n, []) if kept else []
        tokens = tokens or tokenize(p.text, words)
        result = read_paragraph(Reading(p, tokens, story))
        named = last_outlet_named(tokens)
        if named is not None:
            story.note_outlet(named)
        story.lead_in = p.text.rstrip().endswith(":")
        if (
            p.text.endswith(":")
            and not any(q.speaker for q in result.quotes)
            and announces_a_text(tokens)
        ):
            # "På TV 2s nettsider heter det i beskrivelsen:": what follows is not the last
            # speaker's, and who it is could not be read; a lead-in about the place or the one
            # quoted ("Strand er et fitness-eldorado:") leads to the same speaker's words
            story.last_speakers, story.last_source = (), None
        if previous is not None and found[previous].unattributed:
            # "Det sier X" names the quote before; ", uttaler X" closes one no one was found for
            backref = backref_subject(result)
            if backref is None and not any(q.speaker for q in found[previous].quotes):
                backref = closing_subject(p.text, result)
            if backref is not None:
                reattribute(found[previous], backref)
        found[index] = result
        previous = index
    story.parser.close()
    clear_question_turns(paragraphs, found)
    weigh(paragraphs, found, story)
    spell_out(found, book, story)
    finished = tuple(finished_paragraph(p, found.get(i)) for i, p in enumerate(paragraphs))
    spoken = {s for p in finished for s in p.speakers}
    kinds = {name: story.kinds.get(name, "person") for name in sorted(spoken)}
    people = named_as_a_person(finished, {n for n, k in kinds.items() if k == "organisation"})
    return finished, {
        name: "person" if kind == "organisation" and name in people else kind
        for name, kind in kinds.items()
    }


def announces_a_text(tokens: list[Token]) -> bool:
    """Whether a lead-in announces words written or published ("heter det i beskrivelsen:",
    "står det i brevet:", "skriver han på Facebook:") or a dialogue ("En forsøksvis dialog med
    Naurstad forløp omtrent på denne måten:"), not the words of the one quoted last."""
    words = [t.lower for t in tokens]
    if any(w in ("heter", "het", "står", "sto") for w in words) and "det" in words:
        return True
    return any(w in PUBLISH_VERBS or w.endswith(_WRITTEN) or w.startswith(_DIALOGUE) for w in words)


_DIALOGUE = ("dialog", "samtale", "ordveksling", "replikkveksling")


# Texts a lead-in names ("i pressemeldingen", "i brevet", "E-posten ble avsluttet med:")
_WRITTEN = (
    "beskrivelsen",
    "meldingen",
    "brevet",
    "posten",
    "rapporten",
    "dommen",
    "uttalelsen",
    "teksten",
    "innlegget",
    "kronikken",
    "notatet",
    "vedtaket",
)


def headline_people(book: NameBook, n: int) -> tuple[str, ...]:
    """The full names of people the headline (paragraph ``n``) gives, as the article spells
    them ("Den nye romanen til Jan Mehlum …")."""
    return tuple(
        name
        for name in book.named_in((n, 0), (n + 1, 0))
        if known_kind(name) is None and known_outlet(name) is None
    )


def named_as_a_person(paragraphs: tuple[Paragraph, ...], names: set[str]) -> set[str]:
    """Those of ``names`` (of two or three capitalised words) that the article also calls
    "han" or "hun" ("ho"), or names by their last word alone ("sa Macron" for Emmanuel
    Macron, "Vedum har helt rett" for Trygve Slagsvold Vedum): people, whatever the entity
    recogniser's label said. A body is "den" or "de", and not called by its last word unless
    that word is a body itself ("Oslo Høyre" as "Høyre": a known party,
    `index.lexicon.known_kind`); a first word in a definite form is a description, not a
    first name ("Folkerepublikken Kina", later "Kina")."""
    shaped = {
        name
        for name in names
        if 2 <= len(name.split()) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in name.split())
        and not (len(name.split()[0]) > 7 and name.split()[0].endswith(("en", "et", "ene")))
        and known_kind(name) is None
        and known_kind(name.split()[-1]) is None
        and name.split()[-1] not in BODY_LAST_WORDS
        and not name.endswith("s")  # a genitive is no surname: "Trump Tysklands"
    }
    if not shaped:
        return set()
    found = set()
    for p in paragraphs:
        for q in p.quotes:
            if q.speaker in shaped and q.mention is not None:
                if p.text[q.mention[0] : q.mention[1]].casefold() in PERSONAL_PRONOUNS:
                    found.add(q.speaker)
    text = "\n".join(p.text for p in paragraphs)
    for name in shaped - found:
        last = name.split()[-1]
        alone = len(re.findall(rf"\b{re.escape(last)}s?\b", text))
        if alone > len(re.findall(rf"\b{re.escape(name)}s?\b", text)):
            found.add(name)
    return found


PERSONAL_PRONOUNS = {"han", "hun", "ho"}
# Last words of bodies' names that also stand alone in their articles: regions ("Helse Nord"
# as "Nord"), and English words for a body ("Australia Institute", "NBC News").
BODY_LAST_WORDS = {
    "Nord",
    "Sør",
    "Øst",
    "Vest",
    "Midt",
    "Institute",
    "Agency",
    "News",
    "Group",
    "Council",
    "Association",
    "Foundation",
    "Bank",
    "University",
    "Times",
    "Post",
    "Party",
}


def embedded_tweets(paragraphs: tuple[Paragraph, ...]) -> dict[int, str | None]:
    """Embedded tweets: the signature line "— Name (@handle) date" (None: it quotes nobody)
    and the paragraph above it, the tweet's text, with the account's name."""
    tweets: dict[int, str | None] = {}
    for index, p in enumerate(paragraphs):
        signature = TWEET_SIGNATURE.match(p.text) if p.kind == "text" else None
        if signature is None:
            continue
        tweets[index] = None
        if (
            index > 0
            and paragraphs[index - 1].kind == "text"
            and not TWEET_SIGNATURE.match(paragraphs[index - 1].text)
        ):
            tweets[index - 1] = signature.group(1)
    return tweets


def weigh(paragraphs: tuple[Paragraph, ...], found: dict[int, Found], story: Story) -> None:
    """Each named speaker's confidence (`linker`); below the threshold the quote names nobody
    (it keeps its rule and confidence, for ``--explain``)."""
    texts = [p.text for p in paragraphs if p.kind == "text"]
    speakers = {q.speaker for f in found.values() for q in f.quotes if q.speaker}
    named = linker.named_counts(texts, speakers)
    cut = linker.threshold()
    order = sorted(found)  # the text paragraphs, in reading order
    quotes = [list(found[index].quotes) for index in order]
    for i, index in enumerate(order):
        result = found[index]
        text = paragraphs[index].text
        weighed = []
        for q in result.quotes:
            if q.speaker is not None:
                kind = story.kinds.get(q.speaker, "person")
                f = linker.features(q, text, kind, named[q.speaker])
                f |= linker.carried_features(q, kind, texts, quotes, i)
                q = replace(q, confidence=linker.confidence(f))
                if q.confidence is not None and q.confidence < cut:
                    q = replace(q, speaker=None)
            weighed.append(q)
        result.quotes[:] = weighed


def spell_out(found: dict[int, Found], book: NameBook, story: Story) -> None:
    """A person quoted by a shorter form of a full name the article gives only later ("sier
    Taksdal Skjeseth", then the caption "… Heidi Taksdal Skjeseth") under that full name,
    when it is the only one the shorter form ends."""
    full = {name for names in book.by_surname.values() for name in names if " " in name}
    for result in found.values():
        for i, q in enumerate(result.quotes):
            name = q.speaker
            if name is None or " " not in name or story.kinds.get(name, "person") != "person":
                continue
            longer = {n for n in full if n.endswith(" " + name) and is_given_name(n.split()[0])}
            if len(longer) == 1:
                result.quotes[i] = replace(q, speaker=longer.pop())


def finished_paragraph(p: Paragraph, result: Found | None) -> Paragraph:
    if result is None:
        return p
    speakers = tuple(dict.fromkeys(q.speaker for q in result.quotes if q.speaker))
    sources = tuple(dict.fromkeys([q.source for q in result.quotes if q.source] + result.claims))
    kinds = {q.kind for q in result.quotes}
    quote: ParagraphQuote = (
        "direct" if kinds & {"direct", "partial"} else "indirect" if kinds else "none"
    )
    return Paragraph(p.n, p.kind, p.section, p.text, quote, speakers, sources, tuple(result.quotes))


def backref_subject(result: Found) -> Quote | None:
    return next(
        (
            q
            for q in result.quotes
            if q.kind == "indirect" and q.start == 0 and BACKREF.match(q.text) and q.speaker
        ),
        None,
    )


def closing_subject(text: str, result: Found) -> Quote | None:
    """The speaker of a paragraph with no dash whose first sentence closes with ", uttaler X":
    the end of a quote the paragraph before opened and no one was found for ("– Helse Møre og
    Romsdal beklager …" then "Hendelsen har gått sterkt inn på ansatte ved sykehuset, uttaler
    fagdirektør Torstein Hole …")."""
    first = result.quotes[0] if result.quotes else None
    if first is None or first.kind != "indirect" or first.start != 0 or first.cue is None:
        return None
    before = text[: first.cue[0]].rstrip()
    return first if first.speaker and before.endswith(",") and "." not in before else None


def reattribute(previous: Found, by: Quote) -> None:
    """Give the carried-over quotes of ``previous`` to the speaker named by "Det sier X"."""
    previous.quotes[:] = [
        replace(
            q,
            speaker=by.speaker,
            source=by.source,
            rule=NAMED_AFTER,
        )
        if q.kind == "direct"
        else q
        for q in previous.quotes
    ]
    previous.unattributed = False


# "Rødøy kommune", "Nord-Fron kommune": a municipality by its name ("fylkeskommune" is not)
_MUNICIPALITY = re.compile(r"\b[A-ZÆØÅ][\w-]*(?: [A-ZÆØÅ][\w-]*)? kommune\b")


# Characters of text under which an article's tokens are kept between its two passes (some
# 7 MB of tokens at most)
KEEP_TOKENS_UNDER = 200_000


def fact_box(paragraphs: tuple[Paragraph, ...]) -> frozenset[int]:
    """The paragraphs that are a fact box's points: the dashes right under a "Fakta: …" line
    ("Fakta: HVA ER ET SI ;D-INNLEGG?" then "– Har du noe på hjertet? …"), no one's words."""
    points: set[int] = set()
    inside = False
    for p in paragraphs:
        text = p.text.lstrip()
        if text[:5].casefold() == "fakta":
            inside = True
        elif inside and text.startswith(("–", "-")):
            points.add(p.n)
        else:
            inside = False
    return frozenset(points)
