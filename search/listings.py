"""What the index lists beside hits: its articles, its speakers, its quotes.

Their own module so that a search, which lists none of them, does not create their classes
(`sitat search` starts as fast as a bare Whoosh script)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .api import cited
from .identities import identity_id


@dataclass(frozen=True)
class ArticleInfo:
    """An indexed article: its id, date, number of paragraphs, speakers, file, written
    standard, and what it says about itself."""

    id: str
    date: str | None  # published, ISO 8601 as precise as the article says
    paragraphs: int
    speakers: tuple[str, ...]
    path: str
    lang: str = "nb"  # the written standard: nb (bokmål) or nn (nynorsk)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None

    def to_dict(self) -> dict:
        return {
            "article": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "published": self.date,
            "url": self.url,
            "authors": list(self.authors),
            "agency": self.agency,
            "lang": self.lang,
            "paragraphs": self.paragraphs,
            "speakers": list(self.speakers),
            "path": self.path,
        }


@dataclass(frozen=True)
class SpeakerCount:
    """One speaker across the index (`search.identities`): the name shown, the paragraphs
    quoting them under any of their names, the sources credited, and those names."""

    name: str
    paragraphs: int
    sources: tuple[str, ...] = field(default=())
    kind: str = "person"  # person | organisation | outlet
    variants: tuple[str, ...] = ()  # every name it is indexed under, most quoted first

    def to_dict(self) -> dict:
        return {
            "id": identity_id(self.name),
            "name": self.name,
            "kind": self.kind,
            "paragraphs": self.paragraphs,
            "variants": list(self.variants or (self.name,)),
            "sources": list(self.sources),
        }


@dataclass(frozen=True)
class QuoteLine:
    """One quote: the speaker's own words (``kind`` direct or partial) or what they said in
    the article's words (indirect: a paraphrase, never to be put in quotation marks), with
    where it was published."""

    article: str
    n: int
    kind: str  # direct | partial | indirect
    text: str
    speaker: str | None
    source: str | None
    section: str | None
    speaker_kind: str | None = None  # person | organisation | outlet
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # published, ISO 8601 as precise as the article says
    url: str | None = None

    @property
    def own_words(self) -> bool:
        """Whether ``text`` is the speaker's own words (shown in «»), not a paraphrase."""
        return self.kind != "indirect"

    @property
    def citation(self) -> str:
        """«words» – Speaker to Source. Headline, Outlet, date, url: the speaker's own words
        in «», a paraphrase as the article words it (as `Hit.citation`)."""
        said = f"«{self.text}»" if self.own_words else self.text
        where = [self.title or self.article, self.outlet, self.date, self.url]
        return cited(said, self.speaker, self.source, where)

    def to_dict(self) -> dict:
        return asdict(self)
