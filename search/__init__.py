"""sitat's query layer: the public Python API and the ``sitat`` command.

    >>> import search
    >>> hits = search.search("humanitær hjelp")
    >>> hits[0].speakers, hits[0].snippet

Names are loaded on first use, so ``sitat parse`` never pays for Whoosh.
"""

from importlib import import_module
from typing import TYPE_CHECKING

_EXPORTS = {
    "search": "search.api", "Searcher": "search.api", "Hit": "search.api",
    "Results": "search.api", "SpeakerCount": "search.api", "QuoteLine": "search.api",
    "QueryError": "search.query",
    "SitatError": "index.errors", "IndexMissing": "index.errors", "IndexDamaged": "index.errors",
    "IndexLocked": "index.errors", "IndexReadOnly": "index.errors",
    "ArticleError": "index.errors",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from index.errors import (ArticleError, IndexDamaged, IndexLocked, IndexMissing,
                              IndexReadOnly, SitatError)

    from .api import Hit, QuoteLine, Results, Searcher, SpeakerCount, search
    from .query import QueryError


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'search' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
