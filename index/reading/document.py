"""What a reader hands on: an article's blocks of text and what is known about it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

# What the markup says a block is; None leaves it to the text (see `index.parse.classify`).
BlockKind = Literal["text", "heading", "caption", "credit", "furniture"]


@dataclass(frozen=True)
class Block:
    text: str
    kind: BlockKind | None = None


@dataclass(frozen=True)
class Metadata:
    """What an article says about itself. ``published`` is ISO 8601, as precise as the source
    is: "2019", "2019-03", "2019-03-12" or "2019-03-12T14:05+01:00"."""

    title: str | None = None
    outlet: str | None = None  # the publisher: "NRK", "Aftenposten"
    published: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None  # the news agency it came from, when one is named: "NTB"

    def merged(self, other: Metadata) -> Metadata:
        """These values, with ``other``'s where these have none."""
        return replace(
            self,
            title=self.title or other.title,
            outlet=self.outlet or other.outlet,
            published=self.published or other.published,
            url=self.url or other.url,
            authors=self.authors or other.authors,
            agency=self.agency or other.agency,
        )


@dataclass(frozen=True)
class Document:
    """One article as read from a file, before attribution. ``key`` names it within a file
    of many (a JSON Lines export); ``digest`` identifies its content, to skip it when it has
    not changed."""

    blocks: tuple[Block, ...]
    meta: Metadata = field(default_factory=Metadata)
    key: str | None = None
    digest: str | None = None
