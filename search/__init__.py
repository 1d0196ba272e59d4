"""sitat's query layer: the public Python API and the ``sitat`` command.

    >>> import search
    >>> hits = search.search("humanitær hjelp")
    >>> hits[0].speakers, hits[0].snippet

Names are loaded on first use, so ``sitat parse`` never pays for Whoosh.
"""

from typing import TYPE_CHECKING

from index import lazy_exports

_EXPORTS = {
    "search": "search.api", "Searcher": "search.api", "Hit": "search.api",
    "Neighbour": "search.api",
    "Results": "search.api", "SpeakerCount": "search.api", "QuoteLine": "search.api",
    "ArticleInfo": "search.api", "ArticleMissing": "search.api",
    "QueryError": "search.query",
    "SitatError": "index.errors", "IndexMissing": "index.errors", "IndexDamaged": "index.errors",
    "IndexLocked": "index.errors", "IndexReadOnly": "index.errors", "DiskFull": "index.errors",
    "ArticleError": "index.errors",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from index.errors import (ArticleError, DiskFull, IndexDamaged, IndexLocked, IndexMissing,
                              IndexReadOnly, SitatError)

    from .api import (ArticleInfo, ArticleMissing, Hit, Neighbour, QuoteLine, Results,
                      Searcher, SpeakerCount, search)
    from .query import QueryError


__getattr__ = lazy_exports(globals(), _EXPORTS)
