"""One generation of a Whoosh index behind `search.snapshot.Snapshot`.

The searcher's questions in Whoosh's terms: a query tree is compiled (`query`), its
prefixes and fuzzy words turned into the words they stand for within the query's clock
(`expansion`), and answered by the bulk scorer (`bulk`) where its shape allows, else by
Whoosh's own searcher, time-limited where a pattern may stand for most of the index.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from whoosh import query as q

from index.analysis import query_forms
from index.errors import IndexDamaged, IndexMissing
from index.schema import ARTICLE, Field
from index.stored import damaged, open_index, release_failed_read, stored_article, stored_documents

from .. import clock as clocks
from .. import tree as t
from ..snapshot import Ranked
from .bulk import BulkScorer
from .expansion import Expanded, bounded
from .query import LanguageParser, to_whoosh
from .spelling import Spelling

OPEN_RETRIES = 8  # a commit may delete a segment between reading the TOC and opening it
TEXT = Field.TEXT
_COMPILED = 8  # queries whose compiled, expanded form is kept (a search asks for facets too)


def open_snapshot(index_dir: Path) -> WhooshSnapshot:
    """The newest generation of the index in ``index_dir``. A commit may delete a segment
    between our reading the table of contents and opening the segment, so a failed open is
    tried again a few times."""
    for attempt in range(OPEN_RETRIES):
        try:
            ix = open_index(index_dir)
            return WhooshSnapshot(ix, ix.searcher())
        except (IndexMissing, IndexDamaged):
            if attempt >= 2:
                raise
        except Exception as err:  # Whoosh reports damaged segments in many ways  # noqa: BLE001
            if attempt == OPEN_RETRIES - 1:
                raise damaged(index_dir, err) from None
            release_failed_read(err)
        time.sleep(0.02 * (attempt + 1))
    raise IndexMissing(str(index_dir))  # not reached


class WhooshSnapshot:
    """A Whoosh searcher on one generation of the index (``whoosh``), and what the searcher
    asks of it."""

    def __init__(self, ix, searcher):
        self.ix, self.whoosh = ix, searcher
        self._reader = searcher.reader()
        self._languages: dict[bool, LanguageParser] = {}
        self._bulk: BulkScorer | None = None
        self._spelling: Spelling | None = None
        self._compiled: dict[tuple[t.Node, object], tuple[q.Query, bool]] = {}

    # the generation

    def up_to_date(self) -> bool:
        return self.whoosh.up_to_date()

    def close(self) -> None:
        self.whoosh.close()

    def doc_count(self) -> int:
        return self.whoosh.doc_count()

    # words and values

    def language(self, *, any_word: bool) -> LanguageParser:
        found = self._languages.get(any_word)
        if found is None:
            found = self._languages[any_word] = LanguageParser(self.ix.schema, any_word=any_word)
        return found

    def known(self, form: str) -> bool:
        return (TEXT, form) in self._reader

    def has_word(self, word: str) -> bool:
        return any(self.whoosh.doc_frequency(TEXT, form) for form in query_forms(word.lower()))

    def closest_word(self, word: str) -> str | None:
        if self._spelling is None:
            self._spelling = Spelling(self.whoosh, TEXT)
        return self._spelling.closest_word(word)

    def values(self, field: str) -> list[str]:
        return [
            v.decode("utf-8") if isinstance(v, bytes) else v for v in self._reader.lexicon(field)
        ]

    def doc_frequency(self, field: str, value: str) -> int:
        return self._reader.doc_frequency(field, value)

    def docs_with(self, field: str, value: str) -> Iterable[int]:
        if (field, value) not in self._reader:
            return ()
        return self._reader.postings(field, value).all_ids()

    # documents

    def stored(self, doc: int) -> dict:
        return self.whoosh.stored_fields(doc)

    def record(self, owner: str) -> dict | None:
        # The record is the first document written for an article (record, then paragraphs):
        # one term lookup, not a scan of the article's documents.
        for doc in self.docs_with(Field.OWNER, owner):
            fields = self.whoosh.stored_fields(doc)
            if fields.get(Field.KIND) == ARTICLE:
                return fields
            break
        return self.whoosh.document(**{Field.KIND: ARTICLE, Field.OWNER: owner})

    def records(self) -> Iterator[dict]:
        return self.whoosh.documents(**{Field.KIND: ARTICLE})

    def paragraphs(self, owner: str) -> list[dict]:
        return stored_documents(self.whoosh, owner)[1]

    def article(self, owner: str):
        return stored_article(self.whoosh, owner)

    # queries

    def compiled(self, query: t.Node, clock: clocks.Clock | None) -> tuple[q.Query, bool]:
        """The Whoosh query for ``query``, its prefixes and fuzzy words as the words found for
        them within the clock, and whether that search was cut short. Kept for the clock's
        search (its count and facets ask again), not for the next search."""
        key = (query, clock)
        found = self._compiled.get(key)
        if found is None:
            deadline = clock.deadline if clock is not None else None
            found = bounded(to_whoosh(query), self._reader, deadline=deadline)
            if len(self._compiled) >= _COMPILED:
                del self._compiled[next(iter(self._compiled))]
            self._compiled[key] = found
        return found

    def bulk(self) -> BulkScorer:
        if self._bulk is None:
            self._bulk = BulkScorer(self.whoosh)
        return self._bulk

    def top(
        self,
        query: t.Node,
        limit: int,
        *,
        by_date: bool,
        exact_total: bool,
        clock: clocks.Clock | None,
    ) -> Ranked:
        """The query shapes sitat produces are answered by the bulk scorer, whose count is
        exact; others (prefixes, fuzzy words, spellings of an ASCII phrase, a sort by date)
        by Whoosh, counted exactly by a second pass unless scoring was stopped."""
        parsed, cut = self.compiled(query, clock)
        if parsed is q.NullQuery:
            return Ranked(0, (), True, False, cut, frozenset())
        terms = frozenset(self._matched_terms(parsed))
        answer = None if by_date or _expands(parsed) else self.bulk().search(parsed, limit)
        if answer is not None:
            best = tuple((self.stored(doc), score) for score, doc in answer.top)
            return Ranked(answer.total, best, True, False, cut, terms)
        results = None
        found: list[tuple[dict, float]]
        if by_date:
            # Whoosh's sort by a field puts paragraphs without a date before the newest
            # ones, and which of them reach the top then depends on the limit: dated ones are
            # collected first, newest first, and undated ones fill what is left.
            from whoosh import sorting

            newest = sorting.MultiFacet(
                [sorting.FieldFacet(Field.DATE, reverse=True), sorting.ScoreFacet()]
            )
            dated = q.Every(Field.DATE)
            results, stopped = self._collect(q.And([parsed, dated]), limit, clock, newest)
            found = [(r.fields(), -r.score[-1]) for r in results]
            if len(found) < limit and not stopped:
                rest, stopped = self._collect(q.AndNot(parsed, dated), limit - len(found), clock)
                found += [(r.fields(), r.score) for r in rest]
                results = None
        else:
            results, stopped = self._collect(parsed, limit, clock)
            found = [(r.fields(), r.score) for r in results]

        def ranked(total: int, exact: bool) -> Ranked:
            return Ranked(total, tuple(found), exact, stopped, cut, terms)

        if len(found) < limit and not stopped:
            return ranked(len(found), True)
        if results is not None and not by_date and results.has_exact_length() and not stopped:
            return ranked(len(results), True)
        if exact_total or not stopped:
            docs = self._matching(parsed)
            if exact_total or clock is None:
                return ranked(sum(1 for _ in docs), True)
            total, complete = clocks.counted(docs, clock)
            return ranked(max(total, len(found)), complete)
        try:
            estimate = results.estimated_min_length() if results is not None else 0
        except ValueError:  # Whoosh cannot estimate a fuzzy term that expands to nothing
            estimate = 0
        return ranked(max(estimate, len(found)), False)

    def matching(self, query: t.Node, clock: clocks.Clock | None = None) -> Iterable[int]:
        return self._matching(self.compiled(query, clock)[0])

    def _matching(self, parsed: q.Query) -> Iterable[int]:
        docs = self.bulk().matching(parsed)
        return docs if docs is not None else self.whoosh.docs_for_query(parsed)

    def _collect(self, parsed: q.Query, limit: int, clock: clocks.Clock | None, sortedby=None):
        """Whoosh's top ``limit`` results for ``parsed``, and whether scoring stopped when
        the query's clock ran out. A prefix or fuzzy word may stand for words in most
        paragraphs ("st* OR fo*" took 8 s at 10,000 articles): it is scored for the time
        left, keeping the best found."""
        if clock is None or not _expands(parsed):
            return self.whoosh.search(parsed, limit=limit, sortedby=sortedby), False
        from whoosh.collectors import TimeLimit, TimeLimitCollector

        collector = TimeLimitCollector(
            self.whoosh.collector(limit=limit, sortedby=sortedby),
            timelimit=max(clock.left(), 0.001),
            use_alarm=False,
        )
        stopped = False
        try:
            self.whoosh.search_with_collector(parsed, collector)
        except TimeLimit:
            stopped = True
        return collector.results(), stopped

    def _matched_terms(self, parsed: q.Query) -> set[str]:
        """The indexed text forms the query matches (prefixes and fuzzy terms expanded).

        (Whoosh's own ``existing_terms`` reuses its ``fieldname`` argument as a loop variable
        and drops every field after the first; and it does not look inside span queries.)"""
        reader = self._reader
        terms: set[str] = set()
        stack = [parsed]
        while stack:
            node = stack.pop()
            if isinstance(node, q.MultiTerm) or (node.is_leaf() and hasattr(node, "fieldname")):
                for fieldname, text in node.expanded_terms(reader, phrases=True):
                    text = text.decode("utf-8") if isinstance(text, bytes) else text
                    if fieldname == TEXT and (fieldname, text) in reader:
                        terms.add(text)
            else:
                stack.extend(getattr(node, "subqs", None) or node.children())
        return terms


def _expands(node: q.Query) -> bool:
    """Whether the query has a prefix, wildcard or fuzzy word (one that stands for many)."""
    if isinstance(node, q.Prefix | q.Wildcard | q.FuzzyTerm | Expanded):
        return True
    return any(_expands(child) for child in node.children())
