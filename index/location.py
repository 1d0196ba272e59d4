"""Where the index lives: ``--index DIR``, else ``$SITAT_INDEX``, else a per-user data directory.

The per-user index starts as the index of the article that ships with the package: it is built
on first use, and brought up to date when the packaged article changes (a new sitat version).
"""

from __future__ import annotations

import os
from pathlib import Path

from . import default_article_path
from .errors import IndexDamaged, IndexMissing
from .store import content_hash, indexed_articles, open_index, update_index

ENV_VAR = "SITAT_INDEX"


def default_index_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("sitat", appauthor=False) / "index"


def resolve_index(index: str | Path | None = None) -> tuple[Path, bool]:
    """The index directory to use, and whether it is the per-user default."""
    if index:
        return Path(index), False
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]), False
    return default_index_dir(), True


def prepare_default_index(index_dir: Path) -> None:
    """Build the packaged article's index if there is none (or it is damaged), and refresh it
    when the packaged article has changed since it was indexed."""
    article = default_article_path()
    try:
        ix = open_index(index_dir)
    except (IndexMissing, IndexDamaged):
        update_index(index_dir, [article], wait=30)
        return
    record = indexed_articles(ix).get(article.stem)
    if record is not None and record.get("path") == str(article):
        if record.get("content_hash") != content_hash(article.read_bytes()):
            update_index(index_dir, [article], wait=30)
