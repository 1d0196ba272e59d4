"""What the indexer asks of the index it writes, apart from the engine: put an article's
documents, delete an article's, and the records indexed before (`Writer`); and Whoosh's
writer behind it (`WhooshWriter`). The store (`index.store`) owns the Whoosh writer's life (its
lock, the commit that makes a generation, abandoning it on failure); the filling of a writer
(`index.store._Filling`: what changed, what to parse, what to remove) sees only this."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from .schema import ARTICLE, Field


class Writer(Protocol):
    def records(self) -> Iterator[dict]:
        """The article records of the index as it was when writing began."""
        ...

    def put(self, fields: dict) -> None:
        """Add one document (an article's record or one of its paragraphs)."""
        ...

    def delete(self, owner: str) -> None:
        """Delete every document of the article ``owner`` (its record and paragraphs)."""
        ...


class WhooshWriter:
    """A Whoosh index writer as a `Writer` (``whoosh``: the writer itself)."""

    def __init__(self, whoosh, before=None):
        self.whoosh = whoosh
        self._before = before  # a searcher on the index as it was, for its records

    def records(self) -> Iterator[dict]:
        if self._before is None:
            return iter(())
        return self._before.documents(**{Field.KIND: ARTICLE})

    def put(self, fields: dict) -> None:
        self.whoosh.add_document(**fields)

    def delete(self, owner: str) -> None:
        self.whoosh.delete_by_term(Field.OWNER, owner)
