"""The indexer's own exceptions, each a one-line message a user can act on."""


class SitatError(Exception):
    """Base class: every error sitat reports to a user."""


class ArticleError(SitatError):
    """An article file cannot be read as text (empty, binary, not UTF-8)."""
