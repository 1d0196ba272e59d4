"""An earlier revision's code, checked out beside this one, for a baseline in the same run."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def checkout(revision: str | None, folder: Path) -> Iterator[Path | None]:
    """A git worktree of ``revision`` in ``folder`` (None when no revision is asked for),
    removed afterwards."""
    if revision is None:
        yield None
        return
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), revision],
        check=True,
        capture_output=True,
    )
    try:
        yield folder
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)],
            check=False,
            capture_output=True,
        )
