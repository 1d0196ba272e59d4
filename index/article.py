"""The article model: what the parser produces and the index stores."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

from .standard import Standard

# text is searched; a heading starts a section; caption and credit belong to a picture;
# furniture is page layout ("LES OGSÅ: …", "(©NTB)", "Publisert …"), never content.
Kind = Literal["text", "heading", "caption", "credit", "furniture"]
QuoteKind = Literal["direct", "partial", "indirect"]
ParagraphQuote = Literal["direct", "indirect", "none"]
SpeakerKind = Literal["person", "organisation", "outlet"]


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker; ``start``/``end`` index into the paragraph text, and so do
    ``cue`` (the words that attribute them: "sier", "ifølge") and ``mention`` (where the speaker
    is named or referred to, when in this paragraph). ``rule`` names the stage and rule that
    chose the speaker; ``confidence`` is how often that rule was right on the development
    gold it was calibrated on (None when no speaker is named)."""

    text: str
    kind: QuoteKind
    speaker: str | None
    source: str | None
    start: int
    end: int
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    rule: str | None = None
    confidence: float | None = None
    rejected: tuple[str, ...] = ()  # other candidates the rule passed over ("rule: Name")

    @classmethod
    def from_dict(cls, d: dict) -> Quote:
        """A quote from its stored or JSON form (spans as lists)."""
        spans = {k: tuple(d[k]) if d.get(k) is not None else None for k in ("cue", "mention")}
        return cls(**{**d, **spans, "rejected": tuple(d.get("rejected", ()))})


@dataclass(frozen=True)
class Paragraph:
    n: int
    kind: Kind
    section: str | None
    text: str
    quote_kind: ParagraphQuote = "none"  # the strongest quote in it; ``quotes`` are the quotes
    speakers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    corrected: bool = False  # its speakers (and sources) are a person's correction

    @property
    def confidence(self) -> dict[str, float]:
        """Each speaker's confidence: the highest of the quotes that name them."""
        best: dict[str, float] = {}
        for q in self.quotes:
            if q.speaker is not None and q.confidence is not None:
                best[q.speaker] = max(best.get(q.speaker, 0.0), q.confidence)
        return best


@dataclass(frozen=True)
class Article:
    """An article with its attribution and what is known about it: ``published`` is ISO 8601
    as precise as the source says ("2019", "2019-03-12", "2019-03-12T14:05+01:00");
    ``outlet`` is the publisher, ``agency`` the news agency the story came from."""

    id: str
    published: str | None
    paragraphs: tuple[Paragraph, ...]
    speaker_kinds: dict[str, SpeakerKind] = field(default_factory=dict)
    lang: Standard = "nb"  # the written standard: bokmål "nb" or nynorsk "nn"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None

    @property
    def date(self) -> str | None:
        """The month published ("2019-03"), or the year when only that is known."""
        return self.published[:7] if self.published else None

    def to_dict(self) -> dict:
        """Plain JSON-ready form (lists, not tuples)."""
        return {
            "article": self.id,
            "date": self.date,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
            "authors": list(self.authors),
            "agency": self.agency,
            "lang": self.lang,
            "speakers": [{"name": name, "kind": kind} for name, kind in self.speaker_kinds.items()],
            "paragraphs": [
                {
                    "n": p.n,
                    "kind": p.kind,
                    "section": p.section,
                    "text": p.text,
                    "quote": p.quote_kind,  # the gold schema's name
                    "speakers": list(p.speakers),
                    "confidence": p.confidence,
                    "sources": list(p.sources),
                    "quotes": [asdict(q) for q in p.quotes],
                }
                | ({"corrected": True} if p.corrected else {})
                for p in self.paragraphs
            ],
        }
