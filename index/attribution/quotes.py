"""Direct quotes that open a paragraph or sentence ("– …, sier X", «…»), and the loop that
reads a paragraph from left to right, quotes and narrative in turn."""

from __future__ import annotations

import re

from .. import syntax
from ..lexicon import CUE_VERBS
from ..reading.furniture import trailing_agency
from .cues import publisher, read_narrative
from .documents import statement_after_quote
from .epithets import epithet_subject
from .mentions import subject_after
from .outlets import carried_source, credited_outlet
from .parsed import parsed_subject
from .speech import lacks_its_particle
from .story import Evidence, Found, Reading, Subject, add_quote
from .words import (
    FIRST_PERSON,
    GUILLEMETS,
    MID_DASH,
    NAMED_COLON,
    QUOTE_END,
    SENTENCE,
    SINGULAR_I,
    THAT,
    VERB_AFTER_QUOTE,
    is_person_noun,
)

# ", som … , til X": a relative clause, then the one it was said to
ASIDE_THEN_TOLD = re.compile(r",\s+som\b[^,.!?«»]*,\s+(?=(?:til|overfor)\s)")


def read_paragraph(r: Reading) -> Found:
    cursor = named_headline(r)
    text = r.text
    while cursor < len(text):
        start = syntax.DASH_QUOTE.match(text, cursor)
        if start or (text[cursor] == "«" and cursor == 0):
            cursor = read_quote(r, cursor, start.end() if start else cursor)
            continue
        following = MID_DASH.search(text, cursor)
        end = following.end() if following else len(text)
        read_narrative(r, cursor, end)
        cursor = end
    agency = trailing_agency(text)
    if agency is not None:
        r.found.claims.append(agency)  # "… to etapper i Val di Fiemme. (NTB)": the agency's
    return r.found


def named_headline(r: Reading) -> int:
    """'Roger Ruud: «Ikke tenk, bare sett utfor».', 'Støre: – Vi må …': a headline's or
    caption's convention, the speaker's name and a colon before their words. Returns where
    reading goes on (0 when the paragraph does not open so)."""
    m = NAMED_COLON.match(r.text)
    if m is None:
        return 0
    name = m.group(1)
    book = r.story.book
    if name.isupper() and len(name) > 2 and syntax.DASH_QUOTE.match(r.text, m.end()):
        return m.end()  # "SLUTTET: – Da jeg …": a caption's label in capitals, then the quote
    if " " not in name and not book.knows(name):
        return 0  # "Foto:", "Kilde:": one word names a speaker only when the article does
    if " " in name and name.isupper():
        return 0  # "SKRIVER SEG SELV: «…»": a caption's label in capitals
    body = m.end()
    if r.text[body] == "«":
        closing = GUILLEMETS.match(r.text, body)
        if closing is None:
            return 0
        start, end = body + 1, closing.end() - 1
    else:
        dash = syntax.DASH_QUOTE.match(r.text, body)
        following = MID_DASH.search(r.text, body)
        start = dash.end() if dash else body
        end = following.start() if following else len(r.text)
    speaker = book.resolve(name, r.position(0))
    subject = Subject((speaker,), r.story.kind_of((speaker,)), r.token_at(m.start(1)) + 1)
    add_quote(r, "direct", start, end, subject.names, None, True, Evidence("quote.headline"))
    return end + 1 if end < len(r.text) and r.text[end] == "»" else end


def read_quote(r: Reading, cursor: int, body: int) -> int:
    """Read a quote starting at ``body``; returns where reading goes on."""
    following = MID_DASH.search(r.text, body)
    limit = following.start() if following else len(r.text)
    if r.text[body : body + 1] == "«" and body == cursor:
        closing = GUILLEMETS.match(r.text, body)
        if closing is not None:
            candidates = [closing.end()]
        else:  # "«… tenkte at «om ikke …», står det i dommen.": the outer » left out
            last_close = r.text.rfind("»", body + 1, limit)
            candidates = [last_close + 1] if last_close > 0 else []
    else:
        candidates = [m.start() for m in QUOTE_END.finditer(r.text, body + 1, limit)]
    for at in candidates:
        attribution = attribution_after(r, at, limit)
        if attribution is None:
            unread = unreadable_attribution(r, at, limit)
            if unread is None:
                continue
            announced = announced_speaker(r, body, at)
            if announced is not None:
                # "…, sa Solskjær og fortsatte:" then "– …, sa nordmannen.": the one announced
                evidence = Evidence("quote.announced-epithet")
                add_quote(r, "direct", body, at, announced, None, True, evidence)
                return unread
            epithet = epithet_after_quote(r, at)
            if epithet is not None:
                # "– …, sier postmannen.": the one quoted last, just before
                source = credited_outlet(r, epithet.end, unread) or carried_source(r, epithet)
                evidence = Evidence.of("quote.after-verb", r.token_at(at) + 1, epithet)
                add_quote(r, "direct", body, at, epithet.names, source, True, evidence)
                return unread
            # "– …, sier X" where X cannot be read: say nothing rather than guess; the outlet
            # it was said to is still known ("…, sa hun den gang til Bergens Tidende")
            told_to = credited_outlet(r, r.token_at(at), unread)
            add_quote(r, "direct", body, at, (), told_to, False, Evidence("quote.unreadable"))
            r.story.last_speakers, r.story.last_source = (), None
            return unread
        subject, clause_end, evidence = attribution
        quote_end = at + 1 if r.text[at] in "?!…»" else at
        if r.text[body] == "«":
            body, quote_end = body + 1, quote_end - 1
        source = (
            credited_outlet(r, subject.end, past_aside(r, clause_end))
            or publisher(r, subject.end, r.token_at(max(clause_end - 1, 0)) + 1)
            or carried_source(r, subject)
        )
        add_quote(
            r,
            "direct",
            body,
            quote_end,
            subject.names,
            source,
            remember=True,
            evidence=evidence,
            speaker_kind=subject.kind,
        )
        return clause_end
    if (
        body <= 2
        and limit == len(r.text)
        and r.text.rstrip().endswith("?")
        and (not SENTENCE.search(r.text, body) or len(r.text) <= 60)
    ):
        # "– Er fysisk aktivitet bedre hjernetrim?": the interviewer's question, alone; "- Molde
        # hadde ballen mye. Var det planlagt?": a short one, after what it asks about
        add_quote(r, "direct", body, limit, (), None, False, Evidence("quote.question"))
        return limit
    # No attribution of its own: the previous speaker goes on, unless that was an
    # organisation or outlet and the quote says "jeg" (a body speaks as "vi").
    last = r.story.last_speakers
    if (
        last
        and SINGULAR_I.search(r.text, body, limit)
        and not any(r.story.kinds.get(s, "person") == "person" for s in last)
    ):
        add_quote(r, "direct", body, limit, (), None, False, Evidence("quote.body-says-jeg"))
        r.story.last_speakers, r.story.last_source = (), None
        return limit
    if r.text[body : body + 1] == "«" and not r.story.lead_in:
        # A paragraph that is a «…» block with no attribution and no lead-in ("… skriver:")
        # is most often a document or statement quoted, not the last speaker's words; what
        # follows its closing » is read as narrative ("«…». Det valgte VG å sitere Sofie på").
        closing = GUILLEMETS.match(r.text, body)
        end = closing.end() if closing and closing.end() < limit - 1 else limit
        add_quote(r, "direct", body, end, (), None, False, Evidence("quote.block-unnamed"))
        return end
    asked = interviewee(r)
    if asked:  # "Hva handler romanen om?" then "– Ekstremisme – og mye mer."
        add_quote(r, "direct", body, limit, asked, None, True, Evidence("quote.interview"))
        return limit
    if (
        r.story.lead_in
        and len(last) == 1
        and last[0] in r.story.book.named_in((r.p.n - 1, 0), (r.p.n, 0))
    ):
        # "… når Vibeke Petersen gir sine konsise befalinger:" then "– Åh, kom igjen, …": the
        # one the lead-in names, who spoke last
        evidence = Evidence("quote.announced")
        add_quote(r, "direct", body, limit, last, r.story.last_source, True, evidence)
        return limit
    if r.p.n in r.story.fact_box:
        # "Fakta: HVA ER ET SI ;D-INNLEGG?" then "– Har du noe på hjertet? …": a fact box's
        # dashes are its points, no one's words
        add_quote(r, "direct", body, limit, (), None, False, Evidence("quote.fact-box"))
        return limit
    if last and all(r.story.kinds.get(s) == "outlet" for s in last):
        # "…, skriv Firda Tidend." … "Dette er utviklingsleiar Ove Eide godt nøgd med." then
        # "– Veldig moro …": a paper does not speak in dashes; the one named just before does
        named = r.story.book.named_in((r.p.n - 1, 0), (r.p.n, 0))
        people = [n for n in named if r.story.kinds.get(n, "person") == "person"]
        if len(people) == 1:
            evidence = Evidence("quote.named-before")
            add_quote(r, "direct", body, limit, (people[0],), None, False, evidence)
            return limit
    r.found.unattributed = True
    carried = Evidence("quote.carried", None, None)
    add_quote(r, "direct", body, limit, last, r.story.last_source, False, carried)
    return limit


def interviewee(r: Reading) -> tuple[str, ...]:
    """The one person the headline names, when no one has been quoted yet and the paragraph
    before is a question in plain text (an interview printed as questions and answers: "Den
    nye romanen til Jan Mehlum …", "Hva handler romanen om?", "– Ekstremisme …"), or when the
    headline is that person's name and nothing else (a portrait: "Grethe Spanne Ledaal", then
    "- Si, si, si, si! Kom så!")."""
    people = r.story.headline_people
    if r.story.last_speakers or len(people) != 1:
        return ()
    if r.p.n - 1 in r.story.questions or (r.story.portrait and r.story.last_spoke_at is None):
        return people
    return ()


def attribution_after(r: Reading, at: int, limit: int) -> tuple[Subject, int, Evidence] | None:
    """(subject, clause end, evidence) of "…, sier X" right after offset ``at``."""
    match = VERB_AFTER_QUOTE.match(r.text, at)
    if not match or match.end() > limit:
        return None
    k = r.token_at(match.start(1))
    verb = r.tokens[k].lower
    if verb in ("har", "hadde"):
        return perfect_after_quote(r, at, k, limit)
    if verb in ("heter", "står"):
        return statement_after_quote(r, k, limit)
    if verb not in CUE_VERBS or lacks_its_particle(r, k):
        return None
    ruled = subject_after(r, k + 1, verb)
    if ruled is not None:  # "…, sier X": V2 order reads reliably by position
        clause_end = r.clause_end(r.tokens[ruled.end - 1].end, limit)
        return ruled, clause_end, Evidence.of("quote.after-verb", k, ruled)
    return parsed_after_quote(r, at, limit)


def perfect_after_quote(
    r: Reading, at: int, k: int, limit: int
) -> tuple[Subject, int, Evidence] | None:
    """'…, har IAAF-president Sebastian Coe tidligere uttalt.': the auxiliary right after the
    quote, the subject, then the verb of saying as a participle before the clause ends."""
    end = r.clause_end(r.tokens[k].end, limit)
    participle = next(
        (
            i
            for i in range(k + 1, min(k + 9, len(r.tokens)))
            if r.tokens[i].start < end and r.tokens[i].lower in CUE_VERBS
        ),
        None,
    )
    if participle is None:
        return None
    ruled = subject_after(r, k + 1, r.tokens[participle].lower)
    if ruled is not None and ruled.end <= participle:
        return ruled, end, Evidence.of("quote.perfect", participle, ruled)
    return parsed_after_quote(r, at, limit)


def parsed_after_quote(r: Reading, at: int, limit: int) -> tuple[Subject, int, Evidence] | None:
    """The parser's subject for "…, sa NRK-kommentator Jann Post", read in the sentence
    that ends the quote."""
    match = VERB_AFTER_QUOTE.match(r.text, at)
    if match is None:
        return None
    k = r.token_at(match.start(1))
    subject = parsed_subject(r, k, r.tokens[k].lower)
    if subject is None or not subject.names:
        return None
    if subject.mention is not None and r.tokens[subject.mention[0]].start < at:
        return None  # "– … Start med ti minutter …, sier treningsguruen": the quote's own word
    clause_end = r.clause_end(r.tokens[subject.end - 1].end, limit)
    return subject, clause_end, Evidence.of("quote.parsed", k, subject)


def announced_speaker(r: Reading, body: int, at: int) -> tuple[str, ...] | None:
    """The person the paragraph before announced ("…, sa Solskjær og fortsatte:") when this
    paragraph's quote opens it and ends with a verb of saying and one definite noun that
    names nobody the rules know ("sa nordmannen", "sier treneren"): an epithet for them."""
    last = r.story.last_speakers
    if not r.story.lead_in or body > 2 or len(last) != 1:
        return None
    if r.story.kinds.get(last[0], "person") != "person":
        return None
    match = VERB_AFTER_QUOTE.match(r.text, at)
    if match is None:
        return None
    k = r.token_at(match.start(1)) + 1
    if k + 1 > len(r.tokens):
        return None
    word = r.tokens[k]
    ends = k + 1 == len(r.tokens) or not r.tokens[k + 1].text[0].isalnum()
    if ends and word.text.islower() and word.lower.endswith(("en", "et", "a")):
        return last
    return None


def past_aside(r: Reading, clause_end: int) -> int:
    """Where the words said to end when a relative clause closed by a comma stands between
    the speaker and whom it was said to ("sier Joelle Sfeir, som skal tilbake til Frankrike
    på jobb, til nyhetsbyrået AFP"): the sentence's end; else ``clause_end``."""
    aside = ASIDE_THEN_TOLD.match(r.text, clause_end)
    return r.clause_end(aside.end(), len(r.text)) if aside else clause_end


def epithet_after_quote(r: Reading, at: int) -> Subject | None:
    """ "– …, sier postmannen", "…, sier den kristne rederen til avisen": a definite noun
    for a person after the verb, with no name; whom it stands for (`epithet_subject`)."""
    match = VERB_AFTER_QUOTE.match(r.text, at)
    if match is None:
        return None
    k = r.token_at(match.start(1)) + 1
    if k < len(r.tokens) and r.tokens[k].lower in ("den", "det"):
        k += 1  # "den kristne rederen": an adjective may stand between
        if k + 1 < len(r.tokens) and r.tokens[k].text.islower() and r.tokens[k].lower[-1] == "e":
            k += 1
    if (
        k >= len(r.tokens)
        or not r.tokens[k].text.islower()
        or not is_person_noun(r.tokens[k].lower)
    ):
        return None
    comma = next((m for m in range(k + 1, min(k + 4, len(r.tokens))) if r.tokens[m].text == ","), 0)
    if comma and all(t.text.islower() for t in r.tokens[k + 1 : comma]):
        named = subject_after(r, comma + 1, match.group(1).casefold())
        if named is not None and len(named.names) == 1 and named.kind == "person":
            return named  # "sier forsvareren til mannen, advokat John Christian Elden, til NTB"
    return epithet_subject(r, k, k + 1)


def unreadable_attribution(r: Reading, at: int, limit: int) -> int | None:
    """Where the clause ends when a verb of saying follows the quote at ``at`` but its
    subject could not be read ("…, sa NRK-kommentatoren Jann Post"); None when no verb
    of saying follows (the comma is inside the quote)."""
    match = VERB_AFTER_QUOTE.match(r.text, at)
    if not match or match.end() > limit:
        return None
    k = r.token_at(match.start(1)) + 1
    statement = r.tokens[k - 1].lower in ("står", "sto", "heter", "het") and (
        k < len(r.tokens) and r.tokens[k].lower == "det"
    )  # "…, står det i dommen", "heter det i utkastet": a document's words, not the last speaker's
    if (r.tokens[k - 1].lower not in CUE_VERBS and not statement) or lacks_its_particle(r, k - 1):
        return None
    if statement:
        return r.clause_end(r.tokens[k].end, limit)
    if (
        k >= len(r.tokens)
        or r.tokens[k].lower in FIRST_PERSON | THAT
        or r.tokens[k].lower in ("eller", "og")  # "våre krav, lover eller regler": a list
        or not r.tokens[k].text[0].isalpha()
    ):
        return None
    return r.clause_end(r.tokens[k].end, limit)
