"""sitat's query layer: the public Python API and the ``sitat`` command.

Example::

    import search

    results = search.search("humanitær hjelp")
    print(results[0].speakers, results[0].snippet)

Names are loaded on first use, so ``sitat parse`` never pays for Whoosh.
"""

from typing import TYPE_CHECKING

from index import lazy_exports

_EXPORTS = {
    "search": "search.api",
    "Searcher": "search.api",
    "Hit": "search.api",
    "Neighbour": "search.api",
    "Results": "search.api",
    "Facets": "search.api",
    "SpeakerCount": "search.listings",
    "QuoteLine": "search.listings",
    "ArticleInfo": "search.listings",
    "ArticleMissing": "search.api",
    "QueryError": "search.query",
    "SitatError": "index.errors",
    "IndexMissing": "index.errors",
    "IndexDamaged": "index.errors",
    "IndexLocked": "index.errors",
    "IndexReadOnly": "index.errors",
    "DiskFull": "index.errors",
    "ArticleError": "index.errors",
}

__all__ = [
    "ArticleError",
    "ArticleInfo",
    "ArticleMissing",
    "DiskFull",
    "Facets",
    "Hit",
    "IndexDamaged",
    "IndexLocked",
    "IndexMissing",
    "IndexReadOnly",
    "Neighbour",
    "QueryError",
    "QuoteLine",
    "Results",
    "Searcher",
    "SitatError",
    "SpeakerCount",
    "search",
]

if TYPE_CHECKING:
    from index.errors import ArticleError as ArticleError
    from index.errors import DiskFull as DiskFull
    from index.errors import IndexDamaged as IndexDamaged
    from index.errors import IndexLocked as IndexLocked
    from index.errors import IndexMissing as IndexMissing
    from index.errors import IndexReadOnly as IndexReadOnly
    from index.errors import SitatError as SitatError

    from .api import ArticleMissing as ArticleMissing
    from .api import Facets as Facets
    from .api import Hit as Hit
    from .api import Neighbour as Neighbour
    from .api import Results as Results
    from .api import Searcher as Searcher
    from .api import search as search
    from .listings import ArticleInfo as ArticleInfo
    from .listings import QuoteLine as QuoteLine
    from .listings import SpeakerCount as SpeakerCount
    from .query import QueryError as QueryError


__getattr__ = lazy_exports(globals(), _EXPORTS)
