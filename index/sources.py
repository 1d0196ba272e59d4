"""Which files are articles, and the id each one keeps from run to run.

An article found in a folder has the id ``<folder name>/<path below it>`` without the
extension (``nrk/2016/a`` for ``nrk/2016/a.txt`` or ``a.html`` under ``nrk/``), so two folders
with the same layout never share an id. A file named on its own is known by its name (``a``).
The folders and files an index was built from, with the name each was given, are recorded in
the index (`ROOTS_FILE`): a second folder called ``nrk`` is then named ``vg/nrk``, and the
record survives an index that can no longer be opened, so it can be rebuilt from what it held.

A file is one article however it is reached (a symbolic link, two folders, a relative path):
it is known by its resolved path, and keeps the id it was first indexed under.
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError
from .reading import FORMATS
from .shown import shown

ROOTS_FILE = "sitat-roots.json"
SUFFIXES = tuple(FORMATS)  # the extensions of the files read as articles


@dataclass(frozen=True)
class ArticleFile:
    """An article on disk: its id, its resolved path and the recorded folder it belongs to
    ("" for a file named on its own)."""

    id: str
    real: str  # the resolved path, as a string: an update of 100,000 unchanged files makes
    root: str  # no Path object for any of them

    @functools.cached_property
    def path(self) -> Path:
        return Path(self.real)


@dataclass
class Roots:
    """What an index was built from: folders by resolved path with their names (the first part
    of their articles' ids), and files named on their own with their ids."""

    folders: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    def paths(self) -> list[str]:
        return sorted(self.folders) + sorted(self.files)

    def folder_of(self, path: str) -> str | None:
        """The innermost recorded folder that ``path`` lies in."""
        found = None
        for folder in self.folders:
            if is_within(path, folder) and (found is None or len(folder) > len(found)):
                found = folder
        return found

    def to_json(self) -> str:
        import json  # not on the search path

        return (
            json.dumps(
                {"folders": self.folders, "files": self.files},
                ensure_ascii=False,
                indent=1,
                sort_keys=True,
            )
            + "\n"
        )


def read_roots(index_dir: Path) -> Roots | None:
    """The recorded roots of an index, or None when there is no readable record."""
    import json  # not on the search path

    try:
        data = json.loads((index_dir / ROOTS_FILE).read_text(encoding="utf-8"))
        return Roots(dict(data["folders"]), dict(data["files"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_roots(index_dir: Path, roots: Roots) -> None:
    from .durable import write_file  # it imports Whoosh, which parsing alone does not need

    write_file(index_dir / ROOTS_FILE, roots.to_json())


def is_within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


@dataclass
class Discovery:
    """The articles found under the paths given, and what was passed over."""

    files: list[ArticleFile] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)  # resolved folders scanned
    problems: list[str] = field(default_factory=list)  # one line each
    passed_over: Counter = field(default_factory=Counter)  # reason -> count
    kinds: Counter = field(default_factory=Counter)  # extensions of files that are not read
    read: Counter = field(default_factory=Counter)  # extensions of the files found

    def read_line(self) -> str:
        """'12 files: 10 .txt, 2 .html', or '' when there are none."""
        found = self.read
        if not found:
            return ""
        noun = "file" if len(self.files) == 1 else "files"
        return f"{len(self.files)} {noun}: " + _counted(found)

    def passed_over_line(self) -> str:
        """'3 not an article format (2 .pdf, 1 .docx), 1 hidden', or ''."""
        parts = []
        for reason, count in sorted(self.passed_over.items()):
            if reason == "not an article format":
                parts.append(f"{count} not an article format ({_counted(self.kinds)})")
            else:
                parts.append(f"{count} {reason}")
        return ", ".join(parts)


def _counted(counts: Counter) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(counts.items(), key=lambda kn: (-kn[1], kn[0])))


MAX_ARTICLE_MB = 50.0  # the default limit for one article file; $SITAT_MAX_MB changes it


def article_limit() -> float:
    """The most megabytes one article may have: 50, or $SITAT_MAX_MB."""
    try:
        return float(os.environ.get("SITAT_MAX_MB") or MAX_ARTICLE_MB)
    except ValueError:
        raise ArticleError(
            f"SITAT_MAX_MB={os.environ['SITAT_MAX_MB']!r} is not a number of megabytes"
        ) from None


def check_size(path: Path) -> None:
    """An ArticleError when the file is over the size limit for one article (50 MB, or
    $SITAT_MAX_MB): one huge file must not take the memory and hours a whole archive needs."""
    limit = article_limit()
    size = path.stat().st_size
    if size > limit * 1_000_000:
        raise ArticleError(
            f"{shown(path)}: {size / 1_000_000:,.0f} MB is over the "
            f"{limit:g} MB limit for one article (set SITAT_MAX_MB to change it)"
        )


def _utf8_name(path: str) -> bool:
    try:
        path.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def discover(paths: Sequence[str | Path], roots: Roots, known: dict[str, str]) -> Discovery:
    """Every article file under ``paths``: files as given, folders searched recursively for
    the extensions of `index.reading.FORMATS` (in any case), hidden files and folders left
    out.

    ``known`` maps resolved paths already indexed to their ids, which they keep. New folders
    and files are added to ``roots``. Two files that would get one id are an error naming
    both."""
    found = Discovery()
    seen: set[str] = set()
    taken = {article_id: path for path, article_id in known.items()}

    def add(real: str, article_id: str, root: str) -> None:
        if real in seen:
            return  # the same file reached a second way
        seen.add(real)
        other = taken.get(article_id)
        if other is not None and other != real and os.path.exists(other):
            raise ArticleError(
                f"{shown(real)} and {shown(other)} would both be article "
                f"{article_id!r}; index them under folders with different names"
            )
        taken[article_id] = real
        found.files.append(ArticleFile(article_id, real, root))
        found.read[os.path.splitext(real)[1].lower() or "no extension"] += 1

    for given in paths:
        path = Path(given)
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as err:
            raise ArticleError(f"{shown(path)}: {err.strerror}") from None
        if is_dir:
            folder = os.path.realpath(path)
            found.folders.append(folder)
            root = roots.folder_of(folder) or _add_folder(roots, folder)
            for file, real in _walk(folder, found):
                article_id = known.get(real) or _folder_id(roots, root, file)
                add(real, article_id, root)
        elif is_file:
            real = os.path.realpath(path)
            if not _utf8_name(real):
                found.problems.append(f"{shown(path)}: the file name is not UTF-8")
                continue
            within = roots.folder_of(real)
            if within is not None:
                article_id = known.get(real) or _folder_id(roots, within, real)
            else:
                article_id = (
                    known.get(real) or roots.files.get(real) or _file_id(roots, real, taken)
                )
                roots.files[real] = article_id
            add(real, article_id, within or "")
        elif path.exists() or path.is_symlink():
            raise ArticleError(f"{shown(path)}: not a file or directory")
        else:
            raise ArticleError(f"{shown(path)}: no such file or directory")
    return found


def _walk(top: str, found: Discovery):
    """(path, resolved path) of each article file below the folder ``top``, in order (a
    folder's entries by name, a subfolder's files where it stands). Folders reached through a
    symbolic link are not entered, and a linked file is read only when it lies inside ``top``:
    a link to /etc/shadow in a folder of leaked documents is passed over. The walk keeps its
    own stack of folders, so any depth of nesting is walked (Python's own stack holds some
    thousand calls)."""
    pending = [iter(_entries(top, found))]
    while pending:
        entry = next(pending[-1], None)
        if entry is None:
            pending.pop()
        elif entry.name.startswith("."):
            found.passed_over["hidden"] += 1
        elif entry.is_dir(follow_symlinks=False):
            pending.append(iter(_entries(entry.path, found)))
        elif not is_article_file(entry.name):
            found.passed_over["not an article format"] += 1
            found.kinds[os.path.splitext(entry.name)[1].lower() or "no extension"] += 1
        elif not _utf8_name(entry.path):
            found.problems.append(f"{shown(entry.path)}: the file name is not UTF-8")
        elif not entry.is_file():
            found.problems.append(f"{shown(entry.path)}: not a regular file (a broken link?)")
        elif not entry.is_symlink():
            yield entry.path, entry.path
        else:
            # The folder is resolved and linked folders are not entered, so only a linked
            # file can have another real path.
            real = os.path.realpath(entry.path)
            if is_within(real, top):
                yield entry.path, real
            else:
                found.passed_over["linked out of the folder"] += 1


def _entries(folder: str, found: Discovery) -> list[os.DirEntry]:
    """A folder's entries by name; none, and a problem noted, when it cannot be read."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError as err:
        found.problems.append(f"{shown(folder)}: cannot read the folder ({err.strerror})")
        return []


def is_article_file(name: str) -> bool:
    """Whether a file name has an extension sitat reads."""
    return os.path.splitext(name)[1].lower() in FORMATS


def _strip_suffix(name: str) -> str:
    stem, suffix = os.path.splitext(name)
    return stem if suffix.lower() in FORMATS else name


def _folder_id(roots: Roots, root: str, path: str) -> str:
    rel = Path(os.path.relpath(path, root)).as_posix()
    return f"{roots.folders[root]}/{_strip_suffix(rel)}"


def _tails(path: str) -> list[str]:
    """'/a/b/c' -> ['c', 'b/c', 'a/b/c']: ever longer names for a path."""
    parts = [p for p in Path(path).parts if p != os.sep]
    return ["/".join(parts[-k:]) for k in range(1, len(parts) + 1)] or ["root"]


def _overlaps(a: str, b: str) -> bool:
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def _add_folder(roots: Roots, folder: str) -> str:
    """Record a new folder under the shortest name that no other folder's ids can share."""
    for name in _tails(folder):
        if not any(_overlaps(name, other) for other in roots.folders.values()) and not any(
            article_id.startswith(name + "/") for article_id in roots.files.values()
        ):
            roots.folders[folder] = name
            return folder
    raise ArticleError(
        f"{shown(folder)}: no article id can be made for this folder "
        "that does not clash with another indexed folder"
    )


def _file_id(roots: Roots, real: str, taken: dict[str, str]) -> str:
    """A file's own name, or a longer one when another file has it already."""
    tails = _tails(os.path.join(os.path.dirname(real), _strip_suffix(os.path.basename(real))))
    for name in tails:
        if name not in taken and not any(name.startswith(f + "/") for f in roots.folders.values()):
            return name
    raise ArticleError(
        f"{shown(real)}: no article id can be made for it that is not taken; "
        f"it clashes with {shown(taken[tails[-1]])}"
    )
