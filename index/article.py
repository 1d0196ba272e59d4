"""The article model: what the parser produces and the index stores."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

from .standard import Standard

Kind = Literal["text", "heading", "credit"]
QuoteKind = Literal["direct", "partial", "indirect"]
ParagraphQuote = Literal["direct", "indirect", "none"]
SpeakerKind = Literal["person", "organisation", "outlet"]


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker; ``start``/``end`` index into the paragraph text."""

    text: str
    kind: QuoteKind
    speaker: str | None
    source: str | None
    start: int
    end: int


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


@dataclass(frozen=True)
class Article:
    id: str
    date: str | None
    paragraphs: tuple[Paragraph, ...]
    speaker_kinds: dict[str, SpeakerKind] = field(default_factory=dict)
    lang: Standard = "nb"  # the written standard: bokmål "nb" or nynorsk "nn"

    def to_dict(self) -> dict:
        """Plain JSON-ready form (lists, not tuples)."""
        return {
            "article": self.id,
            "date": self.date,
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
                    "sources": list(p.sources),
                    "quotes": [asdict(q) for q in p.quotes],
                }
                for p in self.paragraphs
            ],
        }
