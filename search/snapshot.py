"""What the searcher (`search.api`) asks of an index: one generation of it, read-only.

A `Snapshot` answers sitat's query tree (`search.tree`) and looks up what the index holds;
the searcher never sees the engine behind it. Whoosh's snapshot is
`search.whoosh.snapshot.WhooshSnapshot`; another engine (OpenSearch for a cluster, say) would
be a second implementation of these methods, and cli, web and render would not change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from . import clock as clocks
from . import tree as t


@dataclass(frozen=True)
class Ranked:
    """The answer to a query: the best paragraphs, and how many matched."""

    total: int  # the paragraphs matched (exact unless ``exact`` is False)
    found: tuple[tuple[dict, float], ...]  # (stored fields, score), best first
    exact: bool  # whether ``total`` is every match
    stopped: bool  # whether scoring stopped at the clock, keeping the best found so far
    cut: bool  # whether a prefix or fuzzy word stood for more words than were searched
    terms: frozenset[str]  # the indexed text forms the query matched (for highlighting)


class Unreadable(ValueError):
    """A query the language's grammar cannot read."""


class Language(Protocol):
    """The query language's grammar, read into the tree (`Unreadable` when it cannot be)."""

    def parse(self, text: str) -> t.Node: ...

    def words(self, text: str) -> list[str]:
        """``text`` analysed as a query's words are (stems; stop words left out)."""
        ...


class Snapshot(Protocol):
    """One generation of an index, as the searcher reads it."""

    def up_to_date(self) -> bool:
        """Whether this is still the newest generation."""
        ...

    def close(self) -> None: ...

    def doc_count(self) -> int: ...

    def language(self, *, any_word: bool) -> Language:
        """The query language, all words required or any (for the any-word fallback)."""
        ...

    def known(self, form: str) -> bool:
        """Whether the text field holds this analysed form."""
        ...

    def has_word(self, word: str) -> bool:
        """Whether any paragraph has ``word`` in any of its spellings."""
        ...

    def closest_word(self, word: str) -> str | None:
        """The indexed word nearest to a word no paragraph has (did you mean)."""
        ...

    def values(self, field: str) -> list[str]:
        """Every value of a field, in order."""
        ...

    def doc_frequency(self, field: str, value: str) -> int: ...

    def docs_with(self, field: str, value: str) -> Iterable[int]:
        """The documents with ``value`` in ``field``."""
        ...

    def stored(self, doc: int) -> dict:
        """A document's stored fields."""
        ...

    def record(self, owner: str) -> dict | None:
        """An article's record (its file, metadata and speakers)."""
        ...

    def records(self) -> Iterator[dict]:
        """Every article's record."""
        ...

    def paragraphs(self, owner: str) -> list[dict]:
        """An article's paragraphs' stored fields, in order."""
        ...

    def article(self, owner: str):
        """The indexed article (`index.Article`), or None."""
        ...

    def top(
        self,
        query: t.Node,
        limit: int,
        *,
        by_date: bool,
        exact_total: bool,
        clock: clocks.Clock | None,
    ) -> Ranked:
        """The best ``limit`` paragraphs for ``query`` (by date: newest first, then best)."""
        ...

    def matching(self, query: t.Node, clock: clocks.Clock | None = None) -> Iterable[int]:
        """Every document matching ``query``, in no order."""
        ...
