"""What attribution keeps while it reads an article: the subjects found, the quotes of one
paragraph, and the story so far (last speaker, last outlet, the names met). Only this module
keeps state; the stages read and return spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .. import syntax
from ..article import Paragraph, Quote, QuoteKind, SpeakerKind
from ..lexicon import INSTITUTIONS, PLATFORMS, known_kind
from ..names import (
    NameBook,
    Position,
    Token,
    gender_of,
    person_after_body,
    without_glued_words,
)
from ..reading.furniture import AGENCIES
from .words import CLAUSE_END


@dataclass(frozen=True)
class Subject:
    """Who a verb of saying is about: canonical names, and whether they are publications."""

    names: tuple[str, ...]
    kind: SpeakerKind
    end: int  # token index after the subject
    mention: tuple[int, int] | None = None  # the tokens that name it
    how: str = "name"  # how the mention was read: name, pronoun, role, they, institution, …
    passed_over: tuple[str, ...] = ()  # candidates a learned choice overturned ("rule: Name")
    told: str | None = None  # the outlet told, read with it ("fortalte nordmannen avisa X")

    @property
    def outlet(self) -> bool:
        return self.kind == "outlet"


@dataclass(frozen=True)
class Evidence:
    """Why a quote has the speaker it has: the stage and rule that decided ("quote.after-verb",
    then how the mention was read: "/name", "/pronoun", "/role"), the cue and the mention
    (token ranges of the paragraph)."""

    rule: str
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    rejected: tuple[str, ...] = ()

    @classmethod
    def of(cls, rule: str, cue: int | None, subject: Subject) -> Evidence:
        """The evidence for ``subject`` found by ``rule`` at the cue token ``cue``."""
        span = (cue, cue + 1) if cue is not None else None
        return cls(f"{rule}/{subject.how}", span, subject.mention, subject.passed_over)


@dataclass
class Found:
    """Quotes and credited sources found in one paragraph."""

    quotes: list[Quote] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    unattributed: bool = False  # has a quote whose speaker was only carried over


@dataclass
class Story:
    """What the reader remembers from earlier paragraphs."""

    book: NameBook
    parser: syntax.Reader
    last_speakers: tuple[str, ...] = ()
    last_source: str | None = None
    last_person: str | None = None
    last_spoke_at: Position | None = None  # where last_speakers were quoted
    unnamed_at: Position | None = None  # where someone not named last reported ("En kilde …")
    kinds: dict[str, SpeakerKind] = field(default_factory=dict)
    last_outlet: str | None = None  # the outlet most recently credited
    last_paper: str | None = None  # … that is no news agency ("ifølge avisen")
    lead_in: bool = False  # the paragraph before ended with ":" ("Han skriver:")
    spellings: dict[str, str] = field(default_factory=dict)  # folded -> an organisation's name
    texts: list[str] = field(default_factory=list)  # the text paragraphs by number ("" others)
    people_quoted: list[str] = field(default_factory=list)  # each person alone, last at the end
    pairs: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)  # `pair`'s answers
    # the bodies each paragraph names for a stem (`body_nouns`): read once per article
    bodies: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict)
    sexes: dict[str, str] = field(default_factory=dict)  # learnt from the text (`sexes.py`)
    headline_people: tuple[str, ...] = ()  # the full names the headline gives
    questions: frozenset[int] = frozenset()  # paragraphs that ask, in plain text ("Hvorfor?")
    portrait: bool = False  # the headline is one person's name and nothing else
    fact_box: frozenset[int] = frozenset()  # the dashed points under a "Fakta: …" line
    municipality: str | None = None  # the one "… kommune" the article names, if only one

    def one_spelling(self, name: str, kind: SpeakerKind | None) -> str:
        """An organisation keeps one spelling whatever its case: "Politiet" and "politiet"
        are one speaker (a body named by a common noun is written in lower case)."""
        folded = name.casefold()
        if folded == "kommunen" and self.municipality:
            return self.municipality  # "Kommunen presiserer" after "Rødøy kommune har vedtatt"
        if folded in INSTITUTIONS:
            return folded
        if (kind or self.kinds.get(name)) != "organisation":
            return name
        return self.spellings.setdefault(folded, name)

    def note_outlet(self, outlet: str, paper: bool = True) -> None:
        """Note the outlet last credited; ``paper`` False for one "avisen" cannot mean
        ("ifølge tidsskriftet Kapital": a magazine)."""
        self.last_outlet = outlet
        if paper and outlet.upper() not in AGENCIES and outlet.casefold() not in PLATFORMS:
            self.last_paper = outlet

    def unnamed_spoke_last(self) -> bool:
        """Whether someone the article does not name reported after the last named speaker
        ("En kilde ved påtalemyndigheten opplyser at")."""
        unnamed, spoke = self.unnamed_at, self.last_spoke_at
        return unnamed is not None and (spoke is None or unnamed > spoke)

    def they(self) -> tuple[str, ...]:
        """Whom "de" after a verb stands for: the speakers last quoted when they were several,
        or one body ("skriver Vest politidistrikt", then "…», understreker de"); else the two
        people last quoted one at a time when the article named them together; nobody for one
        person or paper."""
        last = self.last_speakers
        if len(last) > 1 or (len(last) == 1 and self.kind_of(last) == "organisation"):
            return last
        return self.pair()

    def group(self) -> tuple[str, ...]:
        """Whom "duoen", "paret" stand for: people, never a body ("barnevernet")."""
        last = self.last_speakers
        if len(last) > 1 and self.kind_of(last) == "person":
            return last
        return self.pair()

    def pair(self) -> tuple[str, ...]:
        """ "Fredrik Dahle Klocke (27) og Vetle Dahle (30)", each quoted since: "duoen", "de"
        and "søskenbarna" are the two, when they were the last two people quoted."""
        if len(self.people_quoted) < 2:
            return ()
        a, b = self.people_quoted[-2:]
        if (a, b) not in self.pairs:  # the texts are read once for each two people
            self.pairs[a, b] = next(
                (
                    (first, second)
                    for first, second in ((a, b), (b, a))
                    if any(_together(first, second).search(text) for text in self.texts)
                ),
                (),
            )
        return self.pairs[a, b]

    def sex_of(self, name: str) -> str | None:
        """ "m" or "f" when the first name or the article tells, else None."""
        return gender_of(name) or self.sexes.get(name)

    def last_person_named(self, at: Position) -> str | None:
        """The person the article named last before ``at``, passing over a place or a body
        ("19-åringen skriver" after "… i Los Angeles": Billie Eilish, named before it)."""
        for (n, offset), name in self.book.named_last_before(at)[:6]:
            if self.kinds.get(name, "person") != "person" or known_kind(name) is not None:
                continue
            before = self.texts[n][:offset].split()[-1:]
            if before and before[0].casefold() in _PLACE_PREPOSITIONS:
                continue
            return name
        return None

    def kind_of(self, names: tuple[str, ...]) -> SpeakerKind:
        """What these speakers are, as far as the article has told: people unless known."""
        kinds = {self.kinds.get(n, "person") for n in names}
        return kinds.pop() if len(kinds) == 1 else "person"


_PLACE_PREPOSITIONS = frozenset({"i", "ved", "utenfor", "nær"})  # "i Los Angeles"


def _together(first: str, second: str) -> re.Pattern[str]:
    """ "Fredrik Dahle Klocke (27) og Vetle Dahle": two people named together."""
    return re.compile(rf"\b{re.escape(first)}(?: \([^)]{{1,12}}\))? og {re.escape(second)}\b")


@dataclass
class Reading:
    """One text paragraph being read, left to right: its tokens, what has been found in it so
    far, and the story of the article around it."""

    p: Paragraph
    tokens: list[Token]
    story: Story
    found: Found = field(default_factory=Found)
    speakers: tuple[str, ...] = ()  # the latest speakers in this paragraph
    narrative_from: int | None = None  # first token of the narrative being read
    masked: str | None = None  # the text with «…» blanked, made when needed

    @property
    def text(self) -> str:
        return self.p.text

    def clause_end(self, start: int, limit: int) -> int:
        m = CLAUSE_END.search(self.text, start, limit)
        if m is None:
            return limit
        return m.end() if m.group().strip() in ".!?…" else m.start()

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset``."""
        return bisect.bisect_right(self.tokens, offset, key=lambda t: t.end)

    def offsets(self, tokens: tuple[int, int] | None) -> tuple[int, int] | None:
        """The characters of a token range."""
        if tokens is None or not 0 <= tokens[0] < tokens[1] <= len(self.tokens):
            return None
        return self.tokens[tokens[0]].start, self.tokens[tokens[1] - 1].end

    def position(self, k: int) -> tuple[int, int]:
        offset = self.tokens[k].start if k < len(self.tokens) else len(self.text)
        return (self.p.n, offset)


def add_quote(
    r: Reading,
    kind: QuoteKind,
    start: int,
    end: int,
    speakers: tuple[str, ...],
    source: str | None,
    remember: bool,
    evidence: Evidence,
    speaker_kind: SpeakerKind | None = None,
) -> None:
    text = r.text[start:end].strip(" ,")
    cue, mention = r.offsets(evidence.cue), r.offsets(evidence.mention)
    if speaker_kind in (None, "person"):
        speakers = tuple(without_glued_words(s) for s in speakers)
    elif speaker_kind == "organisation" and len(speakers) == 1:
        person = person_after_body(speakers[0])  # "Start En Drøm Kari Hansen"
        if person is not None:
            speakers, speaker_kind = (person,), "person"
    speakers = tuple(r.story.one_spelling(s, speaker_kind) for s in speakers)
    for speaker in speakers:
        known = known_kind(speaker)  # a party, an alliance, a platform: whatever was parsed
        if known is not None:
            r.story.kinds[speaker] = known
        elif speaker_kind is not None:
            r.story.kinds.setdefault(speaker, speaker_kind)
    for one in speakers or (None,):
        r.found.quotes.append(
            Quote(
                text,
                kind,
                one,
                source,
                start,
                end,
                cue,
                mention,
                evidence.rule,
                None,
                evidence.rejected,
            )
        )
    if source is not None and source.casefold() not in PLATFORMS:
        r.story.note_outlet(source)
    if speakers:
        for speaker in speakers:
            r.story.book.note_speaker(speaker, (r.p.n, start))
        r.speakers = speakers
        if remember or kind == "direct":
            r.story.last_speakers = speakers
            r.story.last_spoke_at = (r.p.n, start)
            r.story.last_source = source
            people = [s for s in speakers if r.story.kinds.get(s, "person") == "person"]
            if people:
                r.story.last_person = people[-1]
            if len(people) == 1 == len(speakers) and " " in people[0]:
                quoted = r.story.people_quoted
                if people[0] in quoted:
                    quoted.remove(people[0])
                quoted.append(people[0])


def add_reported(
    r: Reading,
    start: int,
    end: int,
    subject: Subject,
    source: str | None,
    said: list[str],
    evidence: Evidence,
) -> None:
    """The sentence as ``subject``'s indirect speech, remembered as the last speaker's;
    its names are added to ``said``, the sentence's speakers so far."""
    add_quote(
        r,
        "indirect",
        start,
        end,
        subject.names,
        source,
        remember=True,
        evidence=evidence,
        speaker_kind=subject.kind,
    )
    said.extend(subject.names)
