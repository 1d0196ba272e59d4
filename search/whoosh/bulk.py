"""Whole posting lists at a time: the query shapes sitat produces, scored in bulk.

Whoosh answers a query one posting at a time through a tree of matcher objects: about ten
Python calls and 2 µs for every posting that matches. Profiled at 10,000 articles, that was
98% of a query's time. Here a query reads each of its terms' posting lists whole (decoded in C
from `index.codec`'s compact blocks), intersects AND terms, NOTs and filters as sets, checks
phrase positions only for documents that have every word, and scores BM25F with Whoosh's own
statistics (idf, average length, the length column read once per segment, its ``bm25``
function), keeping the top k with a heap. The number of matches is exact for free.

The shapes: terms, OR of spellings, AND, phrases, NOT inside AND, and the date prefixes and
ranges filters become. Anything else (prefixes and fuzzy words, span queries, a sort by date)
returns None, and the caller asks Whoosh. `tests/test_bulk.py` holds the two to the same hits,
scores and totals.
"""

from __future__ import annotations

import heapq
import sys
from abc import ABC, abstractmethod
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain, repeat
from operator import add, mul, neg, truediv
from typing import Any

from whoosh import query as q
from whoosh.scoring import BM25F, bm25
from whoosh.util.numeric import byte_to_length

from index.codec import Block, CompactCodec, CompactPositions, blocks

from .expansion import Expanded
from .internals import field_b, filter_terms, length_bytes, postings_extent

# Postings (of all a phrase's words together) from which its positions are matched in NumPy
# arrays: below, the pure Python sets are as fast and NumPy's import (70 ms) is not paid.
ARRAYS_FROM = 20_000
ARRAY_SCORES_FROM = 2_000  # documents to score in one long list, for arrays to pay


@dataclass(frozen=True)
class Answer:
    total: int  # every matching document
    top: tuple[tuple[float, int], ...]  # (score, document number), best first


class BulkScorer:
    """Answers queries on one searcher (one generation of the index)."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.schema = searcher.schema
        weighting = searcher.weighting
        self.usable = type(weighting) is BM25F and all(
            isinstance(reader.codec(), CompactCodec)
            for reader, _ in searcher.reader().leaf_readers()
        )
        self.weighting = weighting
        self._norms: dict[tuple, tuple[list[int], list[float]]] = {}

    def search(self, query: q.Query, limit: int) -> Answer | None:
        """The best ``limit`` documents for ``query`` and how many matched, or None when the
        query has a shape this scorer does not answer."""
        if not self.usable:
            return None
        plan = _plan(query, self)
        if plan is None:
            return None
        try:
            return self._answer(plan, limit)
        except _Unsupported:
            return None

    def matching(self, query: q.Query) -> list[int] | None:
        """Every document matching ``query`` (not in order), or None for a shape this scorer
        does not answer."""
        plan = _plan(query, self) if self.usable else None
        if plan is None:
            return None
        found: list[int] = []
        try:
            for number, (reader, offset) in enumerate(self.searcher.reader().leaf_readers()):
                docs = plan.docs(_Segment(number, reader, self))
                if docs and reader.has_deletions():
                    docs = docs - reader.deleted_docs_set
                found.extend(doc + offset for doc in docs)
        except _Unsupported:
            return None
        return found

    def _answer(self, plan: _Node, limit: int) -> Answer:
        total = 0
        best: list[tuple[float, int]] = []  # (score, -document) from every segment
        for number, (reader, offset) in enumerate(self.searcher.reader().leaf_readers()):
            segment = _Segment(number, reader, self)
            if isinstance(plan, _Term) and plan.scorable:
                count, top = plan.best(segment, limit)
                total += count
                best.extend((score, negated - offset) for score, negated in top)
                continue
            docs = plan.docs(segment)
            if docs and reader.has_deletions():
                docs = docs - reader.deleted_docs_set
            if not docs:
                continue
            total += len(docs)
            ordered = list(docs)
            scores = plan.scores(segment, ordered, plan.docs(segment) is docs)
            # Highest score first; of equal scores the lowest document number, as Whoosh.
            top = heapq.nlargest(limit, zip(scores, map(neg, ordered)))
            best.extend((score, negated - offset) for score, negated in top)
        top = heapq.nlargest(limit, best)
        return Answer(total, tuple((score, -doc) for score, doc in top))

    def lengths(self, segment: _Segment, fieldname: str) -> bytes:
        """Each document's length byte in this field of the segment (read once by the
        segment's `index.codec` per-document reader)."""
        return length_bytes(segment.reader, fieldname) or bytes(segment.reader.doc_count_all() + 1)

    def norms(
        self, segment: _Segment, fieldname: str, avgfl: float, B: float, K1: float
    ) -> tuple[list[int], list[float]]:
        """The length bytes that occur in this field of the segment, and for each BM25's
        length normalisation ``K1 * ((1 - B) + B * fl / avgfl)``: the same for every term
        of the field."""
        key = (segment.number, fieldname, avgfl, B, K1)
        found = self._norms.get(key)
        if found is None:
            present = sorted(set(self.lengths(segment, fieldname)) - {0})
            found = self._norms[key] = (
                present,
                [K1 * ((1 - B) + B * byte_to_length(length) / avgfl) for length in present],
            )
        return found


class _Segment:
    """One segment while one query is answered: its term postings, read once."""

    def __init__(self, number: int, reader, scorer: BulkScorer):
        self.number, self.reader, self.scorer = number, reader, scorer
        self._postings: dict[tuple[str, bytes], _Postings | None] = {}
        self.docs: dict[_Node, set[int]] = {}  # each part of the query's documents

    def postings(self, fieldname: str, text: bytes) -> _Postings | None:
        key = (fieldname, text)
        if key not in self._postings:
            self._postings[key] = _Postings.read(self.reader, fieldname, text)
        return self._postings[key]


class _Unsupported(Exception):
    """Something this scorer leaves to Whoosh (postings inlined in the term index)."""


class _Postings:
    """A term's posting list in one segment. Its blocks are decoded when first needed: all of
    them for a term that is scored whole, and only those that may hold a wanted document when
    the term is intersected with a rarer one ("arbeidet setter" reads a few blocks of
    "setter", not all of them)."""

    def __init__(self, blocks_: list[Block]):
        self.blocks = blocks_
        self.size = sum(block.count for block in blocks_)  # from the headers alone
        self._max_ids = [block.max_id for block in blocks_]
        self._decoded: dict[int, tuple[list[int], array | None]] = {}
        self._ids: list[int] | None = None
        self._set: set[int] | None = None
        self._weight_of: dict[int, float] | None = None
        self.max_weight = 0.0  # of the term in this segment, from its term info

    @classmethod
    def read(cls, reader, fieldname: str, text: bytes) -> _Postings | None:
        extent = postings_extent(reader, fieldname, text)
        if extent is None:
            return None
        if extent.inlined:
            raise _Unsupported
        size = reader.schema[fieldname].format.fixed_value_size()
        found = cls(list(blocks(extent.postfile, extent.offset, extent.length, size)))
        found.max_weight = extent.max_weight
        return found

    def _block(self, index: int) -> tuple[list[int], array | None]:
        found = self._decoded.get(index)
        if found is None:
            block = self.blocks[index]
            found = self._decoded[index] = (block.ids(), block.weights())
        return found

    def _holding(self, wanted) -> list[int]:
        """The indexes of the blocks that may hold one of ``wanted``, in order."""
        if 8 * len(wanted) >= self.size:
            return list(range(len(self.blocks)))
        last = len(self.blocks)
        return sorted({i for i in map(bisect_left, repeat(self._max_ids), wanted) if i < last})

    @property
    def id_set(self) -> set[int]:
        if self._set is None:
            self._set = set(self.ids)
        return self._set

    @property
    def ids(self) -> list[int]:
        if self._ids is None:
            self._ids = list(
                chain.from_iterable(self._block(i)[0] for i in range(len(self.blocks)))
            )
        return self._ids

    def among(self, wanted: set[int]) -> set[int]:
        """The documents of ``wanted`` that have this term."""
        if self._set is not None:
            return self._set & wanted
        return wanted.intersection(
            chain.from_iterable(self._block(i)[0] for i in self._holding(wanted))
        )

    def weights(self, docs) -> dict[int, float]:
        """The weight of each of ``docs`` that has this term (perhaps of others too)."""
        if self._weight_of is not None:
            return self._weight_of
        indexes = self._holding(docs)
        decoded = [self._block(i) for i in indexes]
        found = dict(
            zip(
                chain.from_iterable(ids for ids, _ in decoded),
                chain.from_iterable(
                    repeat(1.0, len(ids)) if weights is None else weights
                    for ids, weights in decoded
                ),
            )
        )
        if len(indexes) == len(self.blocks):
            self._weight_of = found
        return found

    def wanted_blocks(self, wanted: set[int] | None) -> list[tuple[list[int], Block]]:
        """(ids, block) of the blocks that have a document in ``wanted`` (None: all)."""
        if wanted is None:
            return [(self._block(i)[0], block) for i, block in enumerate(self.blocks)]
        found = []
        for i in self._holding(wanted):
            ids = self._block(i)[0]
            if not wanted.isdisjoint(ids):
                found.append((ids, self.blocks[i]))
        return found

    def positions(self, wanted: set[int]) -> dict[int, list[int]]:
        """The positions of the documents in ``wanted``."""
        found: dict[int, list[int]] = {}
        for ids, block in self.wanted_blocks(wanted):
            for doc, positions in zip(ids, block.positions()):
                if doc in wanted:
                    found[doc] = positions
        return found


class _Node(ABC):
    """A part of a query. Its documents in a segment are a set; its scores are a list aligned
    with a list of documents, 0.0 for those it does not match, so that summing the parts
    of a query is ``map(add, …)`` in C and not a Python loop per document."""

    def docs(self, segment: _Segment) -> set[int]:
        found = segment.docs.get(self)
        if found is None:
            found = segment.docs[self] = self.among(segment, None)
        return found

    @abstractmethod
    def among(self, segment: _Segment, wanted: set[int] | None) -> set[int]:
        """This node's documents among ``wanted`` (None: all of them)."""
        ...

    @abstractmethod
    def size(self, segment: _Segment) -> int:
        """At least as many documents as it matches, known without decoding postings."""
        ...

    @abstractmethod
    def scores(self, segment: _Segment, docs: list[int], within: bool) -> list[float]:
        """The score of each of ``docs``; ``within``: they are all this node's documents."""
        ...

    def _masked(self, segment: _Segment, docs: list[int], scores, within: bool) -> list[float]:
        """``scores`` where this node matches, 0.0 elsewhere."""
        if within:
            return list(scores)
        mine = segment.docs.get(self)  # all of them, when already found
        if mine is None:
            mine = self.among(segment, set(docs))
        return list(map(mul, scores, map(mine.__contains__, docs)))


class _Nothing(_Node):
    def among(self, segment, wanted):
        return set()

    def size(self, segment):
        return 0

    def scores(self, segment, docs, within):
        return [0.0] * len(docs)


class _Term(_Node):
    def __init__(self, scorer: BulkScorer, fieldname: str, text: bytes, boost: float):
        self.fieldname, self.text, self.boost = fieldname, text, boost
        self.scorable = scorer.schema[fieldname].scorable
        if self.scorable:
            searcher, weighting = scorer.searcher, scorer.weighting
            self.idf = searcher.idf(fieldname, text)
            self.avgfl = searcher.avg_field_length(fieldname) or 1
            self.B = field_b(weighting, fieldname)
            self.K1 = weighting.K1

    def among(self, segment, wanted):
        postings = segment.postings(self.fieldname, self.text)
        if postings is None:
            return set()
        return postings.id_set if wanted is None else postings.among(wanted)

    def size(self, segment):
        postings = segment.postings(self.fieldname, self.text)
        return postings.size if postings else 0

    def scores(self, segment, docs, within):
        postings = segment.postings(self.fieldname, self.text)
        if postings is None:
            return [0.0] * len(docs)
        if not self.scorable:  # Whoosh scores an unscorable term by its highest weight
            weight = postings.max_weight
            score = weight * self.boost if self.boost != 1.0 else weight
            return self._masked(segment, docs, repeat(score, len(docs)), within)
        lengths = segment.scorer.lengths(segment, self.fieldname)
        many = len(docs) >= ARRAY_SCORES_FROM and postings.size >= ARRAYS_FROM
        if many and "numpy" in sys.modules:
            return self._scores_in_arrays(segment, postings, docs, lengths)
        weight_of = postings.weights(docs)
        if len(docs) < 64:  # a few documents: score each
            return [
                self._score(weight_of[doc], lengths[doc]) if doc in weight_of else 0.0
                for doc in docs
            ]
        rows, table = self._table(segment, set(weight_of.values()))
        row_of = map(rows.__getitem__, map(weight_of.get, docs, repeat(0.0)))
        return list(map(table.__getitem__, map(add, row_of, map(lengths.__getitem__, docs))))

    def _scores_in_arrays(
        self, segment: _Segment, postings: _Postings, docs: list[int], lengths: bytes
    ) -> list[float]:
        """`scores` of thousands of documents in a long posting list ("arbeidet setter" at
        100,000 articles: 4,559 paragraphs that have both of two words in 150,000 each),
        looked up in arrays in the same table of floats, where a dictionary of every posting
        of the blocks read took 16 ms a word."""
        import numpy as np

        held = [postings.blocks[i] for i in postings._holding(docs)]
        if not held:
            return [0.0] * len(docs)
        ids, weights = _posting_arrays(held)
        wanted = np.asarray(docs, np.int64)
        at = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
        has = ids[at] == wanted
        row_of = np.zeros(len(wanted), np.int64)  # row 0: a document without the word, 0.0
        rows, table = self._rows_in_arrays(segment, weights[at[has]])
        row_of[has] = rows
        lengths_of = np.frombuffer(lengths, np.uint8)
        return table[row_of + lengths_of[wanted]].tolist()

    def _rows_in_arrays(self, segment: _Segment, weights):
        """`_table` for an array of weights: each weight's row in the table, and the table,
        as arrays."""
        import numpy as np

        distinct = np.unique(weights)
        rows, table = self._table(segment, {float(w) for w in distinct})
        row_of = np.array([rows[float(w)] for w in distinct], np.int64)
        return row_of[np.searchsorted(distinct, weights)], np.asarray(table)

    def _table(self, segment: _Segment, weights) -> tuple[dict[float, int], list[float]]:
        """Scores to look up by weight and length byte: ``table[rows[weight] + length]``,
        computed as Whoosh's bm25 computes them, operation for operation, so they are the
        same floats: idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)));
        the row of weight 0.0 is all 0.0 (a document without the term)."""
        present, norms = segment.scorer.norms(segment, self.fieldname, self.avgfl, self.B, self.K1)
        rows = {0.0: 0}
        table = [0.0] * 256
        for weight in weights:
            if weight in rows:
                continue
            rows[weight] = len(table)
            row = [0.0] * 256
            values = map(
                mul,
                repeat(self.idf),
                map(truediv, repeat(weight * (self.K1 + 1)), map(add, repeat(weight), norms)),
            )
            if self.boost != 1.0:
                values = map(mul, values, repeat(self.boost))
            for length, value in zip(present, values):
                row[length] = value
            table += row
        return rows, table

    def best(self, segment: _Segment, limit: int) -> tuple[int, list[tuple[float, int]]]:
        """A term alone: how many documents it has, and the best ``limit`` as (score,
        -document), reading only the blocks whose best possible score (from the highest
        weight and shortest length in the block's header) can still enter the top: in a
        long posting list most blocks are never decoded."""
        postings = segment.postings(self.fieldname, self.text)
        if postings is None:
            return 0, []
        reader = segment.reader
        deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()
        lengths = segment.scorer.lengths(segment, self.fieldname)
        if postings.size >= ARRAYS_FROM and "numpy" in sys.modules:
            # (A one-shot `sitat search` does not pay NumPy's import for one list: as long
            # as the loop below takes; a server imports it at start.)
            return self._best_in_arrays(segment, postings, limit, deleted, lengths)
        blocks_ = postings.blocks
        bounds = [self._score(block.max_weight, block.min_length_byte) for block in blocks_]
        rows, table = {0.0: 0}, [0.0] * 256
        top: list[tuple[float, int]] = []
        for i in sorted(range(len(blocks_)), key=lambda i: (-bounds[i], i)):
            if len(top) >= limit:
                # Of equal scores the lowest document wins: a block that can at best tie
                # the last of the top, and only with later documents, cannot enter it.
                first = blocks_[i - 1].max_id + 1 if i else 0
                if bounds[i] < top[0][0] or (bounds[i] == top[0][0] and -first < top[0][1]):
                    break
            ids, stored = postings._block(i)
            weights = list(stored) if stored is not None else [1.0] * len(ids)
            if deleted:
                kept = [(doc, w) for doc, w in zip(ids, weights) if doc not in deleted]
                ids, weights = [doc for doc, _ in kept], [w for _, w in kept]
            if not rows.keys() >= set(weights):
                rows, table = self._table(segment, set(weights) | rows.keys())
            scores = map(
                table.__getitem__,
                map(add, map(rows.__getitem__, weights), map(lengths.__getitem__, ids)),
            )
            top = heapq.nlargest(limit, chain(top, zip(scores, map(neg, ids))))
            heapq.heapify(top)  # the last of the top first
        count = postings.size
        if deleted:  # only the blocks that may hold a deleted document are decoded
            count -= len(postings.among(set(deleted)))
        return count, top

    def _best_in_arrays(
        self, segment: _Segment, postings: _Postings, limit: int, deleted, lengths: bytes
    ) -> tuple[int, list[tuple[float, int]]]:
        """`best` for a long posting list, every posting scored in NumPy arrays: where the
        blocks' bounds are loose (a block's highest weight and its shortest length belong to
        different documents, as they do in most blocks of a common word) every block is read
        anyway, and a Python loop over 160,000 postings took 100 ms. The scores are looked up
        in the same table of floats, so they are the same; ties go to the lower document, as
        Whoosh breaks them."""
        import numpy as np

        ids, weights = _posting_arrays(postings.blocks)
        if deleted:
            kept = ~np.isin(ids, np.fromiter(deleted, np.int64, len(deleted)))
            ids, weights = ids[kept], weights[kept]
        if not len(ids):
            return 0, []
        rows, table = self._rows_in_arrays(segment, weights)
        scores = table[rows + np.frombuffer(lengths, np.uint8)[ids]]
        chosen = np.arange(len(ids))
        if len(ids) > limit:
            least = np.partition(scores, len(ids) - limit)[len(ids) - limit]
            chosen = np.nonzero(scores >= least)[0]
        chosen = chosen[np.lexsort((ids[chosen], -scores[chosen]))][:limit]
        return len(ids), [(float(scores[i]), -int(ids[i])) for i in chosen]

    def _score(self, weight: float, length: int) -> float:
        found = bm25(self.idf, weight, byte_to_length(length), self.avgfl, self.B, self.K1)
        return found * self.boost if self.boost != 1.0 else found


class _Or(_Node):
    def __init__(self, children: list[_Node], boost: float):
        self.children, self.boost = children, boost

    def among(self, segment, wanted):
        found: set[int] = set()
        for child in self.children:
            found |= child.docs(segment) if wanted is None else child.among(segment, wanted)
        return found

    def size(self, segment):
        return sum(child.size(segment) for child in self.children)

    def scores(self, segment, docs, within):
        total = [0.0] * len(docs)
        wanted: set[int] | None = None
        position: dict[int, int] | None = None
        for child in self.children:
            if 4 * child.size(segment) >= len(docs):
                total = list(map(add, total, child.scores(segment, docs, False)))
                continue
            # A child with few of the documents (one of many spellings or names): score
            # its own and add them in place.
            if wanted is None:
                wanted, position = set(docs), dict(zip(docs, range(len(docs))))
            mine = list(child.among(segment, wanted))
            for at, score in zip(
                map(position.__getitem__, mine), child.scores(segment, mine, True)
            ):
                total[at] += score
        return list(map(mul, total, repeat(self.boost))) if self.boost != 1.0 else total


class _And(_Node):
    def __init__(self, children: list[_Node], excluded: list[_Node], boost: float):
        self.children, self.excluded, self.boost = children, excluded, boost

    def among(self, segment, wanted):
        # The rarest part first; each other part is only asked about what is left.
        found = wanted
        ordered = sorted(self.children, key=lambda c: c.size(segment))
        words = [c for c in ordered if _words_of(c) is not None]
        if wanted is None and len(words) > 1 and words[0].size(segment) >= ARRAYS_FROM // 4:
            # Common words (or their spellings): the documents they share found in arrays.
            found = _shared_in_arrays(
                [[segment.postings(t.fieldname, t.text) for t in _words_of(c) or ()] for c in words]
            )
            ordered = [c for c in ordered if c not in words]
            if not found:
                return set()
        for child in ordered:
            found = child.among(segment, found) if found is not None else set(child.docs(segment))
            if not found:
                return set()
        for child in self.excluded:
            found -= child.among(segment, found)
        return found

    def size(self, segment):
        return min(child.size(segment) for child in self.children)

    def scores(self, segment, docs, within):
        if not within:  # score only our documents, then place them
            ours = self.among(segment, set(docs))
            mine = [doc for doc in docs if doc in ours]
            scored = dict(zip(mine, self.scores(segment, mine, True)))
            return list(map(scored.get, docs, repeat(0.0)))
        # Whoosh matches a NOT with an inverse matcher that scores 1.0 wherever it matches.
        negations = [[1.0] * len(docs) for _ in self.excluded]
        return _summed(
            [child.scores(segment, docs, True) for child in self.children] + negations, self.boost
        )


class _Phrase(_Node):
    """Words in order, each within ``slop`` positions of the one before (Whoosh's SpanNear2
    with mindist 1), scored as the sum of its words. A place in the phrase may hold any of
    several words (the spellings of an ASCII-typed word: Whoosh's SpanOr), whose positions
    are then one list and whose scores add up where several are present."""

    def __init__(
        self,
        scorer: BulkScorer,
        fieldname: str,
        places: list[list[bytes]],
        slop: int,
        boost: float,
    ):
        self.fieldname, self.places, self.slop, self.boost = fieldname, places, slop, boost
        self.terms = [_Term(scorer, fieldname, word, 1.0) for words in places for word in words]

    def size(self, segment):
        return min(
            sum(term.size(segment) for term in self.terms if term.text in words)
            for words in self.places
        )

    def among(self, segment, wanted):
        # Each place's posting lists (a word the segment lacks has none).
        places = [
            [p for p in (segment.postings(self.fieldname, word) for word in words) if p]
            for words in self.places
        ]
        if not all(places):
            return set()
        sizes = [sum(p.size for p in found) for found in places]
        if self.slop == 1 and wanted is None and 8 * min(sizes) >= max(sizes):
            # Words of similar frequency: every block is read anyway, so no step to find
            # the documents that have them all first.
            candidates = None
            if sum(sizes) >= ARRAYS_FROM:
                return _adjacent_in_arrays(
                    [[p.blocks for p in found] for found in places], sizes, None
                )
            blocks_ = [[p.wanted_blocks(None) for p in found] for found in places]
        else:
            candidates = wanted
            for _, found in sorted(zip(sizes, places), key=lambda item: item[0]):
                if candidates is None:
                    candidates = set(chain.from_iterable(p.ids for p in found))
                else:
                    candidates = set().union(*(p.among(candidates) for p in found))
                if not candidates:
                    return set()
            blocks_ = [[p.wanted_blocks(candidates) for p in found] for found in places]
        if self.slop == 1 and sum(sizes) >= ARRAYS_FROM:
            return _adjacent_in_arrays(
                [[[block for _, block in one] for one in lists] for lists in blocks_],
                sizes,
                candidates,
            )
        if self.slop == 1:  # the words next to each other: one set intersection
            last = len(blocks_) - 1
            stride = (
                1
                + last
                + max(
                    (
                        block.max_position()
                        for lists in blocks_
                        for one in lists
                        for _, block in one
                    ),
                    default=0,
                )
            )
            # A set of the rarest place's keys, probed with the others' (cheaper than sets).
            keys = None
            for shift, lists in sorted(
                zip(range(last, -1, -1), blocks_), key=lambda item: sizes[last - item[0]]
            ):
                these = chain.from_iterable(
                    block.position_keys(ids, stride, shift) for one in lists for ids, block in one
                )
                keys = set(these) if keys is None else keys.intersection(these)
            found = {key // stride for key in keys}
            return found if candidates is None else found & candidates
        positions = [_merged([p.positions(candidates) for p in found]) for found in places]
        slop = self.slop
        matched = set()
        for doc in candidates:
            ends = positions[0][doc]
            for place in positions[1:]:
                following = place[doc]
                ends = [b for b in following if any(1 <= b - e <= slop for e in ends)]
                if not ends:
                    break
            else:
                matched.add(doc)
        return matched

    def scores(self, segment, docs, within):
        summed = _summed([term.scores(segment, docs, False) for term in self.terms], self.boost)
        return self._masked(segment, docs, summed, within)


def _posting_arrays(blocks_: list[Block]):
    """The document ids and weights of the postings of ``blocks_``, as two NumPy arrays."""
    import numpy as np

    ids = np.concatenate([block.posting_ids() for block in blocks_])
    weights = np.concatenate(
        [
            np.ones(block.count) if (w := block.weights()) is None else np.asarray(w, float)
            for block in blocks_
        ]
    )
    return ids, weights


def _words_of(node: _Node) -> list[_Term] | None:
    """The terms of a word or of an OR of words (its spellings); None for anything else."""
    if isinstance(node, _Term):
        return [node]
    if isinstance(node, _Or) and all(isinstance(c, _Term) for c in node.children):
        return node.children  # type: ignore[return-value]
    return None


def _shared_in_arrays(parts: list[list[_Postings | None]]) -> set[int]:
    """The documents that have one of each part's terms, the rarest part first."""
    import numpy as np

    found: Any = None
    for postings in parts:
        present = [p for p in postings if p is not None]
        if not present:
            return set()
        ids = np.concatenate([block.id_array() for p in present for block in p.blocks])
        if len(present) > 1:
            ids.sort()  # several words' documents, one list in order
        # the documents of the parts before, kept where this one has them
        found = ids if found is None else _kept(found, ids)
        if not len(found):
            return set()
    return set(found.tolist())


def _kept(earlier: Any, ids: Any) -> Any:
    """The values of the array ``earlier`` that the sorted array ``ids`` holds."""
    import numpy as np

    at = np.minimum(np.searchsorted(ids, earlier), len(ids) - 1)
    return earlier[ids[at] == earlier]


def _adjacent_in_arrays(
    blocks_: list[list[list[Block]]], sizes: list[int], candidates: set[int] | None
) -> set[int]:
    """The documents where each place's word follows the one before, found as `_Phrase`
    finds them (keys ``doc * stride + position + shift`` that all places share) but in NumPy
    arrays: long posting lists cost a sort in C instead of a Python object per position."""
    import numpy as np

    last = len(blocks_) - 1
    places = []
    for lists in blocks_:
        pairs = [block.position_arrays() for one in lists for block in one]
        places.append(
            (np.concatenate([d for d, _ in pairs]), np.concatenate([p for _, p in pairs]))
        )
    stride = 1 + last + max((int(p.max()) for _, p in places if len(p)), default=0)
    keys: Any = None
    for shift, (docs, positions) in sorted(
        zip(range(last, -1, -1), places), key=lambda item: sizes[last - item[0]]
    ):
        these = np.sort(docs * stride + positions + shift)
        # the keys of the places before, kept where this place has them
        keys = these if keys is None else _kept(keys, these)
        if not len(keys):
            return set()
    found = set((keys // stride).tolist())
    return found if candidates is None else found & candidates


def _merged(positions: list[dict[int, list[int]]]) -> dict[int, list[int]]:
    """The positions of each document in any of several words, in order."""
    if len(positions) == 1:
        return positions[0]
    merged: dict[int, set[int]] = {}
    for found in positions:
        for doc, at in found.items():
            merged.setdefault(doc, set()).update(at)
    return {doc: sorted(at) for doc, at in merged.items()}


def _summed(parts: list[list[float]], boost: float) -> list[float]:
    total = parts[0]
    for part in parts[1:]:
        total = list(map(add, total, part))
    return list(map(mul, total, repeat(boost))) if boost != 1.0 else total


def _span_words(node: q.Query, schema) -> tuple[str, list[bytes]] | None:
    """(field, words) of a place in a span query: a term, or a SpanOr of terms of one field."""
    terms = [node] if type(node) is q.Term else getattr(getattr(node, "q", None), "subqueries", [])
    if not isinstance(node, q.Term | q.SpanOr) or not terms:
        return None
    if any(type(t) is not q.Term or t.fieldname != terms[0].fieldname for t in terms):
        return None
    if terms[0].fieldname not in schema:
        return None
    field = schema[terms[0].fieldname]
    return terms[0].fieldname, [field.to_bytes(t.text) for t in terms]


def _plan(node: q.Query, scorer: BulkScorer) -> _Node | None:
    """Our node for a Whoosh query, or None when the shape is not one we answer."""
    schema = scorer.schema
    if node is q.NullQuery or isinstance(node, q.NullQuery.__class__):
        return _Nothing()
    if type(node) is q.Term:
        if node.fieldname not in schema:
            return _Nothing()
        try:
            text = schema[node.fieldname].to_bytes(node.text)
        except ValueError:
            return _Nothing()
        return _Term(scorer, node.fieldname, text, node.boost)
    if type(node) is q.Phrase:
        field = schema[node.fieldname] if node.fieldname in schema else None
        if field is None or not isinstance(field.format, CompactPositions):
            return None
        words = [field.to_bytes(word) for word in node.words]
        if len(words) == 1:
            return _Term(scorer, node.fieldname, words[0], node.boost)
        return _Phrase(scorer, node.fieldname, [[word] for word in words], node.slop, node.boost)
    if type(node) is q.SpanNear2 and node.ordered and node.mindist == 1:
        # The spellings of a phrase (`search.query`): each place a word or an OR of words.
        # Whoosh scores it unboosted, as the sum of the words present.
        found = [_span_words(child, schema) for child in node.qs]
        places = [place for place in found if place is not None]
        fieldnames = {fieldname for fieldname, _ in places}
        if len(places) != len(found) or len(fieldnames) != 1:
            return None
        (fieldname,) = fieldnames
        if not isinstance(schema[fieldname].format, CompactPositions):
            return None
        return _Phrase(scorer, fieldname, [words for _, words in places], node.slop, 1.0)
    if isinstance(node, Expanded) and node.fieldname in schema:
        # A prefix or fuzzy word as the words found for it. (Scored by Whoosh, which gives
        # every match the same score; counted and faceted here.)
        words = [_Term(scorer, node.fieldname, word, 1.0) for word in node.words]
        return _Or(words, node.boost) if words else _Nothing()
    if (
        type(node) in (q.Prefix, q.TermRange)
        and node.fieldname in schema
        and not schema[node.fieldname].scorable
    ):
        # A filter (date:2016): every term it stands for, each scored as Whoosh's
        # unscorable term.
        texts = filter_terms(node, scorer.searcher.reader())
        return (
            _Or([_Term(scorer, node.fieldname, t, 1.0) for t in texts], node.boost)
            if texts
            else _Nothing()
        )
    if type(node) is q.Or and not node.scale and not node.minmatch:
        parts = [_plan(child, scorer) for child in node.subqueries]
        children = [c for c in parts if c is not None]
        return _Or(children, node.boost) if len(children) == len(parts) else None
    if type(node) is q.And:
        positive: list[_Node] = []
        excluded: list[_Node] = []
        for child in node.subqueries:
            negated = type(child) is q.Not
            planned = _plan(child.query if negated else child, scorer)
            if planned is None:
                return None
            (excluded if negated else positive).append(planned)
        if not positive:
            return None
        return _And(positive, excluded, node.boost)
    return None
