"""The sitat indexer: articles, their attribution, and (later) the Whoosh index."""

from importlib.resources import files
from pathlib import Path

from .article import Article as Article
from .article import Paragraph as Paragraph
from .article import Quote as Quote
from .errors import ArticleError as ArticleError
from .errors import SitatError as SitatError
from .parse import parse_article as parse_article
from .parse import read_article as read_article


def default_article_path() -> Path:
    """The article that ships with the package, searched when no other is given."""
    return Path(str(files(__package__) / "articles" / "000_4afb50867eb46622.txt"))


__all__ = ["Article", "ArticleError", "Paragraph", "Quote", "SitatError", "default_article_path",
           "parse_article", "read_article"]
