"""The public search API: ranked, highlighted, attributed paragraphs.

Example::

    import search

    for hit in search.search("humanitær hjelp", speaker="Putin"):
        print(hit.snippet, hit.speakers)

`Searcher` opens the index once for many queries. It reads the index through a
`search.snapshot.Snapshot` (Whoosh's: `search.whoosh.snapshot`), one generation at a time,
and every hit is a plain `Hit`, readable after the searcher has closed.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, overload

from index.analysis import fold
from index.errors import IndexDamaged, IndexMissing, SitatError
from index.location import build_default_index, packaged_article_changed, resolve_index
from index.schema import EXACT_NAMES, TEXT_KIND, Field

from . import clock as clocks
from . import tree as t
from .identities import identities, shown_names
from .query import QueryError, QueryParser
from .snapshot import Snapshot
from .snippets import Span, make_snippet, matched_spans
from .whoosh.snapshot import open_snapshot  # the engine: Whoosh

if TYPE_CHECKING:
    from .listings import ArticleInfo, QuoteLine, SpeakerCount

_WORD = re.compile(r'"[^"]*"?|\b\w+:("[^"]*"?|\S+)|([^\W\d_][\w-]*)')
_OPERATORS = {"AND", "OR", "NOT", "TO"}
SORTS = ("relevance", "date")
FACETS = 10  # values of each facet shown
# `iter_quotes`' kinds: "direct" is the speaker's own words, whole or in part
QUOTE_FILTERS = {"direct": ("direct", "partial"), "indirect": ("indirect",)}


@dataclass(frozen=True)
class Neighbour:
    """A paragraph next to a hit, shown around it with ``context``."""

    n: int
    kind: str  # text | heading | credit
    text: str

    def to_dict(self) -> dict:
        return {"n": self.n, "kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class Hit:
    """One paragraph that matched, with its attribution and where the query matched it."""

    article: str
    n: int
    score: float
    section: str | None
    speakers: tuple[str, ...]
    sources: tuple[str, ...]
    quote: str
    date: str | None  # when the article was published, ISO 8601 as precise as it says
    text: str
    snippet: str
    highlights: tuple[Span, ...] = ()  # (start, end) of each matched word in ``snippet``
    matches: tuple[Span, ...] = ()  # the same words as offsets into ``text``
    path: str | None = None  # the article's file, as indexed
    context: tuple[Neighbour, ...] = ()  # paragraphs around it, in order, when asked for
    title: str | None = None  # the article's headline
    outlet: str | None = None  # its publisher
    url: str | None = None  # the original's address
    cite: str = ""  # a ready citation: «quote» – Speaker to Source. Headline, Outlet, date, url

    def to_dict(self) -> dict:
        return {
            "article": self.article,
            "n": self.n,
            "score": round(self.score, 4),
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "url": self.url,
            "section": self.section,
            "speakers": list(self.speakers),
            "sources": list(self.sources),
            "quote": self.quote,
            "cite": self.cite,
            "text": self.text,
            "snippet": self.snippet,
            "highlights": [list(span) for span in self.highlights],
            "matches": [list(span) for span in self.matches],
            "path": self.path,
            "context": [neighbour.to_dict() for neighbour in self.context],
        }


@dataclass(frozen=True)
class Facets:
    """How many of a query's paragraphs each speaker, source, outlet and month has (most
    first; months newest first)."""

    speakers: tuple[tuple[str, int], ...]
    sources: tuple[tuple[str, int], ...]
    months: tuple[tuple[str, int], ...]
    outlets: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict:
        return {
            name: [{"name": value, "paragraphs": n} for value, n in getattr(self, name)]
            for name in ("speakers", "sources", "outlets", "months")
        }


@dataclass(frozen=True)
class Results(Sequence[Hit]):
    """A query's hits, with how it was answered: ``suggestion`` is the corrected query that was
    searched instead ("did you mean"), and ``any_word`` says no paragraph had every word, so
    paragraphs with any of them were returned.

    It is a sequence of its hits: iterate it, index it, take its ``len``; it is false when
    nothing was found."""

    query: str
    total: int
    hits: tuple[Hit, ...]
    suggestion: str | None = None
    any_word: bool = False
    total_exact: bool = True  # False: ``total`` is an estimate (many matches, see _run)
    notes: tuple[str, ...] = ()  # how typed names were read ("showing François Hollande")
    facets: Facets | None = None  # counts of all matches, when asked for

    def __len__(self) -> int:
        return len(self.hits)

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Hit, ...]: ...

    def __getitem__(self, index):
        return self.hits[index]

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)


def _reads_index(method):
    """Report anything Whoosh raises while reading as a damaged index, in one line."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except SitatError:
            raise
        except Exception as err:  # Whoosh reports damage as anything at all  # noqa: BLE001
            from index.stored import damaged

            raise damaged(self.index_dir, err) from None

    return wrapper


class Searcher:
    """An open index for repeated queries; use it as a context manager.

    ``index`` is a directory; without one, ``$SITAT_INDEX`` or the per-user index of the
    packaged article is used (built on first use)."""

    def __init__(
        self, index: str | Path | None = None, *, notify: Callable[[str], None] | None = None
    ):
        self.index_dir, is_default = resolve_index(index)
        self._snap: Snapshot
        try:
            self._snap = open_snapshot(self.index_dir)
        except (IndexMissing, IndexDamaged):
            if not is_default:
                raise
            _prepare_default(self.index_dir, notify)  # first use, an upgrade, or damage
            self._snap = open_snapshot(self.index_dir)
        else:
            if is_default and (
                not self._snap.doc_count() or packaged_article_changed(self._snap.record)
            ):
                self._snap.close()
                _prepare_default(self.index_dir, notify)
                self._snap = open_snapshot(self.index_dir)
        self._parser = QueryParser(self._snap.language)
        self._names_of: object = None
        self._names_cache: dict[str, list[str]] = {}
        self._name_words_of: object = None
        self._name_words: dict[str, str] = {}  # a name's word, and as typed in ASCII
        self._attributions_of: object = None
        self._shown_of: object = None  # (snapshot, links) _shown_cache was made from
        self._shown_cache: dict[str, str] = {}
        self._names_of_shown: tuple[object, dict[str, tuple[str, ...]]] = (None, {})
        self._links_stamp: object = None  # the corrections file's mtime, when read
        self._links: tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = ((), ())
        self._attributions_cache: dict[int, tuple[tuple[str, ...], ...]] = {}

    @functools.cached_property
    def _any_word_parser(self) -> QueryParser:
        """For the fallback when no paragraph has every word (built only then)."""
        return QueryParser(self._snap.language, any_word=True)

    def __enter__(self) -> Searcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._snap.close()

    def _current(self) -> Snapshot:
        """The index's snapshot, moved on to the newest commit if the index changed (a fresh
        one: Whoosh's ``refresh()`` reuses the readers of unchanged segments with their old
        deletions, so an updated article would be found twice)."""
        try:
            if self._snap.up_to_date():
                return self._snap
            snap = open_snapshot(self.index_dir)
        except (SitatError, OSError):
            return self._snap  # a commit is swapping files: keep the generation we have
        self._snap.close()
        self._snap = snap
        return snap

    @_reads_index
    def search(
        self,
        query: str,
        *,
        speaker: str | None = None,
        source: str | None = None,
        section: str | None = None,
        quote: str | None = None,
        lang: str | None = None,
        outlet: str | None = None,
        limit: int = 10,
        exact_total: bool = False,
        sort: str = "relevance",
        context: int = 0,
        facets: bool = False,
    ) -> Results:
        """Paragraphs matching ``query``, best first (``sort="date"``: newest first, then
        best); see `search.query` for the language. With ``facets``, `Results.facets` counts
        every matching paragraph by speaker, source and month.

        ``total`` counts every paragraph that matched. It is exact unless the scoring of a
        prefix or fuzzy word stopped at its time limit; then it is Whoosh's estimate and
        ``total_exact`` says so, unless ``exact_total`` asks for a count of every match
        anyway. ``context`` paragraphs
        before and after each hit come with it (`Hit.context`)."""
        if limit < 1:
            raise QueryError("limit must be at least 1")
        if sort not in SORTS:
            raise QueryError(f"cannot sort by {sort!r}; sort by {' or '.join(SORTS)}")
        if context < 0:
            raise QueryError("context must be 0 or more paragraphs")
        snap = self._current()
        filters = _filter_text(
            speaker=speaker, source=source, section=section, quote=quote, lang=lang, outlet=outlet
        )
        full = f"({query}) {filters}" if filters and query.strip() else (query.strip() or filters)
        names = self._names(snap) if _NAMES_ASKED.search(full) else None
        proper = self._proper(snap, full)
        notes: list[str] = []
        clock = clocks.Clock()  # one budget for every step below (`search.clock`)
        by_date = sort == "date"
        cut = False

        def read(parser: QueryParser, text: str) -> t.Node:
            parsed = parser.parse(text, snap.known, names, notes, proper)
            if names:  # a speaker named is every name of that speaker
                parsed = _whole_identities(parsed, self._identity_names(snap))
            return _text_only(_outlets_resolved(parsed, snap, notes))

        def run(parsed: t.Node) -> tuple[int, tuple[Hit, ...], bool, bool]:
            nonlocal cut
            if isinstance(parsed, t.Nothing):
                return 0, (), True, False
            ranked = snap.top(parsed, limit, by_date=by_date, exact_total=exact_total, clock=clock)
            cut = cut or ranked.cut  # a prefix or fuzzy word stood for more than was searched
            hits = _hits(snap, ranked.found, ranked.terms, by_date)
            return ranked.total, hits, ranked.exact, ranked.stopped

        parsed = read(self._parser, full)
        total, hits, exact, stopped = run(parsed)
        suggestion, any_word = None, False
        if not total:
            corrected = self._correct(snap, query)
            if corrected:
                suggestion = corrected
                full = f"({corrected}) {filters}" if filters else corrected
                parsed = read(self._parser, full)
                total, hits, exact, stopped = run(parsed)
        if not total:
            loose = read(self._any_word_parser, full)
            if loose != parsed:
                total, hits, exact, stopped = run(loose)
                any_word = total > 0
                parsed = loose if any_word else parsed
        counted = None
        if facets and total:
            counted, complete = self._facets(snap, parsed, clock)
            if not complete:
                notes.append(
                    "The counts by speaker, source and month are of the paragraphs counted "
                    "before the search's time ran out."
                )
        if stopped or cut:
            exact = False  # of the words searched; the pattern stands for more
            notes.append(
                "The search stopped: its prefixes or fuzzy words stand for too much, and "
                "these are the best found in the time a search is given. Give more letters "
                "to search them all."
            )
        elif not exact:
            notes.append(
                f"At least {total} paragraphs match: the search's time ran out while they "
                "were counted."
            )
        if context:
            hits = _with_context(snap, hits, context)
        return Results(
            query, total, hits, suggestion, any_word, exact, tuple(dict.fromkeys(notes)), counted
        )

    def _facets(
        self, snap: Snapshot, parsed: t.Node, clock: clocks.Clock, top: int = FACETS
    ) -> tuple[Facets, bool]:
        """The paragraphs matching ``parsed`` counted by speaker, source, month and outlet,
        and whether every one was counted before the clock ran out."""
        docs = snap.matching(parsed, clock)
        by_doc = self._attributions(snap)
        shown = self._shown_names(snap)
        counts: tuple[Counter, ...] = (Counter(), Counter(), Counter(), Counter())
        complete = True
        for n, doc in enumerate(docs, 1):
            if n % clocks.CHECK_EVERY == 0 and clock.out:
                complete = False
                break
            found = by_doc.get(doc)
            if found:
                people = dict.fromkeys(shown.get(name, name) for name in found[0])
                counts[0].update(list(people))  # one person once, under one name
                for counter, values in zip(counts[1:], found[1:]):
                    counter.update(values)
        speakers, sources, months, outlets = (tuple(c.most_common(top)) for c in counts)
        return Facets(speakers, sources, tuple(sorted(months, reverse=True)), outlets), complete

    def _shown_names(self, snap: Snapshot) -> dict[str, str]:
        """Each indexed speaker name -> the name of its identity, once per generation of the
        index and of the speakers a person merged or split."""
        links = self._speaker_links()
        if self._shown_of != (snap, links):
            counts = {
                name: snap.doc_frequency(Field.SPEAKER_EXACT, name)
                for name in snap.values(Field.SPEAKER_EXACT)
            }
            self._shown_of, self._shown_cache = (snap, links), shown_names(counts, *links)
        return self._shown_cache

    def _speaker_links(self) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
        """The names a person gave as one speaker, and as two (`sitat speakers --merge`,
        ``--split``), read again when the corrections file changes."""
        from index.corrections import corrections_path, load_links

        file = corrections_path(self.index_dir)
        try:
            stamp: object = file.stat().st_mtime_ns
        except OSError:
            stamp = None
        if stamp != self._links_stamp:
            links = load_links(file) if stamp is not None else []
            self._links = (
                tuple(link.names for link in links if link.same),
                tuple(link.names for link in links if not link.same),
            )
            self._links_stamp = stamp
        return self._links

    @_reads_index
    def speaker_named(self, typed: str) -> str:
        """The indexed speaker name ``typed`` stands for: the name itself or a name a speaker
        is shown under, in any case or accents; a one-line error naming the nearest names
        when none is."""
        shown = self._shown_names(self._current())
        key = _outlet_key(typed)
        found = [n for n in shown if n == typed] or sorted(
            {n for n in shown if _outlet_key(n) == key}
            | {i for i in shown.values() if _outlet_key(i) == key}
        )
        if len(found) == 1:
            return found[0]
        if found:
            raise QueryError(f"«{typed}» is {len(found)} speakers: {', '.join(found)}; give one")
        import difflib

        folded = {_outlet_key(n): n for n in shown}
        near = difflib.get_close_matches(key, list(folded), n=2, cutoff=0.6)
        maybe = f"; did you mean {' or '.join(folded[n] for n in near)}?" if near else ""
        raise QueryError(f"no speaker is called «{typed}»{maybe}")

    def _identity_names(self, snap: Snapshot) -> dict[str, tuple[str, ...]]:
        """Each indexed speaker name -> every name of its identity (made again only when
        the names shown are)."""
        shown = self._shown_names(snap)
        if self._names_of_shown[0] is not shown:
            by_shown: dict[str, list[str]] = {}
            for name, identity in shown.items():
                by_shown.setdefault(identity, []).append(name)
            names = {name: tuple(by_shown[identity]) for name, identity in shown.items()}
            self._names_of_shown = (shown, names)
        return self._names_of_shown[1]

    def _attributions(self, snap: Snapshot) -> dict[int, tuple[tuple[str, ...], ...]]:
        """Each text paragraph's (speakers, sources, month, outlet), read from the exact
        fields' postings once per generation of the index (not from every stored
        paragraph)."""
        if self._attributions_of is not snap:
            found: dict[int, list[list[str]]] = {}
            fields = (Field.SPEAKER_EXACT, Field.SOURCE_EXACT, Field.DATE, Field.OUTLET)
            for slot, fieldname in enumerate(fields):
                for term in snap.values(fieldname):
                    value = term[:7] if fieldname == Field.DATE else term  # dates by month
                    for doc in snap.docs_with(fieldname, term):
                        found.setdefault(doc, [[], [], [], []])[slot].append(value)
            self._attributions_of = snap
            self._attributions_cache = {doc: tuple(map(tuple, v)) for doc, v in found.items()}
        return self._attributions_cache

    def _proper(self, snap: Snapshot, text: str) -> dict[str, str]:
        """The words of ``text`` typed with a capital that are a word of an indexed speaker's
        or source's name, as written or typed in ASCII the Norwegian way ("Stoere" for
        "Støre"; not "Store", which is a word): each lower-cased, with the name's spelling."""
        unquoted = _QUOTED_PART.sub(" ", text)
        typed = [w for w in _CAPITALISED.findall(unquoted) if w not in _OPERATORS]
        if not typed:
            return {}
        if self._name_words_of is not snap:
            self._name_words_of = snap
            self._name_words = {}
            for names in self._names(snap).values():
                for name in names:
                    for word in re.findall(r"[^\W\d_]+", name.lower()):
                        self._name_words[word] = word
                        self._name_words.setdefault(word.translate(_TYPED_IN_ASCII), word)
        return {
            word.lower(): self._name_words[word.lower()]
            for word in typed
            if word.lower() in self._name_words
        }

    def complete_name(self, typed: str, limit: int = 5) -> list[str]:
        """The words of indexed speakers' and sources' names that ``typed`` is the start of,
        as written ("Stolten" -> ["Stoltenberg"]); [] when it is a whole word of a name."""
        start = typed.lower()
        words: dict[str, str] = {}
        for names in self._names(self._current()).values():
            for name in names:
                for word in re.findall(r"[^\W\d_]+", name):
                    words.setdefault(word.lower(), word)
        if start in words:
            return []
        return sorted(word for key, word in words.items() if key.startswith(start))[:limit]

    def _names(self, snap: Snapshot) -> dict[str, list[str]]:
        """The indexed speakers and sources, read once per generation of the index."""
        if self._names_of is not snap:
            self._names_of = snap
            self._names_cache = {field: snap.values(exact) for field, exact in EXACT_NAMES.items()}
        return self._names_cache

    def _correct(self, snap: Snapshot, query: str) -> str | None:
        """The query with each word the index does not know replaced by the closest word it
        does ("Erdgoan" -> "Erdogan"); None when there is nothing to correct."""
        changed = False

        def fix(match: re.Match) -> str:
            nonlocal changed
            word = match.group(2)
            if not word or word in _OPERATORS or snap.has_word(word):
                return match.group(0)
            found = snap.closest_word(word.lower())
            if not found:
                return word
            changed = True
            return found.capitalize() if word[0].isupper() and found.islower() else found

        corrected = _WORD.sub(fix, query)
        return corrected if changed else None

    @_reads_index
    def speakers(
        self, *, name: str | None = None, kind: str | None = None, outlet: str | None = None
    ) -> list[SpeakerCount]:
        """Every speaker (one identity, however many spellings: `search.identities`) with
        the number of paragraphs quoting them and the sources credited (in order of first
        appearance), most quoted first. ``name`` keeps those with a name (or a variant) that
        has a word beginning so ("stol" for Jens Stoltenberg), folded as searching folds;
        ``kind`` those of one kind; ``outlet`` counts only that outlet's articles (any case
        or spelling, as ``outlet:``).

        Read from the exact speaker and source fields' postings, not from every paragraph's
        stored fields: at 10,000 articles that is the difference between 0.3 s and 7 s."""
        typed_name, wanted_kind = name, kind  # (the loops below reuse both names)
        snap = self._current()
        allowed: set[int] | None = None
        if outlet:
            key = _outlet_key(outlet)
            allowed = {
                doc
                for term in snap.values(Field.OUTLET)
                if _outlet_key(term) == key
                for doc in snap.docs_with(Field.OUTLET, term)
            }
        sources_of: dict[int, list[str]] = {}
        for source in snap.values(Field.SOURCE_EXACT):
            for docnum in snap.docs_with(Field.SOURCE_EXACT, source):
                sources_of.setdefault(docnum, []).append(source)
        kinds: dict[str, str] = {}
        for term in snap.values(Field.SPEAKER_KIND):
            kind, _, name = term.partition(":")
            if kind != "person" or name not in kinds:
                kinds[name] = kind  # an article that knows better than "person" wins
        quoting: dict[str, list[int]] = {}
        for name in snap.values(Field.SPEAKER_EXACT):
            docnums = list(snap.docs_with(Field.SPEAKER_EXACT, name))
            if allowed is not None:
                docnums = [d for d in docnums if d in allowed]
            if docnums:  # else only in documents an update has deleted
                quoting[name] = docnums
        from .listings import SpeakerCount

        found = []
        counted = {n: len(d) for n, d in quoting.items()}
        for shown, names in identities(counted, *self._speaker_links()).items():
            docnums = sorted({d for n in names for d in quoting[n]})
            credited = dict.fromkeys(s for d in docnums for s in sources_of.get(d, ()))
            found.append(
                SpeakerCount(
                    shown, len(docnums), tuple(credited), kinds.get(shown, "person"), names
                )
            )
        if wanted_kind:
            found = [s for s in found if s.kind == wanted_kind]
        if typed_name and typed_name.strip():
            wanted = [fold(w.lower()) for w in typed_name.split()]
            found = [s for s in found if _named_so(wanted, s.variants)]
        return sorted(found, key=lambda s: (-s.paragraphs, s.name))

    @_reads_index
    def quotes(self, speaker: str | None = None, **filters: str | None) -> list[QuoteLine]:
        """Every quote in article order, optionally only one speaker's (full name, surname or
        folded spelling), or as `iter_quotes` filters them. `iter_quotes` gives the same one
        at a time."""
        return list(self.iter_quotes(speaker, **filters))

    def iter_quotes(
        self,
        speaker: str | None = None,
        *,
        query: str | None = None,
        outlet: str | None = None,
        date: str | None = None,
        kind: str | None = None,
    ) -> Iterator[QuoteLine]:
        """The quotes of `quotes` in article order: of paragraphs matching ``query`` (the
        search language), of one ``speaker``, from one ``outlet``, of a ``date`` (as
        ``date:``), of one ``kind`` ("direct", which includes partial quotes, or
        "indirect"). With no filter they are read an article at a time: memory stays that of
        one article however large the index (reading every paragraph first took 1.8 GB at
        10,000 articles)."""
        if kind is not None and kind not in QUOTE_FILTERS:
            raise QueryError(f"--kind {kind}: use " + " or ".join(QUOTE_FILTERS))
        from .listings import QuoteLine

        snap = self._current()
        wanted = _name_key(speaker) if speaker else None
        kinds = QUOTE_FILTERS[kind] if kind else None
        filters = _filter_text(speaker=speaker, outlet=outlet)
        if date:
            filters = f"{filters} date:{date}".strip()
        text = f"({query}) {filters}".strip() if query and query.strip() else filters
        docs: Iterator[dict]
        same: set[str] = set()  # the names of the speaker asked for, all spellings
        if text:  # the matching paragraphs only: few enough to sort in memory
            names = self._names(snap) if _NAMES_ASKED.search(text) else None
            notes: list[str] = []
            parsed = self._parser.parse(text, snap.known, names, notes, self._proper(snap, text))
            if names:
                parsed = _whole_identities(parsed, self._identity_names(snap))
                same = {
                    leaf.text
                    for leaf in t.leaves(parsed)
                    if isinstance(leaf, t.Term) and leaf.field == Field.SPEAKER_EXACT
                }
            parsed = _text_only(_outlets_resolved(parsed, snap, notes))
            docs = iter(
                sorted(
                    (snap.stored(d) for d in snap.matching(parsed)),
                    key=lambda d: (d.get(Field.ARTICLE, ""), d[Field.N]),
                )
            )
        else:
            owners = sorted(record[Field.OWNER] for record in snap.records())
            docs = (doc for owner in owners for doc in snap.paragraphs(owner))
        for doc in docs:
            if doc.get(Field.KIND) != TEXT_KIND:
                continue
            about = _about(snap, doc[Field.ARTICLE])
            for quote in doc[Field.ATTRIBUTION]["quotes"]:
                if (
                    wanted
                    and quote["speaker"] not in same
                    and not _name_matches(wanted, quote["speaker"])
                ):
                    continue
                if kinds and quote["kind"] not in kinds:
                    continue
                yield QuoteLine(
                    doc[Field.ARTICLE],
                    doc[Field.N],
                    quote["kind"],
                    quote["text"],
                    quote["speaker"],
                    quote["source"],
                    doc.get(Field.SECTION),
                    about.kinds.get(quote["speaker"], "person") if quote["speaker"] else None,
                    about.title,
                    about.outlet,
                    doc.get(Field.DATE) or None,
                    about.url,
                )

    @_reads_index
    def articles(self) -> list[ArticleInfo]:
        """Every indexed article, by id."""
        from .listings import ArticleInfo

        found = []
        for record in self._current().records():
            about = record.get(Field.ATTRIBUTION) or {}
            found.append(
                ArticleInfo(
                    record[Field.OWNER],
                    about.get("date"),
                    about.get("paragraphs", 0),
                    tuple(about.get("speakers", ())),
                    record.get(Field.PATH, ""),
                    about.get("lang", "nb"),
                    about.get("title"),
                    about.get("outlet"),
                    about.get("url"),
                    tuple(about.get("authors", ())),
                    about.get("agency"),
                )
            )
        return sorted(found, key=lambda a: a.id)

    @_reads_index
    def article(self, article_id: str, *, typed: bool = False):
        """The indexed article ``article_id`` (an `index.Article`, with every paragraph's
        attribution) and its file, or an `ArticleMissing` error. With ``typed`` (what a person
        typed on the command line), it may also be the article's file as a path, or a file
        name that only one indexed article has ("norquad-543", "norquad-543.txt")."""
        snap = self._current()
        owner = self._owner(snap, article_id) if typed else article_id
        record = snap.record(owner)
        article = snap.article(owner) if record else None
        if record is None or article is None:
            raise ArticleMissing(
                f"no article {article_id!r} in the index; list them with: sitat articles"
            )
        return article, record.get(Field.PATH)

    @staticmethod
    def _owner(snap: Snapshot, typed: str) -> str:
        """The id of the article ``typed`` names: its id, its file or a unique file name."""
        import os

        from index.reading import FORMATS

        if snap.record(typed):
            return typed
        records = list(snap.records())
        real = os.path.realpath(typed) if os.path.exists(typed) else None
        by_path = [r[Field.OWNER] for r in records if real and r.get(Field.PATH) == real]
        if len(by_path) == 1:
            return by_path[0]
        stem, suffix = os.path.splitext(typed)
        wanted = stem if suffix.lower() in FORMATS else typed
        ending = [
            r[Field.OWNER]
            for r in records
            if r[Field.OWNER] == wanted or r[Field.OWNER].endswith("/" + wanted.lstrip("./"))
        ]
        if len(ending) == 1:
            return ending[0]
        if len(ending) > 1:
            raise ArticleMissing(
                f"{typed!r} names {len(ending)} articles ({', '.join(sorted(ending)[:5])}); "
                "give the whole id"
            )
        return typed


class ArticleMissing(SitatError):
    """No article with that id is indexed."""


_NAMES_ASKED = re.compile(r"\b(?:speaker|source):")
# A word typed with a capital, not a field's value; and the parts of a query in quotes.
_CAPITALISED = re.compile(r"(?<![\w:\-])[A-ZÆØÅ][^\W\d_]*(?![\w:])")
_QUOTED_PART = re.compile(r'"[^"]*"?')
_TYPED_IN_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def _whole_identities(node: t.Node, names_of: dict[str, tuple[str, ...]]) -> t.Node:
    """``node`` with each speaker name it filters by widened to all the names of that
    speaker's identity ("Ap" to "Ap" or "Arbeiderpartiet")."""
    parts = (
        [node] if isinstance(node, t.Term) else list(node.parts) if isinstance(node, t.Or) else []
    )
    terms = [n for n in parts if isinstance(n, t.Term) and n.field == Field.SPEAKER_EXACT]
    if terms and len(terms) == len(parts):
        wanted = dict.fromkeys(n for term in terms for n in names_of.get(term.text, (term.text,)))
        if len(wanted) == len(terms):
            return node
        boost = getattr(node, "boost", 1.0)
        return t.Or(tuple(t.Term(Field.SPEAKER_EXACT, n, boost) for n in wanted))
    return t.mapped(node, lambda child: _whole_identities(child, names_of))


@dataclass(frozen=True)
class _About:
    """What a hit shows of its article: the file, headline, outlet and link."""

    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    kinds: dict[str, str] = field(default_factory=dict)  # speaker -> person | organisation …


def _about(snap: Snapshot, article: str) -> _About:
    """An article's file and metadata, from its record: the first document written for it
    (a record and its paragraphs are added together, record first), found by one term
    lookup, and remembered for this generation of the index."""
    cache = _RECORDS.get(snap)
    if cache is None:
        cache = _RECORDS[snap] = {}
    if article not in cache:
        record = snap.record(article) or {}
        about = record.get(Field.ATTRIBUTION) or {}
        cache[article] = _About(
            record.get(Field.PATH),
            about.get("title"),
            about.get("outlet"),
            about.get("url"),
            dict(about.get("kinds") or {}),
        )
    return cache[article]


# Each snapshot (one generation of the index) remembers the articles it looked up.
_RECORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def search(
    query: str,
    *,
    speaker: str | None = None,
    source: str | None = None,
    section: str | None = None,
    quote: str | None = None,
    lang: str | None = None,
    outlet: str | None = None,
    limit: int = 10,
    exact_total: bool = False,
    sort: str = "relevance",
    context: int = 0,
    facets: bool = False,
    index: str | Path | None = None,
) -> Results:
    """The best ``limit`` paragraphs for ``query``, with how it was answered; see
    `Searcher.search`."""
    with Searcher(index) as searcher:
        return searcher.search(
            query,
            speaker=speaker,
            source=source,
            section=section,
            quote=quote,
            lang=lang,
            limit=limit,
            exact_total=exact_total,
            sort=sort,
            context=context,
            facets=facets,
        )


def _prepare_default(index_dir: Path, notify: Callable[[str], None] | None) -> None:
    try:
        build_default_index(index_dir, notify=notify)
    except IndexDamaged:
        build_default_index(index_dir, repair=True, notify=notify)


def _quoted(value: str) -> str:
    return '"' + value.replace('"', " ") + '"'


def _filter_text(**filters: str | None) -> str:
    parts = []
    for name, value in filters.items():
        if value:
            parts.append(f"{name}:{_quoted(value) if name not in ('quote', 'lang') else value}")
    return " ".join(parts)


def _outlets_resolved(node: t.Node, snap: Snapshot, notes: list[str]) -> t.Node:
    """``outlet:`` terms made the indexed outlets they name in any case or spelling
    ("outlet:nrk", "outlet:tv2" for "TV 2"); a name no article has is noted."""
    if isinstance(node, t.Term | t.Phrase) and node.field == Field.OUTLET:
        typed = node.text if isinstance(node, t.Term) else " ".join(node.words)
        key = _outlet_key(typed)
        indexed = snap.values(Field.OUTLET)
        found = [name for name in indexed if _outlet_key(name) == key]
        if not found:
            known = ", ".join(indexed[:8]) or "none"
            notes.append(f"No article is from an outlet called «{typed}» (outlets: {known}).")
            return t.Term(Field.OUTLET, typed)
        return t.either(t.Term(Field.OUTLET, name) for name in found)
    return t.mapped(node, lambda child: _outlets_resolved(child, snap, notes))


def _named_so(wanted: list[str], names: tuple[str, ...]) -> bool:
    """Whether one of ``names`` has, for each typed word, a word that begins with it."""
    for name in names:
        words = [fold(w.lower()) for w in re.findall(r"[\w-]+", name)]
        if all(any(w.startswith(typed) for w in words) for typed in wanted):
            return True
    return False


def _outlet_key(name: str) -> str:
    return "".join(fold(name.lower()).split())


def _text_only(node: t.Node) -> t.Node:
    """A query with a NOT, kept to text paragraphs: NOT matches everything else, headings
    and article records too."""
    if any(isinstance(n, t.Not) for n in _nodes(node)):
        return t.And((node, t.Term(Field.KIND, TEXT_KIND)))
    return node


def _nodes(node: t.Node):
    yield node
    for child in t.children(node):
        yield from _nodes(child)


def _with_context(snap: Snapshot, hits: tuple[Hit, ...], context: int) -> tuple[Hit, ...]:
    """The hits, each with the ``context`` paragraphs before and after it in its article."""
    from dataclasses import replace

    paragraphs: dict[str, dict[int, Neighbour]] = {}
    for hit in hits:
        if hit.article not in paragraphs:
            docs = snap.paragraphs(hit.article)
            paragraphs[hit.article] = {
                d[Field.N]: Neighbour(d[Field.N], d[Field.KIND], d[Field.BODY]) for d in docs
            }
    return tuple(
        replace(
            hit,
            context=tuple(
                paragraphs[hit.article][n]
                for n in range(hit.n - context, hit.n + context + 1)
                if n != hit.n and n in paragraphs[hit.article]
            ),
        )
        for hit in hits
    )


def _hits(snap: Snapshot, found, terms, by_date: bool) -> tuple[Hit, ...]:
    """Hits from (stored fields, score) pairs, in the order sitat shows them: best first, or
    newest first (then best) with undated paragraphs last."""
    hits = [
        _hit(fields, score, terms, _about(snap, fields[Field.ARTICLE])) for fields, score in found
    ]
    if by_date:
        hits.sort(key=_newest_first)
    else:
        hits.sort(key=lambda h: (-round(h.score, 6), h.article, h.n))
    return tuple(hits)


def _newest_first(hit: Hit) -> tuple:
    """Dated before undated, newer before older, then best, then in article order. A date
    is inverted letter by letter; the 0 at its end puts "2019-12" after "2019-12-11"."""
    inverted = tuple(-ord(ch) for ch in hit.date or "") + (0,)
    return (hit.date is None, inverted, -round(hit.score, 6), hit.article, hit.n)


def _hit(result, score: float, terms: set[str], about: _About) -> Hit:
    text = result[Field.BODY]
    spans = matched_spans(text, terms)
    snippet = make_snippet(text, spans)
    attribution = result[Field.ATTRIBUTION]
    speakers = tuple(attribution["speakers"])
    sources = tuple(attribution["sources"])
    date = result.get(Field.DATE) or None
    return Hit(
        article=result[Field.ARTICLE],
        n=result[Field.N],
        score=float(score or 0.0),
        section=result.get(Field.SECTION),
        speakers=speakers,
        sources=sources,
        quote=result.get(Field.QUOTE, "none"),
        date=date,
        text=text,
        snippet=snippet.text,
        highlights=snippet.highlights,
        matches=tuple(spans),
        path=about.path,
        title=about.title,
        outlet=about.outlet,
        url=about.url,
        cite=citation(
            text,
            attribution.get("quotes", ()),
            speakers,
            sources,
            about,
            date,
            result[Field.ARTICLE],
        ),
    )


def citation(
    text: str,
    quotes,
    speakers: tuple[str, ...],
    sources: tuple[str, ...],
    about: _About,
    date: str | None,
    article: str,
) -> str:
    """«quote» – Speaker to Source. Headline, Outlet, date, url. Words in «» only when they
    are someone's own (a direct quote); a paraphrase is cited as the paragraph says it."""
    direct = next((q for q in quotes if q.get("kind") in ("direct", "partial")), None)
    said = f"«{direct['text']}»" if direct else text
    who = (direct.get("speaker") if direct else None) or ", ".join(speakers)
    to = (direct.get("source") if direct else None) or ", ".join(sources)
    return cited(said, who, to, [about.title or article, about.outlet, date, about.url])


def cited(said: str, who: str | None, to: str | None, where: list[str | None]) -> str:
    """A citation: the words, who said them to whom, then where they were published."""
    if who and to:
        said += f" – {who} to {to}."
    elif who:
        said += f" – {who}."
    elif not said.endswith((".", "!", "?", "»")):
        said += "."
    return f"{said} {', '.join(part for part in where if part)}"


def _name_key(name: str) -> list[str]:
    return fold(name.lower()).split()


def _name_matches(wanted: list[str], name: str | None) -> bool:
    """'Putin', 'vladimir putin' and 'Erdoğan' match the names that contain those words."""
    if not name:
        return False
    words = fold(name.lower()).split()
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words)))
