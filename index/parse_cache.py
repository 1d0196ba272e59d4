"""What the language model said about each sentence, kept between runs.

Re-indexing an edited article parses it again, but most of its sentences have not changed;
their answers (the subject of a verb, the kind of a name) are looked up here by the sentence's
hash instead of loading the model, which alone takes about a second. The cache is a SQLite file
in the per-user cache directory (``$SITAT_CACHE`` overrides it, ``off`` turns it off), one per
model, so a new model
never reads an old model's answers. It is only a cache: any error reading or writing it is
ignored and the sentence is parsed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

ENV_VAR = "SITAT_CACHE"
OFF = "off"  # SITAT_CACHE=off: no cache (benchmarks of parsing itself)
Answers = dict[str, object]


def sentence_key(sentence: str) -> str:
    return hashlib.blake2b(sentence.encode("utf-8"), digest_size=16).hexdigest()


class AnswerCache:
    """Answers by sentence, read in batches and written once at the end of an article. A row
    that ``valid`` refuses (a NULL, a number, answers of another shape: a damaged or foreign
    file) is a miss, and the sentence is parsed again."""

    def __init__(
        self,
        model_id: str,
        folder: Path | None = None,
        valid: Callable[[object], bool] = lambda answers: isinstance(answers, dict),
    ) -> None:
        self._path = (folder or _default_folder()) / f"parses-{model_id}.sqlite"
        self._valid = valid
        self._db: sqlite3.Connection | None = None
        self._pending: dict[str, Answers] = {}

    def get_many(self, keys: list[str]) -> dict[str, Answers]:
        db = self._connect()
        if db is None or not keys:
            return {}
        found: dict[str, Answers] = {}
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                rows = db.execute(
                    f"SELECT key, answers FROM answers WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
                for key, value in rows:
                    answers = _loaded(value)
                    if isinstance(answers, dict) and self._valid(answers):
                        found[key] = answers
        except sqlite3.Error:
            return {}
        return found

    def put(self, key: str, answers: Answers) -> None:
        self._pending[key] = answers

    def flush(self) -> None:
        pending, self._pending = self._pending, {}
        db = self._connect()
        if db is None or not pending:
            return
        try:
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO answers VALUES (?, ?)",
                    [(k, json.dumps(v, separators=(",", ":"))) for k, v in pending.items()],
                )
        except sqlite3.Error:
            pass  # another indexer holds the file; these answers are simply not kept

    def _connect(self) -> sqlite3.Connection | None:
        if os.environ.get(ENV_VAR) == OFF:
            return None
        if self._db is None:
            try:
                self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                if not self._path.exists():  # the owner's only, as the index is
                    os.close(os.open(self._path, os.O_CREAT | os.O_WRONLY, 0o600))
                self._db = sqlite3.connect(self._path, timeout=2)
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, answers TEXT)"
                )
            except (sqlite3.Error, OSError):
                self._db = None
        return self._db


def _loaded(value: object) -> object:
    """A row's answers as stored, or None when they are not JSON text."""
    if not isinstance(value, str | bytes):
        return None
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        return None


def _default_folder() -> Path:
    configured = os.environ.get(ENV_VAR)
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path("sitat", appauthor=False)
