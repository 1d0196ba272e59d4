"""The indexer's own exceptions, each a one-line message a user can act on."""


class SitatError(Exception):
    """Base class: every error sitat reports to a user."""


class ArticleError(SitatError):
    """An article file cannot be read as text (empty, binary, not UTF-8)."""


class IndexMissing(SitatError):
    """There is no index where one was expected."""


class IndexDamaged(SitatError):
    """An index exists but cannot be read (damaged, or written by another version)."""


class IndexLocked(SitatError):
    """Another process is writing the index."""


class IndexReadOnly(SitatError):
    """The index directory cannot be written."""


class DiskFull(SitatError):
    """The disk filled up while writing the index; the index is as it was."""
