"""Who is quoted in each paragraph, and where the words were published.

Rules follow Norwegian news conventions rather than any one article:

* a replikkstrek quote "– …, sier X (til Y)." ends at the first comma, question or exclamation
  mark followed by a verb of saying and a subject (V2 order: verb before subject);
* «…» quotes work the same way, and «…» of two words or more inside narrative are partial
  quotes of the sentence's (or paragraph's) speaker; one word in «» is a term, not a quote;
* indirect speech: "X sier at", "Både A og B sa at", "sier X rett ut at", "ifølge X",
  "X vil ikke kommentere";
* "Det sier X til NRK." names the speaker of the unattributed quote before it;
* a dash quote with no attribution continues the previous quote's speaker and source;
* names inside the quoted words are never speakers, because only the attribution is read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from . import syntax
from .article import Paragraph, ParagraphQuote, Quote, QuoteKind, SpeakerKind
from .lexicon import (
    AFTER_QUOTE_VERBS,
    CUE_VERBS,
    FUNCTION_WORDS,
    INFINITIVE_VERBS,
    INSTITUTIONS,
    KNOWN_OUTLETS,
    NYNORSK_TO_BOKMAL,
    OUTLET_NAME_ENDINGS,
    OUTLET_NOUNS,
    PARTICLE_VERBS,
    PARTICLES,
    PLATFORMS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    PUBLIC_BODIES,
    PUBLISH_VERBS,
)
from .names import (
    NameBook,
    Position,
    Token,
    gender_of,
    is_name_token,
    is_organisation_genitive,
    is_plural_definite,
    is_role,
    join_name,
    name_span,
    not_of_the_name,
    organisation_end,
    outlet_end,
    person_start,
    tokenize,
)
from .standard import Standard

# A dash that opens a quote mid-paragraph, after a sentence; not in a date range "3. – 4. mai"
_MID_DASH = re.compile(r"(?<=[.!?»])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[–—]\s)")
_SENTENCE = syntax.SENTENCE_BREAK
_CLAUSE_END = re.compile(r"[.!?…](?=\s|$)|,\s+(?:som|men|og|mens|der|etter at|fordi)\b")
_GUILLEMETS = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»")
_BACKREF = re.compile(r"^(?:Det|Dette|Slik|Så|Sånn)\s+(\w+)\s")
_QUOTE_END = re.compile(r"[,?!…]")
_VERB_AFTER_QUOTE = re.compile(r"[,?!…»]*,?\s*(\w+)")
_TOLD = re.compile(
    r"\bfår\s+([A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)\s+"
    r"(opplyst|bekreftet|vite|høre|fortalt)\b"
)
_IFOLGE = re.compile(r"\b[Ii] ?(?:følge|følgje|fylgje|fylge)\s+")
# "X vil ikke kommentere", "X ville i midten av november ikke svare på om …"
_NO_COMMENT = re.compile(
    r"\s(?:vil|ville)\s+(?:[\w-]+\s+){0,5}?ikkj?e\s+"
    r"(?:kommentere|uttale seg|si noe|seie noko|svare)"
)
# Words without which a narrative sentence attributes nothing (see the patterns above).
_SENTENCE_CUES = (
    CUE_VERBS | INFINITIVE_VERBS | {"ifølge", "følge", "kommentere", "uttale", "svare", "får"}
)
# Verbs whose outlet may follow them without "til": "forteller Dagbladet at".
_TELLING_VERBS = frozenset(("forteller", "fortalte", "fortel", "fortalde", "opplyser", "opplyste"))
_INTERVIEW = re.compile(
    r"\bi (?:et|en) (?:intervju|samtale|podkast|sending|program|kronikk|kommentar|"
    r"innlegg|debattinnlegg|artikkel|leserbrev) (?:med|i|på)\s+"
)

# Words that may stand between a verb and its subject ("sier også Støre").
_ADVERBS = frozenset(
    {
        "også",
        "imidlertid",
        "likevel",
        "derimot",
        "videre",
        "dessuten",
        "nå",
        "da",
        "selv",
        "tidligere",
        "i",
        "dag",
        "går",
        "ikke",
    }
)
# Words that may stand between a subject and its verb ("Putin har også sagt at").
_AUXILIARIES = frozenset(
    {
        "har",
        "hadde",
        "skal",
        "skulle",
        "vil",
        "ville",
        "kan",
        "kunne",
        "må",
        "måtte",
        "også",
        "tidligere",
        "ikke",
        "selv",
        "nå",
        "nylig",
        "allerede",
        "derimot",
        "imidlertid",
        "likevel",
        "dessuten",
        "ofte",
        "aldri",
        "blant",
        "annet",
        "først",
        "senere",
        "dagen",
        "etter",
    }
)
# Lower-case words that end the search for a subject after a verb.
_NOT_SUBJECT = frozenset(
    {
        "at",
        "om",
        "til",
        "på",
        "i",
        "for",
        "etter",
        "ikke",
        "som",
        "med",
        "og",
        "men",
        "når",
        "fra",
        "mot",
        "under",
        "over",
        "ved",
        "hos",
        "ut",
        "inn",
        "opp",
        "seg",
        "noe",
        "nei",
        "ja",
        "det",
        "dette",
        "hvor",
        "hva",
        "hvordan",
        "hvorfor",
        "da",
        "så",
        "alt",
        "ingenting",
        "rett",
        "meg",
    }
)
_DETERMINERS = frozenset({"den", "det", "de", "en", "et", "ei"})
_AFFILIATION = frozenset({"ved", "i", "fra", "hos", "på", "for"})
_GOVERNING = frozenset({"til", "overfor", "ifølge", "mot", "med", "om", "av"})
_THAT = frozenset({"at", "om", ":"})
# Finite verbs that show a clause has begun: the subject of a clause with its "at" left out
# stands right before one ("mener han myndighetene må").
_CLAUSE_VERBS = frozenset(
    "må skal vil kan bør burde er har blir ble var hadde kunne skulle ville måtte".split()
)
_TWEET_SIGNATURE = re.compile(r"^[—–-]\s*(\S.{0,60}?)\s+\(@\w{1,30}\)\s+\S.{0,40}$")
# "til avisen", "til magasinet": an outlet named before ("sa han til avisen")
_DEFINITE_OUTLET_NOUNS = frozenset(
    {
        "avisen",
        "avisa",
        "magasinet",
        "bladet",
        "kanalen",
        "nettstedet",
        "nettavisen",
        "nyhetsbyrået",
        "byrået",
        "tidsskriftet",
        "ukebladet",
        "lokalavisen",
    }
)
_FIRST_PERSON = frozenset({"jeg", "vi", "du", "dere", "man", "det", "den", "de", "seg"})
_SINGULAR_I = re.compile(r"\b(?:[Jj]eg|[Ee]g|meg|[Mm]in|[Mm]itt|[Mm]ine)\b")
_MAX_LOWER_BEFORE_NAME = 4
# A word right after one of these is the object of a preposition, never a subject.
_PREPOSITIONS = frozenset(
    {
        "til",
        "overfor",
        "ifølge",
        "hos",
        "for",
        "med",
        "fra",
        "mot",
        "om",
        "på",
        "i",
        "ved",
        "av",
        "etter",
        "blant",
        "mellom",
        "uten",
    }
)
_PRONOUN_LOOKBACK = 120
_CATAPHORA_PARAGRAPHS = 2
_NUMBER_GENITIVE = re.compile(r"\d+s")  # tokens searched back for the person a pronoun refers to


@dataclass(frozen=True)
class Subject:
    """Who a verb of saying is about: canonical names, and whether they are publications."""

    names: tuple[str, ...]
    kind: SpeakerKind
    end: int  # token index after the subject

    @property
    def outlet(self) -> bool:
        return self.kind == "outlet"


@dataclass
class _Found:
    """Quotes and credited sources found in one paragraph."""

    quotes: list[Quote] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    unattributed: bool = False  # has a quote whose speaker was only carried over


@dataclass
class _Story:
    """What the reader remembers from earlier paragraphs."""

    book: NameBook
    parser: syntax.Reader
    last_speakers: tuple[str, ...] = ()
    last_source: str | None = None
    last_person: str | None = None
    last_spoke_at: Position | None = None  # where last_speakers were quoted
    kinds: dict[str, SpeakerKind] = field(default_factory=dict)
    last_outlet: str | None = None  # the outlet most recently credited
    spellings: dict[str, str] = field(default_factory=dict)  # folded -> an organisation's name

    def one_spelling(self, name: str, kind: SpeakerKind | None) -> str:
        """An organisation keeps one spelling whatever its case: "Politiet" and "politiet"
        are one speaker (a body named by a common noun is written in lower case)."""
        folded = name.casefold()
        if folded in INSTITUTIONS:
            return folded
        if (kind or self.kinds.get(name)) != "organisation":
            return name
        return self.spellings.setdefault(folded, name)

    def kind_of(self, names: tuple[str, ...]) -> SpeakerKind:
        """What these speakers are, as far as the article has told: people unless known."""
        kinds = {self.kinds.get(n, "person") for n in names}
        return kinds.pop() if len(kinds) == 1 else "person"


def attribute(
    paragraphs: tuple[Paragraph, ...], standard: Standard = "nb"
) -> tuple[tuple[Paragraph, ...], dict[str, SpeakerKind]]:
    """The paragraphs with their quotes, speakers and sources filled in, and what kind of
    speaker each one is. In a nynorsk article (``standard`` "nn") each word is looked up by
    its bokmål counterpart, so the same rules read both."""
    words = NYNORSK_TO_BOKMAL if standard == "nn" else None
    cues = (CUE_VERBS - AFTER_QUOTE_VERBS) | INFINITIVE_VERBS
    if words:
        cues |= {nn for nn, nb in words.items() if nb in cues}
    book = NameBook()
    # Tokens are made again for the second pass rather than kept: kept, they were most of the
    # memory a long article took (some 35 bytes per byte of text).
    for p in paragraphs:
        if p.kind == "text":
            book.add_paragraph(p.n, tokenize(p.text, words))
    story = _Story(
        book,
        syntax.Reader([p.text if p.kind == "text" else "" for p in paragraphs], cues),
    )
    found: dict[int, _Found] = {}
    previous: int | None = None
    tweets = _tweets(paragraphs)
    for index, p in enumerate(paragraphs):
        if p.kind != "text":
            continue
        if index in tweets:
            result = _Found()
            account = tweets[index]
            if account is not None:  # the tweet's own words, quoted by its account
                result.quotes.append(Quote(p.text, "direct", account, "Twitter", 0, len(p.text)))
            found[index] = result
            continue
        tokens = tokenize(p.text, words)
        result = _ParagraphReader(p, tokens, story).read()
        story.last_outlet = _last_outlet_named(tokens) or story.last_outlet
        if p.text.endswith(":") and not any(q.speaker for q in result.quotes):
            # "På TV 2s nettsider heter det i beskrivelsen:": what follows is not the last
            # speaker's, and who it is could not be read
            story.last_speakers, story.last_source = (), None
        backref = _backref_subject(result)
        if backref is not None and previous is not None and found[previous].unattributed:
            _reattribute(found[previous], backref)
        found[index] = result
        previous = index
    story.parser.close()
    finished = tuple(_finish(p, found.get(i)) for i, p in enumerate(paragraphs))
    spoken = {s for p in finished for s in p.speakers}
    return finished, {name: story.kinds.get(name, "person") for name in sorted(spoken)}


def _last_outlet_named(tokens: list[Token]) -> str | None:
    """The last known publication a paragraph names ("… fortalte han til Aftenposten")."""
    for i in range(len(tokens) - 1, -1, -1):
        for width in (2, 1):
            if i + width <= len(tokens):
                known = KNOWN_OUTLETS.get(join_name(tokens, i, i + width).casefold())
                if known and tokens[i].text[:1].isupper():
                    return known
    return None


def _tweets(paragraphs: tuple[Paragraph, ...]) -> dict[int, str | None]:
    """Embedded tweets: the signature line "— Name (@handle) date" (None: it quotes nobody)
    and the paragraph above it, the tweet's text, with the account's name."""
    tweets: dict[int, str | None] = {}
    for index, p in enumerate(paragraphs):
        signature = _TWEET_SIGNATURE.match(p.text) if p.kind == "text" else None
        if signature is None:
            continue
        tweets[index] = None
        if (
            index > 0
            and paragraphs[index - 1].kind == "text"
            and not _TWEET_SIGNATURE.match(paragraphs[index - 1].text)
        ):
            tweets[index - 1] = signature.group(1)
    return tweets


def _finish(p: Paragraph, result: _Found | None) -> Paragraph:
    if result is None:
        return p
    speakers = tuple(dict.fromkeys(q.speaker for q in result.quotes if q.speaker))
    sources = tuple(dict.fromkeys([q.source for q in result.quotes if q.source] + result.claims))
    kinds = {q.kind for q in result.quotes}
    quote: ParagraphQuote = (
        "direct" if kinds & {"direct", "partial"} else "indirect" if kinds else "none"
    )
    return Paragraph(p.n, p.kind, p.section, p.text, quote, speakers, sources, tuple(result.quotes))


def _backref_subject(result: _Found) -> Quote | None:
    return next(
        (
            q
            for q in result.quotes
            if q.kind == "indirect" and q.start == 0 and _BACKREF.match(q.text) and q.speaker
        ),
        None,
    )


def _reattribute(previous: _Found, by: Quote) -> None:
    """Give the carried-over quotes of ``previous`` to the speaker named by "Det sier X"."""
    previous.quotes[:] = [
        replace(q, speaker=by.speaker, source=by.source) if q.kind == "direct" else q
        for q in previous.quotes
    ]
    previous.unattributed = False


class _ParagraphReader:
    """Reads one text paragraph from left to right."""

    def __init__(self, paragraph: Paragraph, tokens: list[Token], story: _Story) -> None:
        self.p = paragraph
        self.text = paragraph.text
        self.story = story
        self.tokens = tokens
        self.found = _Found()
        self.speakers: tuple[str, ...] = ()  # the latest speakers in this paragraph
        self._narrative_from: int | None = None  # first token of the narrative being read
        self._masked: str | None = None  # the text with «…» blanked, made when needed

    def read(self) -> _Found:
        cursor = 0
        text = self.text
        while cursor < len(text):
            start = syntax.DASH_QUOTE.match(text, cursor)
            if start or (text[cursor] == "«" and cursor == 0):
                cursor = self._quote(cursor, start.end() if start else cursor)
                continue
            following = _MID_DASH.search(text, cursor)
            end = following.end() if following else len(text)
            self._narrative(cursor, end)
            cursor = end
        return self.found

    # -- quotes that open a paragraph or sentence ------------------------------------------

    def _quote(self, cursor: int, body: int) -> int:
        """Read a quote starting at ``body``; returns where reading goes on."""
        following = _MID_DASH.search(self.text, body)
        limit = following.start() if following else len(self.text)
        if self.text[body : body + 1] == "«" and body == cursor:
            closing = _GUILLEMETS.match(self.text, body)
            candidates = [closing.end()] if closing else []
        else:
            candidates = [m.start() for m in _QUOTE_END.finditer(self.text, body + 1, limit)]
        for at in candidates:
            attribution = self._attribution_after(at, limit)
            if attribution is None:
                unread = self._unreadable_attribution(at, limit)
                if unread is None:
                    continue
                # "– …, sier X" where X cannot be read: say nothing rather than guess.
                self._add("direct", body, at, (), None, remember=False)
                self.story.last_speakers, self.story.last_source = (), None
                return unread
            subject, clause_end = attribution
            quote_end = at + 1 if self.text[at] in "?!…»" else at
            if self.text[body] == "«":
                body, quote_end = body + 1, quote_end - 1
            source = self._source(subject.end, clause_end) or self._carried_source(subject)
            self._add(
                "direct",
                body,
                quote_end,
                subject.names,
                source,
                remember=True,
                speaker_kind=subject.kind,
            )
            return clause_end
        if (
            body <= 2
            and limit == len(self.text)
            and self.text.rstrip().endswith("?")
            and not _SENTENCE.search(self.text, body)
        ):
            # "– Er fysisk aktivitet bedre hjernetrim?": the interviewer's question, alone
            self._add("direct", body, limit, (), None, remember=False)
            return limit
        # No attribution of its own: the previous speaker goes on, unless that was an
        # organisation or outlet and the quote says "jeg" (a body speaks as "vi").
        last = self.story.last_speakers
        if (
            last
            and _SINGULAR_I.search(self.text, body, limit)
            and not any(self.story.kinds.get(s, "person") == "person" for s in last)
        ):
            self._add("direct", body, limit, (), None, remember=False)
            self.story.last_speakers, self.story.last_source = (), None
            return limit
        self.found.unattributed = True
        self._add("direct", body, limit, last, self.story.last_source, remember=False)
        return limit

    def _attribution_after(self, at: int, limit: int) -> tuple[Subject, int] | None:
        """(subject, clause end) of "…, sier X" right after offset ``at``."""
        match = _VERB_AFTER_QUOTE.match(self.text, at)
        if not match or match.end() > limit:
            return None
        k = self._token_at(match.start(1))
        verb = self.tokens[k].lower
        if verb not in CUE_VERBS:
            return None
        ruled = self._subject_after(k + 1, verb)
        if ruled is not None:  # "…, sier X": V2 order reads reliably by position
            return ruled, self._clause_end(self.tokens[ruled.end - 1].end, limit)
        return self._parsed_after_quote(at, limit)

    def _parsed_after_quote(self, at: int, limit: int) -> tuple[Subject, int] | None:
        """The parser's subject for "…, sa NRK-kommentator Jann Post", read in the sentence
        that ends the quote."""
        match = _VERB_AFTER_QUOTE.match(self.text, at)
        if match is None:
            return None
        k = self._token_at(match.start(1))
        subject = self._parsed_subject(k, self.tokens[k].lower)
        if subject is None or not subject.names:
            return None
        return subject, self._clause_end(self.tokens[subject.end - 1].end, limit)

    def _unreadable_attribution(self, at: int, limit: int) -> int | None:
        """Where the clause ends when a verb of saying follows the quote at ``at`` but its
        subject could not be read ("…, sa NRK-kommentatoren Jann Post"); None when no verb
        of saying follows (the comma is inside the quote)."""
        match = _VERB_AFTER_QUOTE.match(self.text, at)
        if not match or match.end() > limit:
            return None
        k = self._token_at(match.start(1)) + 1
        if self.tokens[k - 1].lower not in CUE_VERBS:
            return None
        if (
            k >= len(self.tokens)
            or self.tokens[k].lower in _FIRST_PERSON | _THAT
            or not self.tokens[k].text[0].isalpha()
        ):
            return None
        return self._clause_end(self.tokens[k].end, limit)

    # -- narrative -------------------------------------------------------------------------

    def _narrative(self, start: int, end: int) -> None:
        self._narrative_from = self._token_at(start)
        try:
            self._read_narrative(start, end)
        finally:
            self._narrative_from = None

    def _read_narrative(self, start: int, end: int) -> None:
        chunk = self.text[start:end]
        offset = start
        for piece in _SENTENCE.split(chunk):
            at = self.text.find(piece, offset)
            if at < 0:
                continue
            self._sentence(at, at + len(piece))
            offset = at + len(piece)

    def _sentence(self, start: int, end: int) -> None:
        first = self._token_at(start)
        last = self._token_at(end - 1) + 1 if end > start else first
        if (
            not any(t.lower in _SENTENCE_CUES for t in self.tokens[first:last])
            and "«" not in self.text[start:end]
        ):
            return  # no verb of saying, no "ifølge", no quotation marks: nothing attributed
        masked = _mask_quotes(self.text[start:end])
        sentence_speakers: list[str] = []
        colon_quote = False

        back = _BACKREF.match(masked)
        k = self._token_at(start + back.start(1)) if back else 0
        if back and self.tokens[k].lower in CUE_VERBS:
            subject = self._subject_after(k + 1, self.tokens[k].lower)
            if subject and subject.names:
                source = self._source(subject.end, end) or _own_source(subject)
                self._reported(start, end, subject, source, sentence_speakers)

        for m in _IFOLGE.finditer(masked):
            k = self._token_at(start + m.end())
            subject = self._subject_after(k, "ifølge")
            if subject is None or not subject.names:
                continue
            if subject.outlet:
                self.found.claims.extend(subject.names)
            else:
                self._reported(start, end, subject, None, sentence_speakers)

        for m in _NO_COMMENT.finditer(masked):
            k = self._token_at(start + m.start() + 1)
            subject = self._subject_before(k, first)
            if subject and subject.names:
                source = self._source(k, end) or _own_source(subject)
                self._reported(start, end, subject, source, sentence_speakers)

        told = _TOLD.search(masked)
        if told:
            # "får Aftenposten opplyst": the outlet was told; it is the source, not a speaker.
            self.found.claims.append(KNOWN_OUTLETS.get(told.group(1).casefold(), told.group(1)))
        if not sentence_speakers:
            unnamed = False
            for k in range(first, last):
                token = self.tokens[k]
                verb = token.lower
                if verb in INFINITIVE_VERBS:
                    if k + 1 >= last or self.tokens[k + 1].lower != "at":
                        continue
                elif verb not in CUE_VERBS:
                    continue
                if _inside(masked, token.start - start):
                    continue
                if verb in AFTER_QUOTE_VERBS and not (k > first and self.tokens[k - 1].text == ","):
                    continue
                if told and told.start(2) <= token.start - start < told.end(2):
                    continue
                ruled = self._subject_before(k, first)
                if ruled is None:
                    ruled = self._subject_after(k + 1, verb)
                    if ruled is not None and not self._reports(ruled.end, last, k):
                        ruled = None
                # The parser's subject first: it sees past appositions, fronted phrases and
                # genitive owners; the positional rules cover what it leaves unread.
                parsed = self._parsed_subject(k, verb)
                if (
                    parsed is not None
                    and parsed.end > k + 1
                    and not self._reports(parsed.end, last, k)
                ):
                    parsed = None  # "Trodde han.": an inverted subject with nothing reported
                subject = parsed or ruled
                if (
                    ruled is not None
                    and subject is not None
                    and subject is not ruled
                    and set(subject.names) < set(ruled.names)
                ):
                    subject = ruled  # "Både A og B mener": the rules read every name
                straight = subject is not None and subject.end <= k
                if subject is None:
                    if not unnamed and self._unnamed_report(k + 1, last):
                        # once a sentence: its text is the quote, however many verbs it has
                        self._add("indirect", start, end, (), None, remember=False)
                        unnamed = True
                    continue
                if verb in PARTICLE_VERBS and not self._has_particle(
                    verb, subject.end if not straight else k + 1, last
                ):
                    continue
                source = (
                    self._source(
                        subject.end if not straight else k + 1, self._report_start(k + 1, end)
                    )
                    or self._publisher(k + 1, last)
                    or _own_source(subject)
                    or self._fronted_source(first, k)
                    or (self._told_outlet(k, last) if straight else None)
                    or self._interview_source(first, k)
                )
                colon_quote = colon_quote or ":" in masked[token.start - start :]
                self._reported(start, end, subject, source, sentence_speakers)
                break

        speakers = tuple(dict.fromkeys(sentence_speakers)) or self.speakers
        for m in _GUILLEMETS.finditer(self.text, start, end):
            words = m.group()[1:-1].split()
            if len(words) < 2 or not speakers:
                continue
            kind: QuoteKind = "direct" if colon_quote else "partial"
            source = next((q.source for q in self.found.quotes if q.speaker in speakers), None)
            self._add(kind, m.start() + 1, m.end() - 1, speakers, source, remember=False)

    def _parsed_subject(self, k: int, verb: str) -> Subject | None:
        """The subject of the verb at token ``k`` as the parser reads its sentence, read into a
        speaker by the same rules as a name found by position."""
        words = self.story.parser.subject_of(self.p.n, self.tokens[k].start)
        if words is None:
            return None
        tokens = self.tokens
        i = self._token_at(words.name.start)
        j = self._token_at(words.name.end - 1) + 1
        while j > i and not tokens[j - 1].text[-1].isalnum():
            j -= 1  # the parser's token may carry the full stop ("Nordmann1.")
        if i >= len(tokens) or i >= j:
            return None
        if i > 0 and tokens[i - 1].lower in _PREPOSITIONS:
            return None  # "Til Expressen forteller multikunstneren": the parser erred
        role_word = None
        whole = join_name(tokens, i, j).casefold()
        while j - i >= 2 and whole not in KNOWN_OUTLETS and not_of_the_name(tokens[i]):
            role_word = tokens[i].text if is_role(tokens[i].text) else role_word
            i += 1  # "Klimaforsker Helge Drange": the role is not part of the name
        word = tokens[i]
        if word.lower in PRONOUNS_SINGULAR:
            return self._pronoun(i)
        if word.lower in PRONOUNS_PLURAL:
            last = self.story.last_speakers
            return Subject(last, self.story.kind_of(last), i + 1) if len(last) > 1 else None
        if word.lower in FUNCTION_WORDS:
            return None
        if word.lower in INSTITUTIONS:
            return Subject((word.text,), "organisation", j)
        body = self._organisation_ending_at(i)
        if body is not None:
            return Subject((body,), "organisation", i + 1)
        organisation = organisation_end(tokens, i, j)
        if organisation > j:  # "Statens vegvesen opplyser": the noun completes the name
            return Subject((join_name(tokens, i, organisation),), "organisation", organisation)
        opens = i == 0 or not tokens[i - 1].text[0].isalnum()
        if not is_name_token(word.text) or (
            j - i == 1 and words.kind is None and opens and not self.story.book.knows(word.text)
        ):
            # a common noun, or a capitalised word that opens a sentence and is no name
            # the article or the entity recogniser knows ("Butikkeieren vil ikke si noe")
            if is_role(word.lower) or is_plural_definite(word.lower):
                people = self.story.book.by_role(
                    word.text, self._position(i), is_plural_definite(word.lower)
                )
                return Subject(people, "person", j) if people else None
            return None
        if words.others:  # "Både Putin og Erdogan sa": each coordinated name speaks
            names = [self._named(person_start(tokens, i, j), j, verb, False)]
            for other in words.others:
                oi = self._token_at(other.start)
                oj = self._token_at(other.end - 1) + 1
                if oi < oj and is_name_token(tokens[oi].text):
                    names.append(self._named(person_start(tokens, oi, oj), oj, verb, False))
            every = tuple(dict.fromkeys(n for s in names for n in s.names))
            return Subject(every, self.story.kind_of(every), max(s.end for s in names))
        role_text = self.text[words.role.start : words.role.end] if words.role else ""
        role = role_text if role_text and is_role(role_text) else role_word
        outlet_noun = role_text.casefold() in OUTLET_NOUNS
        subject = self._named(person_start(tokens, i, j), j, verb, outlet_noun, role)
        titled = role is not None or (i > 0 and is_role(tokens[i - 1].text))
        if words.kind == "organisation" and not subject.outlet and not titled:
            # a person's role before the name outweighs the recogniser's label
            # ("M5S-partileder Luigi Di Maio")
            return Subject(subject.names, "organisation", subject.end)
        return subject

    def _organisation_ending_at(self, i: int) -> str | None:
        """'Statens vegvesen', 'Buskerud tingrett': the parser's subject is the lower-case
        noun of an organisation's name; the name is the capitalised words before it too."""
        tokens = self.tokens
        if i == 0 or not tokens[i].text[:1].islower() or not is_name_token(tokens[i - 1].text):
            return None
        start = i - 1
        while start > 0 and is_name_token(tokens[start - 1].text):
            start -= 1
        while start < i - 1 and not_of_the_name(tokens[start]):
            start += 1
        if organisation_end(tokens, start, i) != i + 1:
            return None
        return join_name(tokens, start, i + 1)

    def _publisher(self, k: int, last: int) -> str | None:
        """The outlet of a closing ", melder NTB" / ", skriver VG" after someone's report:
        'LO-leder X ber om en ordning, melder NTB.' (X speaks; NTB is the source)."""
        for i in range(k, last):
            token = self.tokens[i]
            if token.lower in PUBLISH_VERBS and i > 0 and self.tokens[i - 1].text == ",":
                subject = self._subject_after(i + 1, token.lower)
                if subject is not None and subject.outlet:
                    return subject.names[0]
        return None

    def _told_outlet(self, k: int, last: int) -> str | None:
        """'Han forteller Dagbladet at …': a known outlet told, right after the verb and
        before what it was told (no "til")."""
        tokens = self.tokens
        if tokens[k].lower not in _TELLING_VERBS or k + 1 >= last:
            return None
        stop = outlet_end(tokens, k + 1, name_span(tokens, k + 1))
        if stop == k + 1 or stop >= last or tokens[stop].lower not in _THAT:
            return None
        return KNOWN_OUTLETS.get(" ".join(t.text for t in tokens[k + 1 : stop]).casefold())

    def _interview_source(self, first: int, k: int) -> str | None:
        """'X gikk hardt ut i et intervju med Dagbladet og omtalte …': the outlet of an
        interview named before the verb, in the same sentence."""
        found = _INTERVIEW.search(self.text, self.tokens[first].start, self.tokens[k].start)
        if found is None:
            return None
        return self._source(self._token_at(found.start()), self.tokens[k].start)

    def _report_start(self, k: int, end: int) -> int:
        """Where the reported words begin: at "at"/"om"/":" after the verb, else ``end``."""
        for t in self.tokens[k:]:
            if t.start >= end:
                break
            if t.lower in _THAT:
                return t.start
        return end

    def _reports(self, subject_end: int, last: int, verb: int) -> bool:
        """Whether an inverted "sier X" reports speech: "at"/"om"/":" soon after, a comma
        right before the verb ("Dette er alvorlig, sier Støre.") or a clause whose "at" is
        left out ("Nå mener han myndighetene må følge opp")."""
        if verb > 0 and self.tokens[verb - 1].text == ",":
            return True
        after = self.tokens[subject_end : min(last, subject_end + 6)]
        if any(t.lower in _THAT for t in after):
            return True
        return any(t.lower in _CLAUSE_VERBS for t in after[1:3]) and all(
            t.text[0].isalpha() for t in after[:3]
        )

    def _unnamed_report(self, k: int, last: int) -> bool:
        """'varslet russerne at': a speech verb, an unnamed subject, then "at"."""
        window = self.tokens[k : min(last, k + 4)]
        return any(t.lower == "at" for t in window) and bool(window) and window[0].text[0].isalpha()

    def _has_particle(self, verb: str, k: int, last: int) -> bool:
        particle = PARTICLES[verb]
        return any(t.lower == particle for t in self.tokens[k : min(last, k + 4)])

    # -- subjects ---------------------------------------------------------------------------

    def _subject_after(self, k: int, verb: str) -> Subject | None:
        """The subject that follows a verb of saying (V2 order): 'sier analytiker Andrew Neff'."""
        tokens = self.tokens
        skipped = 0
        while (
            k < len(tokens)
            and tokens[k].lower in _ADVERBS
            and skipped < 2
            and not (k + 1 < len(tokens) and tokens[k + 1].lower in ("at", "om"))
        ):
            k, skipped = k + 1, skipped + 1
        if k >= len(tokens):
            return None
        first = tokens[k]
        if first.lower in PRONOUNS_SINGULAR:
            return self._pronoun(k)
        if first.lower in PRONOUNS_PLURAL and (
            k + 1 >= len(tokens)
            or not tokens[k + 1].text[0].isalpha()
            or tokens[k + 1].lower in ("til", "at", "også")
        ):
            return (
                Subject(
                    self.story.last_speakers, self.story.kind_of(self.story.last_speakers), k + 1
                )
                if len(self.story.last_speakers) > 1
                else None
            )
        outlet_noun = False
        lower: list[Token] = []
        while k < len(tokens) and len(lower) < _MAX_LOWER_BEFORE_NAME:
            t = tokens[k]
            owner = name_span(tokens, k) if not lower else k
            if (
                owner > k
                and _genitive(tokens, owner)
                and organisation_end(tokens, k, owner) == owner
            ):
                k = owner  # "sier Unge Høyres nestleder Ola Berg": the owner is not the speaker
                continue
            if lower and t.lower in _AFFILIATION and lower[-1].lower not in _DETERMINERS:
                named = self._name_after_affiliation(k + 1)
                if named is not None:
                    k = named  # "vaktleder ved 110-sentralen Stein Arild Egeland"
                    break
            if (
                not t.text[0].isalpha()
                or t.text[0].isupper()
                or t.lower in _NOT_SUBJECT - _DETERMINERS
            ):
                break
            if t.lower in _DETERMINERS and lower:
                break
            lower.append(t)
            outlet_noun = outlet_noun or t.lower in OUTLET_NOUNS
            k += 1
        if lower and lower[0].lower in _DETERMINERS and len(lower) == 1:
            return None
        if any(t.lower == "av" for t in lower):
            return None  # "ifølge en av Macrons rådgivere": one of many, not a named speaker
        j = name_span(tokens, k) if k < len(tokens) else k
        if j < len(tokens) and j > k and _NUMBER_GENITIVE.fullmatch(tokens[j].text):
            return None  # "sier TV 2s Jesper Mathisen": an owner; the parser reads the rest
        organisation = organisation_end(tokens, k, j) if j > k else j
        if organisation > j:
            if verb == "ifølge" or verb in PUBLISH_VERBS:
                j, outlet_noun = organisation, True
            else:  # "opplyser Buskerud tingrett": a body speaks, under its own name
                name = " ".join(t.text for t in tokens[k:organisation])
                return Subject((name,), "organisation", organisation)
        if j > k:
            role = next((t.text for t in reversed(lower) if is_role(t.text)), None)
            while j - k >= 3 and not_of_the_name(tokens[k]):  # "Gullvinner Anna Lie"
                role, k = tokens[k].text if is_role(tokens[k].text) else role, k + 1
            return self._named(person_start(tokens, k, j), j, verb, outlet_noun, role)
        if lower:
            word = lower[-1]
            if verb == "ifølge":  # "ifølge politiet ble han …": the words after are the claim
                word = next((t for t in lower if t.lower in INSTITUTIONS or is_role(t.text)), word)
            if word.lower in INSTITUTIONS:
                return Subject((word.text,), "organisation", k)
            if is_role(word.text) or is_plural_definite(word.text):
                names = self.story.book.by_role(
                    word.text, self._position(k), is_plural_definite(word.text)
                )
                if names:
                    return Subject(names, "person", k)
        return None

    def _name_after_affiliation(self, k: int) -> int | None:
        """Where a full name starts within two words after an affiliation's preposition."""
        for m in range(k + 1, min(k + 3, len(self.tokens))):
            if is_name_token(self.tokens[m].text) and name_span(self.tokens, m) - m >= 2:
                return m
            if self.tokens[m].lower in _NOT_SUBJECT or not self.tokens[m].text[0].isalnum():
                return None
        return None

    def _before_affiliation(self, i: int, first: int) -> int:
        """'Anne Hansen i supporterklubben forteller', 'Tormod Heier ved Forsvarets høgskole
        mener': skip an affiliation between a name and its verb, back to the name."""
        tokens = self.tokens
        j = i
        while (
            j >= first
            and i - j < 4
            and tokens[j].text.replace("-", "").isalpha()
            and tokens[j].lower not in _AFFILIATION
            and tokens[j].lower not in FUNCTION_WORDS
            and (
                tokens[j].text.islower()
                or is_organisation_genitive(tokens[j].text)
                or (j < i and is_name_token(tokens[j].text))
            )
        ):
            j -= 1
        if (
            j < i
            and j - 1 >= first
            and tokens[j].lower in _AFFILIATION
            and is_name_token(tokens[j - 1].text)
        ):
            return j - 1
        return i

    def _subject_before(self, k: int, first: int) -> Subject | None:
        """The subject that precedes a verb: 'Både Putin og Erdogan sa', 'Presidentene sa'."""
        tokens = self.tokens
        i = k - 1
        steps = 0
        while i >= first and tokens[i].lower in _AUXILIARIES and steps < 3:
            i, steps = i - 1, steps + 1
        if i >= first and tokens[i].text == ")":
            while i >= first and tokens[i].text != "(":
                i -= 1
            i -= 1
        i = self._before_affiliation(i, first)
        if i < first:
            return None
        word = tokens[i]
        if word.lower in PRONOUNS_SINGULAR and (
            i == first or not tokens[i - 1].text[0].isalpha() or tokens[i - 1].lower in _NOT_SUBJECT
        ):
            return self._pronoun(i)
        if word.lower in INSTITUTIONS:
            return Subject((word.text,), "organisation", k)
        names: list[str] = []
        outlet = False
        role: str | None = None
        end = i + 1
        while i >= first and is_name_token(tokens[i].text):
            start = i
            while start - 1 >= first and (
                is_name_token(tokens[start - 1].text)
                or tokens[start - 1].lower in ("de", "van", "von", "al")
            ):
                start -= 1
            while start <= i and not_of_the_name(tokens[start]):
                role = tokens[start].text if is_role(tokens[start].text) else role
                start += 1
            start = person_start(tokens, start, i + 1)
            if start > i:
                break
            before = tokens[start - 1].lower if start > first else ""
            if before in _GOVERNING and not names:
                return None  # "Til VG presiserer X": the name belongs to the preposition
            if before in _AFFILIATION and not names:
                # "Helge Drange ved Universitetet i Bergen mener": the subject stands before
                # the affiliation.
                owner = next(
                    (
                        x
                        for x in range(start - 2, max(first, start - 8) - 1, -1)
                        if is_name_token(tokens[x].text)
                    ),
                    None,
                )
                if owner is not None:
                    i = owner
                    continue
            name = " ".join(t.text for t in tokens[start : i + 1])
            if start > first and is_role(tokens[start - 1].text):
                role = tokens[start - 1].text
            outlet = outlet or before in OUTLET_NOUNS or name.casefold() in KNOWN_OUTLETS
            names.insert(0, name)
            i = start - 1
            if (
                i >= first
                and tokens[i].lower in ("og", ",")
                and i - 1 >= first
                and is_name_token(tokens[i - 1].text)
            ):
                i -= 1
                continue
            break
        if (
            len(names) == 1
            and " " not in names[0]
            and end - 1 == first
            and not outlet
            and not self.story.book.knows(names[0])
            and names[0].casefold() not in KNOWN_OUTLETS
        ):
            # A capitalised word opening the sentence is a name only if the entity recogniser
            # or the article says so ("Klimanøytralitet vil si at", "Butikkeieren vil ikke").
            at = tokens[first].start
            if self.story.parser.kind_of(self.p.n, at, at + len(names[0])) is None:
                names = []
        if names:
            resolved = tuple(
                n
                if outlet
                else self.story.book.resolve(
                    n, self._position(end - 1), role if len(names) == 1 else None
                )
                for n in names
            )
            kind: SpeakerKind = "outlet" if outlet else self.story.kind_of(resolved)
            return Subject(tuple(KNOWN_OUTLETS.get(n.casefold(), n) for n in resolved), kind, end)
        if is_role(word.text) or is_plural_definite(word.text):
            plural = is_plural_definite(word.text)
            people = self.story.book.by_role(word.text, self._position(i), plural)
            if people:
                return Subject(people, "person", k)
        return None

    def _named(
        self, i: int, j: int, verb: str, outlet_noun: bool, role: str | None = None
    ) -> Subject:
        tokens = self.tokens
        name = " ".join(t.text for t in tokens[i:j])
        book = self.story.book
        known_outlet = KNOWN_OUTLETS.get(name.casefold())
        if name.casefold() in PUBLIC_BODIES:
            return Subject((name,), "organisation", j)
        single = j - i == 1
        unknown = not book.knows(name) and book.resolve(name, self._position(i)) == name
        outlet = bool(
            outlet_noun
            or known_outlet
            or (
                unknown and single and (verb in PUBLISH_VERBS or verb == "ifølge" or name.isupper())
            )
            or (
                # "ifølge Gudbrandsdølen Dagningen", "skriver Romerikes Blad"
                not single and tokens[j - 1].lower.endswith(OUTLET_NAME_ENDINGS)
            )
        )
        if outlet:
            return Subject((known_outlet or name,), "outlet", j)
        resolved = book.resolve(name, self._position(i), role)
        return Subject((resolved,), self.story.kind_of((resolved,)), j)

    def _pronoun(self, k: int) -> Subject | None:
        """Who "han"/"hun" at token ``k`` is: the most recent person of that sex (or of unknown
        sex), preferring the person named earlier in the same narrative, then the last one
        quoted, then anyone named before. Nobody, when no one fits."""
        want = "f" if self.tokens[k].lower in ("hun", "ho") else "m"
        at = self._position(k)
        book = self.story.book
        candidates: list[str | None] = list(self._named_earlier_here(k))
        last = self.story.last_speakers
        if (
            not candidates
            and last
            and not any(self.story.kinds.get(s, "person") == "person" for s in last)
            and self.story.last_spoke_at is not None
            and not book.named_between(self.story.last_spoke_at, at)
        ):
            # "… sier trener Horneland. Viking bekreftet at … – …, sier han.": an organisation
            # spoke since the last person did and no one was named after it, so whom "han"
            # goes back to is not known
            return None
        candidates.append(
            self.story.last_person or book.last_person_before(at, "hun" if want == "f" else "han")
        )
        candidates.extend(book.people_before(at))
        for person in candidates:
            if person and gender_of(person) in (None, want):
                return Subject((person,), "person", k + 1)
        if not any(candidates):  # nobody named yet: the lede's person is named just below
            ahead = [
                p
                for p in book.people_after(at, _CATAPHORA_PARAGRAPHS)
                if self.story.kinds.get(p, "person") == "person"
            ]
            if ahead and gender_of(ahead[0]) in (None, want):
                return Subject((ahead[0],), "person", k + 1)
        return None

    def _named_earlier_here(self, k: int) -> list[str]:
        """The first person named in the sentence before this one, within the narrative being
        read ("Warholm var fornøyd. Det la han ikke skjul på" -> Warholm)."""
        if self._narrative_from is None:
            return []
        begin_scan = max(self._narrative_from, k - _PRONOUN_LOOKBACK)
        ends = [i for i in range(begin_scan, k) if self.tokens[i].text in (".", "!", "?")]
        if not ends:
            return []
        begin = ends[-2] + 1 if len(ends) >= 2 else begin_scan
        if self._masked is None:
            self._masked = _mask_quotes(self.text)
        book = self.story.book
        for i in range(begin, ends[-1]):
            token = self.tokens[i]
            if (
                not is_name_token(token.text)
                or token.lower in FUNCTION_WORDS
                or _inside(self._masked, token.start)
            ):
                continue
            name = join_name(self.tokens, i, name_span(self.tokens, i))
            if book.knows(name):
                person = book.resolve(name, self._position(i))
                if " " in person and self.story.kinds.get(person, "person") == "person":
                    return [person]
        return []

    # -- sources ----------------------------------------------------------------------------

    def _source(self, k: int, end: int) -> str | None:
        """The outlet in an attribution clause: 'til nyhetsbyrået AFP', 'overfor NRK'."""
        tokens = self.tokens
        end_token = self._token_at(end - 1) + 1 if end > 0 else 0
        i = k
        while i < min(end_token, len(tokens)):
            t = tokens[i]
            if t.lower in ("til", "overfor", "ifølge") or _INTERVIEW.match(self.text, t.start):
                j = i + 1
                interview = _INTERVIEW.match(self.text, t.start)
                if interview:
                    j = self._token_at(interview.end())
                outlet_noun = False
                while (
                    j < end_token
                    and tokens[j].text[0].islower()
                    and j - i <= 4
                    and tokens[j].lower not in _THAT
                ):
                    outlet_noun = outlet_noun or tokens[j].lower in OUTLET_NOUNS
                    if (
                        tokens[j].lower not in _DETERMINERS
                        and tokens[j].lower not in OUTLET_NOUNS
                        and not tokens[j].text.isalpha()
                    ):
                        break
                    j += 1
                stop = organisation_end(tokens, j, name_span(tokens, j)) if j < end_token else j
                stop = outlet_end(tokens, j, stop)
                if stop > j and not _genitive(tokens, stop):
                    name = " ".join(x.text for x in tokens[j:stop])
                    known = KNOWN_OUTLETS.get(name.casefold())
                    if (
                        outlet_noun
                        or known
                        or not self.story.book.knows(name)
                        or tokens[stop - 1].lower.endswith(OUTLET_NAME_ENDINGS)
                    ):
                        return known or name
                    i = stop
                    continue
                if (
                    stop == j
                    and outlet_noun
                    and self.story.last_outlet
                    and tokens[j - 1].lower in _DEFINITE_OUTLET_NOUNS
                ):
                    return self.story.last_outlet  # "til avisen": the paper named before
            if t.lower == "på":
                platform = _platform_after(tokens, i + 1, end_token)
                if platform:
                    return platform
            i += 1
        return None

    def _fronted_source(self, first: int, verb: int) -> str | None:
        """'Til VG presiserer X at …': the outlet put first, before the verb."""
        tokens = self.tokens
        if (
            verb - first < 2
            or tokens[first].lower not in ("til", "overfor")
            or not is_name_token(tokens[first + 1].text)
        ):
            return None
        return self._source(first, tokens[verb - 1].end)

    def _carried_source(self, subject: Subject) -> str | None:
        """A publication is its own source; a speaker quoted again right after their last
        quote keeps that quote's outlet."""
        if subject.outlet:
            return _own_source(subject)
        if subject.names and subject.names == self.story.last_speakers:
            return self.story.last_source
        return None

    # -- helpers ----------------------------------------------------------------------------

    def _reported(
        self, start: int, end: int, subject: Subject, source: str | None, said: list[str]
    ) -> None:
        """The sentence as ``subject``'s indirect speech, remembered as the last speaker's;
        its names are added to ``said``, the sentence's speakers so far."""
        self._add(
            "indirect", start, end, subject.names, source, remember=True, speaker_kind=subject.kind
        )
        said.extend(subject.names)

    def _add(
        self,
        kind: QuoteKind,
        start: int,
        end: int,
        speakers: tuple[str, ...],
        source: str | None,
        remember: bool,
        speaker_kind: SpeakerKind | None = None,
    ) -> None:
        text = self.text[start:end].strip(" ,")
        speakers = tuple(self.story.one_spelling(s, speaker_kind) for s in speakers)
        if speaker_kind is not None:
            for speaker in speakers:
                self.story.kinds.setdefault(speaker, speaker_kind)
        for one in speakers or (None,):
            self.found.quotes.append(
                Quote(text=text, kind=kind, speaker=one, source=source, start=start, end=end)
            )
        if source is not None and source.casefold() not in PLATFORMS:
            self.story.last_outlet = source
        if speakers:
            for speaker in speakers:
                self.story.book.note_speaker(speaker, (self.p.n, start))
            self.speakers = speakers
            if remember or kind == "direct":
                self.story.last_speakers = speakers
                self.story.last_spoke_at = (self.p.n, start)
                self.story.last_source = source
                people = [s for s in speakers if self.story.kinds.get(s, "person") == "person"]
                if people:
                    self.story.last_person = people[-1]

    def _clause_end(self, start: int, limit: int) -> int:
        m = _CLAUSE_END.search(self.text, start, limit)
        if m is None:
            return limit
        return m.end() if m.group().strip() in ".!?…" else m.start()

    def _token_at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset``."""
        return bisect.bisect_right(self.tokens, offset, key=lambda t: t.end)

    def _position(self, k: int) -> tuple[int, int]:
        offset = self.tokens[k].start if k < len(self.tokens) else len(self.text)
        return (self.p.n, offset)


def _platform_after(tokens: list[Token], i: int, end: int) -> str | None:
    """The platform 'på' names: 'på Twitter', 'på bildedeleappen Instagram', 'på sin
    Twitter-konto', 'på Facebook-siden sin' (at most two lower-case words before it)."""
    for j in range(i, min(i + 3, end, len(tokens))):
        word = tokens[j].lower
        head = word.split("-", 1)[0]
        if word in PLATFORMS or (head != word and head in PLATFORMS):
            return PLATFORMS[word if word in PLATFORMS else head]
        if not tokens[j].text.islower():
            return None
    return None


def _mask_quotes(text: str) -> str:
    """The text with what stands inside «…» blanked out, so quoted words are never read as
    attribution."""
    return _GUILLEMETS.sub(lambda m: "«" + " " * (len(m.group()) - 2) + "»", text)


def _inside(masked: str, offset: int) -> bool:
    return 0 <= offset < len(masked) and masked[offset] == " "


def _genitive(tokens: list[Token], stop: int) -> bool:
    """'FNs spesialutsending': a name in the genitive owns the next word; it is no outlet."""
    word = tokens[stop - 1].text
    return (
        word.endswith("s")
        and stop < len(tokens)
        and tokens[stop].text[:1].islower()
        and tokens[stop].lower not in _NOT_SUBJECT
        and tokens[stop].lower not in FUNCTION_WORDS
    )


def _own_source(subject: Subject) -> str | None:
    """A publication that speaks ("skriver Kommersant") is also the source."""
    return subject.names[0] if subject.outlet and subject.names else None
