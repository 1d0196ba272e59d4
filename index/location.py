"""Where the index lives: ``--index DIR``, else ``$SITAT_INDEX``, else a per-user data directory.

`update` indexes articles into the index found there: what ``sitat index`` does, from
Python. The per-user index starts as the index of the article that ships with the package:
it is built on first use (or when it cannot be read), and brought up to date when the
packaged article changes (a new sitat version). The searcher that opens it does both (see
`search.api`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import default_article_path

if TYPE_CHECKING:  # the store (and Whoosh) load only when an index is built or opened
    from .store import Notify, Progress, UpdateReport

ENV_VAR = "SITAT_INDEX"
READER_WAIT = 60.0  # seconds a search waits for another process that is building the index


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


def build_default_index(
    index_dir: Path, *, repair: bool = False, notify: Notify | None = None
) -> None:
    """Index the packaged article (again) in the per-user index: on first use, when it is
    empty, from another sitat version or when the packaged article changed. ``repair``: it is
    damaged, so rebuild it from the folders and files it was built from (by default only the
    packaged article). A build in progress in another process is waited for."""
    from .store import update_index

    if repair:
        update_index(index_dir, [], full=True, wait=READER_WAIT, notify=notify)
    else:
        update_index(index_dir, [default_article_path()], wait=READER_WAIT, notify=notify)


def packaged_article_changed(record_of: Callable[[str], dict | None]) -> bool:
    """Whether the per-user index holds the packaged article in an older version (a new sitat
    was installed) or another installation's (sitat installed again elsewhere). ``record_of``
    looks up an article's record in the open index: one lookup and one small file read."""
    from .schema import Field
    from .stored import content_hash

    article = default_article_path()
    record = record_of(article.stem)
    if record is None:
        return False
    path = record.get(Field.PATH) or ""
    if path != str(article):  # the article of another installation (the package moved)
        there = Path(path)
        return there.name == article.name and there.parent.parts[-2:] == article.parent.parts[-2:]
    return record.get(Field.CONTENT_HASH) != content_hash(article.read_bytes())


def update(
    paths: Sequence[str | Path] = (),
    *,
    index: str | Path | None = None,
    full: bool = False,
    wait: float = 0.0,
    progress: Progress | None = None,
    notify: Notify | None = None,
    fields: dict[str, str] | None = None,
    jobs: int | None = None,
    cluster: str | None = None,
) -> UpdateReport:
    """Index the articles under ``paths`` (files, or folders searched for the formats of
    `index.reading`): what ``sitat index`` does, from Python. ``fields`` names the fields of
    a JSON export that sitat does not know ({"body": "brodtekst"}); ``jobs`` is the number of
    processes that parse (default: every core), or ``cluster`` the address of a Dask
    scheduler whose workers parse instead ("tcp://host:8786").

    ``index`` is a directory; without one, ``$SITAT_INDEX`` or the per-user index is used, as
    `search.Searcher` chooses. With no ``paths`` the folders and files indexed before are
    scanned again (or, in a new index, the bundled article). See `update_index`.

    Example::

        import index

        report = index.update(["artikler/"], index="sitat-index")
        print(report.summary())  # "12 added, 0 updated, 0 removed, 0 unchanged in 3.2s"
    """
    from .store import update_index

    directory, _ = resolve_index(index)
    return update_index(
        directory,
        list(paths),
        full=full,
        wait=wait,
        progress=progress,
        notify=notify,
        fields=fields,
        jobs=jobs,
        cluster=cluster,
    )
