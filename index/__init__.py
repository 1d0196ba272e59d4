"""The sitat indexer: articles, their attribution, Norwegian analysis and the Whoosh index.

Names are loaded on first use, so a command that only searches never pays for the parser.
"""

from importlib import import_module
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from . import lean_imports

lean_imports.install()  # before anything imports Whoosh

_EXPORTS = {
    "Article": "index.article",
    "Paragraph": "index.article",
    "Quote": "index.article",
    "ArticleError": "index.errors",
    "SitatError": "index.errors",
    "parse_article": "index.parse",
    "read_article": "index.parse",
    "update": "index.location",
    "UpdateReport": "index.store",
}

if TYPE_CHECKING:
    from .article import Article as Article
    from .article import Paragraph as Paragraph
    from .article import Quote as Quote
    from .errors import ArticleError as ArticleError
    from .errors import SitatError as SitatError
    from .location import update as update
    from .parse import parse_article as parse_article
    from .parse import read_article as read_article
    from .store import UpdateReport as UpdateReport


def default_article_path() -> Path:
    """The article that ships with the package, searched when no other is given."""
    return Path(str(files(__package__) / "articles" / "000_4afb50867eb46622.txt"))


def lazy_exports(namespace: dict, exports: dict[str, str]):
    """A module ``__getattr__`` that imports each exported name from its module on first use
    and keeps it in ``namespace``, so importing the package itself costs nothing."""

    def __getattr__(name: str):
        if name not in exports:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = namespace[name] = getattr(import_module(exports[name]), name)
        return value

    return __getattr__


__getattr__ = lazy_exports(globals(), _EXPORTS)


__all__ = [
    "Article",
    "ArticleError",
    "Paragraph",
    "Quote",
    "SitatError",
    "UpdateReport",
    "default_article_path",
    "lazy_exports",
    "parse_article",
    "read_article",
    "update",
]
