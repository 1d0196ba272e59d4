"""Corrections a person made to attribution, kept beside the index and applied by every build.

The file is ``<index folder>.corrections.json`` (for ``~/.local/share/sitat/index``:
``~/.local/share/sitat/index.corrections.json``), plain JSON a person may also edit and keep
in version control::

    {
      "format": "sitat corrections 1",
      "corrections": [
        {"article": "nrk/2016/putin", "paragraph": 7, "path": "/home/me/nrk/2016/putin.txt",
         "text": "– Å fryse eller redusere oljeproduksjonen er …",
         "text_hash": "5f1c…", "speakers": ["Vladimir Putin"], "sources": ["NRK"],
         "made": "2026-12-07T04:10:00+00:00"}
      ]
    }

``speakers`` replaces the paragraph's speakers (``[]``: nobody is quoted); ``sources``, when
present and not null, replaces its sources. Beside the corrections of paragraphs, ``speakers``
(`sitat speakers --merge A B` / ``--split A B``) lists names a person gave as one speaker across
the index, ``{"same": ["Støre", "Jonas Gahr Støre"], "made": …}``, or as two, ``{"different":
[…]}``; searching applies them, so they need no rebuild.

``text_hash`` ties a paragraph's correction to the words it was made on: when the
paragraph's text has changed since, the correction is reported and not applied (a correction
must never move to words it was not made for). ``text`` is there for the person reading the
file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from .article import Article, Paragraph
from .errors import SitatError
from .shown import shown

FORMAT = "sitat corrections 1"


def corrections_path(index_dir: Path) -> Path:
    """Where the corrections of the index in ``index_dir`` are kept."""
    return index_dir.with_name(f"{index_dir.name}.corrections.json")


def text_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True)
class Correction:
    article: str
    paragraph: int
    text_hash: str
    speakers: tuple[str, ...]
    sources: tuple[str, ...] | None = None
    path: str | None = None
    text: str = ""
    made: str = ""

    def to_dict(self) -> dict:
        return {
            "article": self.article,
            "paragraph": self.paragraph,
            "path": self.path,
            "text": self.text,
            "text_hash": self.text_hash,
            "speakers": list(self.speakers),
            "sources": None if self.sources is None else list(self.sources),
            "made": self.made,
        }


class CorrectionsError(SitatError):
    """The corrections file cannot be read."""


@dataclass(frozen=True)
class Link:
    """Two speaker names a person gave as one speaker (``same``) or as two."""

    names: tuple[str, str]
    same: bool
    made: str = ""

    def to_dict(self) -> dict:
        return {"same" if self.same else "different": list(self.names), "made": self.made}


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"corrections": []}
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise CorrectionsError(f"cannot read the corrections in {shown(path)}: {err}") from None
    if not isinstance(data, dict) or not isinstance(data.get("corrections"), list):
        raise CorrectionsError(f"{shown(path)} is not a sitat corrections file")
    return data


def load_links(path: Path) -> list[Link]:
    """The speakers a person gave as the same or as different, in ``path``."""
    rows = _read(path).get("speakers", [])
    found = []
    for i, row in enumerate(rows if isinstance(rows, list) else [None]):
        kind = next((k for k in ("same", "different") if isinstance(row, dict) and k in row), "")
        names = row.get(kind) if kind else None
        if (
            not isinstance(names, list)
            or len(names) != 2
            or not all(isinstance(n, str) and n.strip() for n in names)
        ):
            raise CorrectionsError(
                f'{shown(path)}: speakers entry {i + 1} needs "same" or "different" and two names'
            )
        found.append(Link((names[0], names[1]), kind == "same", str(row.get("made", ""))))
    return found


def load(path: Path) -> list[Correction]:
    """The corrections in ``path`` (none when there is no file), or a one-line error."""
    rows = _read(path)["corrections"]
    found = []
    for i, row in enumerate(rows):
        try:
            sources = row.get("sources")
            found.append(
                Correction(
                    article=str(row["article"]),
                    paragraph=int(row["paragraph"]),
                    text_hash=str(row["text_hash"]),
                    speakers=tuple(str(s) for s in row["speakers"]),
                    sources=None if sources is None else tuple(str(s) for s in sources),
                    path=row.get("path"),
                    text=str(row.get("text", "")),
                    made=str(row.get("made", "")),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise CorrectionsError(
                f"{shown(path)}: correction {i + 1} needs article, paragraph, text_hash and "
                "speakers"
            ) from None
    return found


def save(path: Path, corrections: list[Correction], links: list[Link] | None = None) -> None:
    """Write ``corrections`` and ``links`` (None: the links the file has) to ``path``."""
    from .durable import write_file  # with Whoosh's storage: only when saving

    if links is None:
        links = load_links(path)
    ordered = sorted(corrections, key=lambda c: (c.article, c.paragraph))
    data: dict = {"format": FORMAT, "corrections": [c.to_dict() for c in ordered]}
    if links:
        data["speakers"] = [link.to_dict() for link in links]
    write_file(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def link(index_dir: Path, a: str, b: str, same: bool) -> Path:
    """Keep that the speakers named ``a`` and ``b`` are one (``same``) or two, in place of
    anything said of the two before; the file they are kept in."""
    file = corrections_path(index_dir)
    pair = {a, b}
    links = [x for x in load_links(file) if set(x.names) != pair]
    made = datetime.now(UTC).isoformat(timespec="seconds")
    save(file, load(file), links + [Link((a, b), same, made)])
    return file


def made(
    article: Article,
    n: int,
    speakers: tuple[str, ...],
    sources: tuple[str, ...] | None,
    path: str | None,
) -> Correction:
    """A correction of paragraph ``n`` of ``article`` as it reads now."""
    text = article.paragraphs[n].text
    return Correction(
        article=article.id,
        paragraph=n,
        text_hash=text_hash(text),
        speakers=speakers,
        sources=sources,
        path=path,
        text=text if len(text) <= 80 else text[:79] + "…",
        made=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def replaced(corrections: list[Correction], new: Correction) -> list[Correction]:
    """``corrections`` with ``new`` in place of any earlier one of the same paragraph."""
    return [c for c in corrections if (c.article, c.paragraph) != (new.article, new.paragraph)] + [
        new
    ]


class Book:
    """The corrections of one index, looked up by article id or by file path."""

    def __init__(self, corrections: list[Correction], path: Path | None = None) -> None:
        self.path = path  # the file they were read from
        self.by_article: dict[str, list[Correction]] = {}
        self.by_path: dict[str, list[Correction]] = {}
        for c in corrections:
            self.by_article.setdefault(c.article, []).append(c)
            if c.path:
                self.by_path.setdefault(c.path, []).append(c)

    def digest(self, article_id: str) -> str:
        """What the article's corrections are, as a short hash ("" for none): an article
        whose corrections changed is indexed again."""
        mine = self.by_article.get(article_id)
        if not mine:
            return ""
        text = json.dumps([c.to_dict() for c in mine], sort_keys=True, ensure_ascii=False)
        return text_hash(text)

    def apply(self, article: Article, path: str | None = None) -> tuple[Article, list[str]]:
        """``article`` with its corrections applied, and a line for each that no longer
        matches its paragraph. By the article's id in the index; with ``path`` (a file parsed
        on its own, whose id is not the index's), by the file and the end of the id."""
        if path is None:
            mine = self.by_article.get(article.id, [])
        else:
            tail = article.id.rsplit("/", 1)[-1]
            mine = [c for c in self.by_path.get(path, []) if c.article.rsplit("/", 1)[-1] == tail]
        if not mine:
            return article, []
        paragraphs = list(article.paragraphs)
        kinds = dict(article.speaker_kinds)
        problems = []
        for c in mine:
            if c.paragraph >= len(paragraphs) or text_hash(paragraphs[c.paragraph].text) != (
                c.text_hash
            ):
                where = f" from {shown(self.path)}" if self.path else ""
                problems.append(
                    f"the correction of {article.id} ¶{c.paragraph}: the paragraph's text "
                    f"changed since it was made; correct it again, or remove it{where}"
                )
                continue
            paragraphs[c.paragraph] = corrected(paragraphs[c.paragraph], c)
            for name in c.speakers:
                kinds.setdefault(name, "person")
        spoken = {s for p in paragraphs for s in p.speakers}
        kinds = {name: kind for name, kind in kinds.items() if name in spoken}
        return replace(article, paragraphs=tuple(paragraphs), speaker_kinds=kinds), problems


def corrected(p: Paragraph, c: Correction) -> Paragraph:
    """The paragraph with the speakers (and sources) a person gave it."""
    one = c.speakers[0] if len(c.speakers) == 1 else None
    quotes = tuple(
        replace(q, speaker=one, rule="corrected", confidence=1.0 if one else None) for q in p.quotes
    )
    return replace(
        p,
        speakers=c.speakers,
        sources=p.sources if c.sources is None else c.sources,
        quotes=quotes,
        corrected=True,
    )


@dataclass(frozen=True)
class Corrected:
    """What `correct` did: the speakers before, the file the correction is kept in, and the
    warnings of the update that applied it (or that the article's file is gone)."""

    was: tuple[str, ...]
    kept_in: Path
    warnings: tuple[str, ...]


def correct(
    index_dir: Path,
    article: Article,
    n: int,
    speakers: tuple[str, ...],
    sources: tuple[str, ...] | None,
    path: str | None,
    wait: float = 10.0,
) -> Corrected:
    """Keep a correction of paragraph ``n`` of the indexed ``article`` (whose file is
    ``path``) beside the index in ``index_dir``, and apply it at once by indexing that file
    again."""
    import os

    from .store import update_index

    if not 0 <= n < len(article.paragraphs) or article.paragraphs[n].kind not in (
        "text",
        "caption",
    ):
        raise CorrectionsError(f"{article.id} has no text paragraph ¶{n}")
    file = corrections_path(index_dir)
    save(file, replaced(load(file), made(article, n, speakers, sources, path)))
    was = article.paragraphs[n].speakers
    if path and os.path.isfile(path):
        report = update_index(index_dir, [path], wait=wait)
        return Corrected(was, file, tuple(report.skipped))
    gone = "the article's file is gone; the correction applies when it is indexed again"
    return Corrected(was, file, (gone,))
