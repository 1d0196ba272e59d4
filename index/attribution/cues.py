"""Narrative sentences: finding their cues (verbs of saying, "ifølge", "vil ikke kommentere",
"Det sier X") and attributing indirect speech and partial «…» quotes."""

from __future__ import annotations

import re
from dataclasses import replace

from ..article import QuoteKind
from ..lexicon import (
    AFTER_QUOTE_VERBS,
    CUE_VERBS,
    INSTITUTIONS,
    ONLY_WITH_AT_VERBS,
    PARTICLE_VERBS,
    PUBLISH_VERBS,
    known_outlet,
)
from ..names import is_acronym
from .documents import credited_author, credited_authority, figures_author
from .frames import body_opening_sentence, inverted_perfect, said_back, statement_made
from .mentions import subject_after, subject_before
from .outlets import (
    after_magazine_noun,
    coordinated_outlets,
    credited_outlet,
    fronted_source,
    interview_source,
    own_source,
    reporting_outlet,
    told_outlet,
)
from .parsed import parsed_subject
from .spans import inside_quote, mask_quotes
from .speech import (
    QUOTING_VERBS,
    REFERRING_VERBS,
    after_comma_or_announcing,
    answered_by_act,
    as_reported,
    asked_whether,
    believed_done,
    clause_subject,
    compared,
    final_frame,
    has_particle,
    in_the_passive,
    lacks_what_was_said,
    next_clause,
    possessive_si,
    report_start,
    reports_speech,
    said_as_a_manner,
    second_clause,
    unnamed_report,
)
from .story import Evidence, Reading, Subject, add_quote, add_reported
from .words import (
    CLAUSE_VERBS,
    DEFINITE_OUTLET_NOUNS,
    GUILLEMETS,
    IFOLGE,
    IN_THE_VIEW_OF,
    NO_COMMENT,
    PASSIVE_CUES,
    SENTENCE,
    SENTENCE_CUES,
    SOURCES_SPOKEN_TO,
    STANCE,
    SUBJECT_PRONOUNS,
    TOLD,
    TOLD_INFORMATION,
    unnamed_person,
)


def read_narrative(r: Reading, start: int, end: int) -> None:
    r.narrative_from = r.token_at(start)
    try:
        read_sentences(r, start, end)
    finally:
        r.narrative_from = None


def read_sentences(r: Reading, start: int, end: int) -> None:
    chunk = r.text[start:end]
    offset = start
    for piece in SENTENCE.split(chunk):
        at = r.text.find(piece, offset)
        if at < 0:
            continue
        read_sentence(r, at, at + len(piece))
        offset = at + len(piece)


def read_sentence(r: Reading, start: int, end: int) -> None:
    first = r.token_at(start)
    last = r.token_at(end - 1) + 1 if end > start else first
    if (
        not any(t.lower in SENTENCE_CUES for t in r.tokens[first:last])
        and "«" not in r.text[start:end]
    ):
        return  # no verb of saying, no "ifølge", no quotation marks: nothing attributed
    masked = mask_quotes(r.text[start:end])
    sentence_speakers: list[str] = []
    colon_quote = False

    said_back(r, start, end, masked, sentence_speakers)  # "Det sier X til NRK."

    cue, figures = figures_author(r, start, masked)  # "Det viser ferske tall fra Nav"
    if figures is not None:
        evidence = Evidence.of("sentence.figures", cue, figures)
        add_reported(r, start, end, figures, None, sentence_speakers, evidence)
    made = statement_made(r, first, start, masked)  # "kom Jagland med følgende uttalelse"
    if made is not None:
        evidence = Evidence.of("sentence.statement", made[0], made[1])
        add_reported(r, start, end, made[1], None, sentence_speakers, evidence)
    claim_end: int | None = None  # where a claim credited with "ifølge" ends
    for m in IFOLGE.finditer(masked):
        k = r.token_at(start + m.end())
        subject = subject_after(r, k, "ifølge") or credited_author(r, k) or credited_authority(r, k)
        if subject is None or not subject.names:
            paper = credited_outlet(r, r.token_at(start + m.start()), end)
            word = r.tokens[k].text if k < len(r.tokens) else ""
            owned = word.endswith(("s", "'", "’")) and known_outlet(word[:-1]) is not None
            if paper is not None and (word.casefold() in DEFINITE_OUTLET_NOUNS or owned):
                # "…, ifølge avisa.": the paper named before; "ifølge DNs kilder": the paper's
                r.found.claims.append(paper)
            continue
        if subject.outlet:
            r.found.claims.extend(subject.names + coordinated_outlets(r, subject.end))
            r.story.note_outlet(subject.names[-1], not after_magazine_noun(r, subject))
        else:
            at = r.token_at(start + m.start())
            evidence = Evidence.of("sentence.ifolge", at, subject)
            reporter = reporting_outlet(r, first, at, last)
            add_reported(r, start, end, subject, reporter, sentence_speakers, evidence)
            claim_end = subject.end

    for m in IN_THE_VIEW_OF.finditer(masked):
        name = m.group(1)  # "Støre" of "Etter Støres syn"
        if known_outlet(name):
            continue
        i = r.token_at(start + m.start(1))
        j = r.token_at(start + m.end(1) - 1) + 1
        resolved = r.story.book.resolve(name, r.position(i))
        subject = Subject((resolved,), r.story.kind_of((resolved,)), j, (i, j), "name")
        cue = r.token_at(start + m.start())
        evidence = Evidence.of("sentence.in-the-view-of", cue, subject)
        add_reported(r, start, end, subject, None, sentence_speakers, evidence)

    phrases = [("no-comment", m) for m in NO_COMMENT.finditer(masked)]
    for rule, m in phrases + [("stance", m) for m in STANCE.finditer(masked)]:
        k = r.token_at(start + m.start() + 1)
        subject = subject_before(r, k, first)
        if subject and subject.names:
            source = credited_outlet(r, k, end) or own_source(subject)
            evidence = Evidence.of(f"sentence.{rule}", k, subject)
            add_reported(r, start, end, subject, source, sentence_speakers, evidence)

    informed = TOLD_INFORMATION.search(masked)
    paper_told = known_outlet(informed.group(1)) if informed else None
    if paper_told:  # "Aftonbladet har fått opplysninger om at": the paper is the source
        r.found.claims.append(paper_told)
    spoken_to = SOURCES_SPOKEN_TO.search(masked)
    paper_spoken_to = known_outlet(spoken_to.group(1)) if spoken_to else None
    if paper_spoken_to:
        r.found.claims.append(paper_spoken_to)
    told = TOLD.search(masked)
    if told:
        # "får Aftenposten opplyst", "NTB får opplyst": the outlet was told; it is the
        # source, not a speaker (one told first must be a known outlet: "Politiet fikk vite")
        told_to = known_outlet(told["first"] or told["later"])
        if told_to or told["first"]:
            r.found.claims.append(told_to or told["first"])
        agent = re.match(r"\s+av\s+", masked[told.end() :])  # "får TV 2 opplyst av Elden"
        by = (
            subject_after(r, r.token_at(start + told.end() + agent.end()), "opplyst")
            if agent
            else None
        )
        if by is not None and by.names:
            evidence = Evidence.of("sentence.passive", r.token_at(start + told.start("verb")), by)
            add_reported(r, start, end, by, told_to, sentence_speakers, evidence)
    if sentence_speakers and claim_end is not None:
        # "I følge 55-åringen er …, og hun nevnte blant annet …": a clause of its own after
        # the credited claim is read for its own speaker
        first = next(
            (
                c + 2
                for c in range(claim_end, last - 2)
                if r.tokens[c].text == "," and r.tokens[c + 1].lower in ("og", "men")
            ),
            last,
        )
    if not sentence_speakers or first < last:
        unnamed = False
        resume = first  # where reading goes on after a report: its sentence's next clause
        frame = final_frame(r, first, last, CUE_VERBS - PUBLISH_VERBS) or first
        for k in range(first, last):
            if k < resume or k < frame:
                continue
            first = resume
            token = r.tokens[k]
            verb = token.lower
            if passive_agent(r, k, last, start, end, sentence_speakers):
                break  # "Bryllupet bekreftes av Olav Thon Gruppen overfor TV 2."
            if verb in ONLY_WITH_AT_VERBS:
                after = [t.lower for t in r.tokens[k + 1 : min(last, k + 3)]]
                if after[:1] != ["at"] and after not in (["om", "at"], ["på", "at"]):
                    continue  # "kunne melde (om) at" reports; "ble bedt om å forklare seg" not
            elif verb not in CUE_VERBS:
                continue
            if is_acronym(token.text):
                continue  # "SA skrev den gangen at": an acronym, not the verb "sa"
            if inside_quote(masked, token.start - start):
                continue
            if verb in AFTER_QUOTE_VERBS and not after_comma_or_announcing(r, k, first):
                continue
            if verb in ("spør", "spurte") and k + 1 < last and known_outlet(r.tokens[k + 1].text):
                continue  # "spurte Dagbladet Solskjærs agent Jim Solbakken om": a paper asked
            if verb in ("synes", "syntes") and k + 1 < last and r.tokens[k + 1].lower == "å":
                continue  # "Toppjobben synes å ryke": it seems, nobody thinks
            if verb in ("nevner", "nevnte") and k + 1 < last and r.tokens[k + 1].lower == "ikke":
                continue  # "ambassadøren nevner ikke noe om": nothing mentioned
            if (
                believed_done(r, k, last)
                or asked_whether(r, k, first)
                or said_as_a_manner(r, k, first)
                or possessive_si(r, k, first)
            ):
                continue  # "Poulsen trodde han hadde utlignet", "opplevde han mildt sagt"
            if (
                verb in PUBLISH_VERBS | {"skrevet"}
                and k + 1 < last
                and r.tokens[k + 1].lower == "under"
            ):
                continue  # "Horneland skrev under på en ny kontrakt": signed, no words
            if in_the_passive(r, k, first):
                continue  # "Asap Rocky er bekreftet til", "ble politiet varslet": the passive
            if compared(r, first, k):
                continue  # "er ikke velgerne så opptatt av skatter som Høyre tror": a comparison
            if as_reported(r, first, k):  # "Som NRK har omtalt,": the paper is the source
                r.found.claims.append(
                    known_outlet(r.tokens[first + 1].text) or r.tokens[first + 1].text
                )
                continue
            if verb in QUOTING_VERBS and "«" not in r.text[token.end : end]:
                continue  # "kaller pågripelsen «det nyeste angrepet»" quotes; "kaller inn" not
            if lacks_what_was_said(r, k, first, last) or answered_by_act(r, k, last):
                continue  # "Politiet offentliggjorde opptak": a thing made public, not words
            if told and told.start("verb") <= token.start - start < told.end("verb"):
                continue
            # "Underveis melder vi": a pronoun right after the verb is the subject (V2 order);
            # not before a finite verb ("Abid Raja … sier han er dypt skuffet": its clause's)
            pronoun_after = k + 1 < last and r.tokens[k + 1].lower in SUBJECT_PRONOUNS
            clauses = pronoun_after and k + 2 < last and r.tokens[k + 2].lower in CLAUSE_VERBS
            inverted = pronoun_after and not clauses
            ruled = None if inverted else subject_before(r, k, first)
            rule = "sentence.before-verb"
            # "Hun ber Jernbanedirektoratet om å": a pronoun before the verb, whoever it is, is
            # its subject, and the name after the verb its object; "Mange som så Arild Berg
            # spille, mener han hadde": a pronoun before a finite verb opens the clause said
            pronoun_before = k > first and r.tokens[k - 1].lower in SUBJECT_PRONOUNS
            if ruled is None and not pronoun_before and not clauses:
                ruled, rule = subject_after(r, k + 1, verb), "sentence.after-verb"
                if ruled is not None and not reports_speech(r, ruled.end, last, k):
                    ruled = None
                if ruled is not None and clause_subject(r, first, k, ruled.end, last):
                    ruled = None  # "Oslo Høyres helsepolitiker mener Ap ikke har oppnådd"
            # The parser's subject first (past appositions, fronted phrases, genitive owners)
            parsed = parsed_subject(r, k, verb)
            if (
                parsed is not None
                and parsed.end > k + 1
                and not reports_speech(r, parsed.end, last, k)
            ):
                parsed = None  # "Trodde han.": an inverted subject with nothing reported
            if parsed is not None and parsed.mention is not None and parsed.mention[0] < first:
                parsed = None  # "…, mens Terje Olav Moen … hevder": the clause's own subject
            if parsed and ruled and second_clause(r, parsed.mention, ruled.mention, k):
                parsed = None  # "A har sendt ut farevarsel og politiet ber": the clause's own
            subject = parsed or ruled
            if (
                ruled is not None
                and subject is not None
                and subject is not ruled
                and set(subject.names) < set(ruled.names)
            ):
                subject = ruled  # "Både A og B mener": the rules read every name
            if subject is None:  # "har lokallagsleder Trym Aafløy … oppsummert"
                subject = inverted_perfect(r, first, k, verb)
            if subject is None and (opening := body_opening_sentence(r, first, k, last)):
                subject, rule = opening, "sentence.before-verb"  # ", skriver de": the body first
            straight = subject is not None and subject.end <= k
            if subject is None:
                told_to = credited_outlet(r, k + 1, report_start(r, k + 1, end))
                if told_to is not None and known_outlet(told_to) and not unnamed:
                    # "opplyser en politiadvokat … til NTB": the outlet, though nobody is named
                    r.found.claims.append(told_to)
                lacks_particle = verb in PARTICLE_VERBS and not has_particle(r, verb, k + 1, last)
                if not unnamed and not lacks_particle and unnamed_report(r, k + 1, last):
                    # once a sentence: its text is the quote, however many verbs it has
                    unread = Evidence("sentence.unnamed", (k, k + 1))
                    add_quote(r, "indirect", start, end, (), None, False, unread)
                    unnamed = True
                    if any(unnamed_person(t.lower) for t in r.tokens[first:k]):
                        r.story.unnamed_at = (r.p.n, start)  # "En kilde … opplyser at"
                continue
            if verb in PARTICLE_VERBS and not has_particle(
                r, verb, subject.end if not straight else k + 1, last
            ):
                continue
            # "viser til en rapport fra X": what is referred to follows, not who was told
            refers = verb in REFERRING_VERBS
            source = (
                (
                    None
                    if refers
                    else credited_outlet(
                        r, subject.end if not straight else k + 1, report_start(r, k + 1, end)
                    )
                )
                or publisher(r, k + 1, last)
                or own_source(subject)  # also the paper told with the speaker
                or fronted_source(r, first, k)
                or (told_outlet(r, k, last) if straight and not refers else None)
                or interview_source(r, first, k)
                # "der han til NTB fortalte at": said to, between the subject and the verb
                or (credited_outlet(r, subject.end, token.start) if straight else None)
            )
            colon_quote = colon_quote or ":" in masked[token.start - start :]
            other = ruled if subject is parsed else parsed
            if subject is parsed:
                rule, other_rule = "sentence.parsed", rule
            else:
                other_rule = "sentence.parsed"
            evidence = Evidence.of(rule, k, subject)
            if other is not None and other.names and other.names != subject.names:
                rejected = (
                    *evidence.rejected,
                    f"{other_rule}/{other.how}: {', '.join(other.names)}",
                )
                evidence = replace(evidence, rejected=rejected)
            add_reported(r, start, end, subject, source, sentence_speakers, evidence)
            resume = next_clause(r, k + 1, last)  # "…, mens Terje Olav Moen … hevder at"
            if resume >= last:
                break

    speakers = tuple(dict.fromkeys(sentence_speakers)) or r.speakers
    partial = Evidence(
        ("sentence.colon" if colon_quote else "sentence.partial")
        + ("" if sentence_speakers else "-carried")
    )
    for m in GUILLEMETS.finditer(r.text, start, end):
        words = m.group()[1:-1].split()
        if len(words) < 2 or not speakers:
            continue
        kind: QuoteKind = "direct" if colon_quote else "partial"
        source = next((q.source for q in r.found.quotes if q.speaker in speakers), None)
        add_quote(r, kind, m.start() + 1, m.end() - 1, speakers, source, False, partial)


def passive_agent(r: Reading, k: int, last: int, start: int, end: int, said: list[str]) -> bool:
    """A verb of saying in the passive with its agent ("bekreftes av X", "ble opplyst av X"):
    the agent's report, with the outlet it was told to; whether one was read."""
    tokens = r.tokens
    verb = tokens[k].lower
    if not (
        verb in PASSIVE_CUES
        or (verb in CUE_VERBS and k > 0 and tokens[k - 1].lower in ("ble", "blir", "blitt"))
    ):
        return False
    by = next((i for i in range(k + 1, min(k + 4, last)) if tokens[i].lower == "av"), None)
    if by is None or by + 1 >= last:
        return False
    if tokens[by + 1].lower in INSTITUTIONS:  # "av politiet natt til søndag"
        body = tokens[by + 1].text
        agent: Subject | None = Subject(
            (body,), "organisation", by + 2, (by + 1, by + 2), "institution"
        )
    else:
        agent = subject_after(r, by + 1, verb)
    if agent is None or not agent.names:
        return False
    source = credited_outlet(r, agent.end, end) or own_source(agent)
    add_reported(r, start, end, agent, source, said, Evidence.of("sentence.passive", k, agent))
    return True


def publisher(r: Reading, k: int, last: int) -> str | None:
    """The outlet of a closing ", melder NTB" / ", skriver VG" after someone's report:
    'LO-leder X ber om en ordning, melder NTB.' (X speaks; NTB is the source)."""
    for i in range(k, last):
        token = r.tokens[i]
        if token.lower in PUBLISH_VERBS and i > 0 and r.tokens[i - 1].text == ",":
            subject = subject_after(r, i + 1, token.lower)
            if subject is not None and subject.outlet:
                return subject.names[0]
    return None
