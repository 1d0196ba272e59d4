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
from itertools import chain, repeat
from operator import add, mul, neg
from dataclasses import dataclass

from whoosh import query as q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F, bm25
from whoosh.util.numeric import byte_to_length

from index.codec import CompactCodec, CompactPositions, blocks


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
            for reader, _ in searcher.reader().leaf_readers())
        self.weighting = weighting
        self._lengths: dict[tuple[int, str], bytes] = {}
        self._length_bytes: dict[tuple[int, str], list[int]] = {}

    def search(self, query: q.Query, limit: int) -> Answer | None:
        """The best ``limit`` documents for ``query`` and how many matched, or None when the
        query has a shape this scorer does not answer."""
        if not self.usable:
            return None
        plan = _plan(query, self)
        if plan is None:
            return None
        total, best = 0, []
        for number, (reader, offset) in enumerate(self.searcher.reader().leaf_readers()):
            segment = _Segment(number, reader, self)
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
        """Each document's length byte in this field of the segment, read once."""
        key = (segment.number, fieldname)
        found = self._lengths.get(key)
        if found is None:
            reader = segment.reader
            count = reader.doc_count_all()
            column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            found = b"" if column is None else column._dbfile.get(column._basepos,
                                                                  column._count)
            found = self._lengths[key] = found + bytes(count + 1 - len(found))
        return found

    def length_bytes(self, segment: _Segment, fieldname: str) -> list[int]:
        """The length bytes that occur in this field of the segment."""
        key = (segment.number, fieldname)
        found = self._length_bytes.get(key)
        if found is None:
            found = self._length_bytes[key] = sorted(set(self.lengths(segment, fieldname)) - {0})
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


class _Postings:
    """A term's posting list in one segment: document ids, weights (None: all 1.0) and the
    blocks, whose positions are decoded only when a phrase asks."""

    __slots__ = ("ids", "weights", "blocks", "_set", "_weight_of", "_distinct")

    def __init__(self, ids: list[int], weights: list[float] | None, blocks_: list):
        self.ids, self.weights, self.blocks = ids, weights, blocks_
        self._set: set[int] | None = None
        self._weight_of: dict[int, float] | None = None
        self._distinct: set[float] | None = None

    @property
    def weight_of(self) -> dict[int, float]:
        if self._weight_of is None:
            self._weight_of = dict(zip(self.ids, self.weights)) if self.weights is not None \
                else dict.fromkeys(self.ids, 1.0)
        return self._weight_of

    @property
    def distinct_weights(self) -> set[float]:
        if self._distinct is None:
            self._distinct = set(self.weights) if self.weights is not None else {1.0}
        return self._distinct

    @property
    def set(self) -> set[int]:
        if self._set is None:
            self._set = set(self.ids)
        return self._set

    @classmethod
    def read(cls, reader, fieldname: str, text: bytes) -> _Postings | None:
        terms = reader._terms  # the segment's W3TermsReader: the term index and postings file
        try:
            info = terms.term_info(fieldname, text)
        except TermNotFound:
            return None
        if info.is_inlined():
            ids, weights, _ = info.inlined_postings()
            return cls(list(ids), [float(w) for w in weights], [])
        offset, length = info.extent()
        found = list(blocks(terms._postfile, offset, length,
                            reader.schema[fieldname].format.fixed_value_size()))
        ids: list[int] = []
        weights: list[float] | None = None
        for block in found:
            block_weights = block.weights()
            if block_weights is not None and weights is None:
                weights = [1.0] * len(ids)
            if weights is not None:
                weights.extend([1.0] * block.count if block_weights is None
                               else block_weights.tolist())
            ids.extend(block.ids())
        return cls(ids, weights, found)

    def wanted_blocks(self, wanted: set[int]) -> list[tuple[list[int], object]]:
        """(ids, block) of the blocks that have a document in ``wanted``."""
        found = []
        start = 0
        for block in self.blocks:
            ids = self.ids[start:start + block.count]
            start += block.count
            if not wanted.isdisjoint(ids):
                found.append((ids, block))
        return found

    def positions(self, wanted: set[int]) -> dict[int, list[int]]:
        """The positions of the documents in ``wanted``, decoding only blocks that have one."""
        found: dict[int, list[int]] = {}
        start = 0
        for block in self.blocks:
            ids = self.ids[start:start + block.count]
            start += block.count
            if wanted.isdisjoint(ids):
                continue
            for doc, positions in zip(ids, block.positions()):
                if doc in wanted:
                    found[doc] = positions
        return found


class _Node:
    """A part of a query. Its documents in a segment are a set; its scores are a list aligned
    with a list of documents, 0.0 for those it does not match, so that summing the parts
    of a query is ``map(add, …)`` in C and not a Python loop per document."""

    def docs(self, segment: _Segment) -> set[int]:
        found = segment.docs.get(self)
        if found is None:
            found = segment.docs[self] = self._docs(segment)
        return found

    def _docs(self, segment: _Segment) -> set[int]:
        raise NotImplementedError

    def scores(self, segment: _Segment, docs: list[int], within: bool) -> list[float]:
        """The score of each of ``docs``; ``within``: they are all this node's documents."""
        raise NotImplementedError

    def _masked(self, segment: _Segment, docs: list[int], scores, within: bool) -> list[float]:
        """``scores`` where this node matches, 0.0 elsewhere."""
        if within:
            return list(scores)
        return list(map(mul, scores, map(self.docs(segment).__contains__, docs)))


class _Nothing(_Node):
    def _docs(self, segment):
        return set()

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
            self.B = weighting._field_B.get(fieldname, weighting.B)
            self.K1 = weighting.K1

    def _docs(self, segment):
        postings = segment.postings(self.fieldname, self.text)
        return postings.set if postings else set()

    def scores(self, segment, docs, within):
        postings = segment.postings(self.fieldname, self.text)
        if postings is None:
            return [0.0] * len(docs)
        if not self.scorable:  # Whoosh scores an unscorable term by its highest weight
            weight = segment.reader.term_info(self.fieldname, self.text).max_weight()
            score = weight * self.boost if self.boost != 1.0 else weight
            return self._masked(segment, docs, repeat(score, len(docs)), within)
        # Scores are looked up in a table by weight and length byte (the few there are),
        # computed with Whoosh's own bm25 so they are the same floats.
        lengths = segment.scorer.lengths(segment, self.fieldname)
        weight_of = postings.weight_of
        rows = {0.0: 0}
        for weight in postings.distinct_weights:
            rows[weight] = 256 * len(rows)
        table = [0.0] * (256 * len(rows))
        for weight, row in rows.items():
            if weight:
                for length in segment.scorer.length_bytes(segment, self.fieldname):
                    table[row + length] = self._score(weight, length)
        row_of = map(rows.__getitem__, map(weight_of.get, docs, repeat(0.0)))
        return list(map(table.__getitem__, map(add, row_of, map(lengths.__getitem__, docs))))

    def _score(self, weight: float, length: int) -> float:
        found = bm25(self.idf, weight, byte_to_length(length), self.avgfl, self.B, self.K1)
        return found * self.boost if self.boost != 1.0 else found


class _Or(_Node):
    def __init__(self, children: list[_Node], boost: float):
        self.children, self.boost = children, boost

    def _docs(self, segment):
        found: set[int] = set()
        for child in self.children:
            found |= child.docs(segment)
        return found

    def scores(self, segment, docs, within):
        total = [0.0] * len(docs)
        wanted: set[int] | None = None
        position: dict[int, int] | None = None
        for child in self.children:
            if 4 * len(child.docs(segment)) >= len(docs):
                total = list(map(add, total, child.scores(segment, docs, False)))
                continue
            # A child with few of the documents (one of many spellings or names): score
            # its own and add them in place.
            if wanted is None:
                wanted, position = set(docs), dict(zip(docs, range(len(docs))))
            mine = list(child.docs(segment) & wanted)
            for at, score in zip(map(position.__getitem__, mine),
                                 child.scores(segment, mine, True)):
                total[at] += score
        return list(map(mul, total, repeat(self.boost))) if self.boost != 1.0 else total


class _And(_Node):
    def __init__(self, children: list[_Node], excluded: list[_Node], boost: float):
        self.children, self.excluded, self.boost = children, excluded, boost

    def _docs(self, segment):
        found: set[int] | None = None
        for child in sorted(self.children, key=lambda c: len(c.docs(segment))):
            found = set(child.docs(segment)) if found is None else found & child.docs(segment)
            if not found:
                return set()
        for child in self.excluded:
            found -= child.docs(segment)
        return found or set()

    def scores(self, segment, docs, within):
        if not within:  # score only our documents, then place them
            mine = [doc for doc in docs if doc in self.docs(segment)]
            scored = dict(zip(mine, self.scores(segment, mine, True)))
            return list(map(scored.get, docs, repeat(0.0)))
        # Whoosh matches a NOT with an inverse matcher that scores 1.0 wherever it matches.
        negations = [[1.0] * len(docs) for _ in self.excluded]
        return _summed([child.scores(segment, docs, True) for child in self.children]
                       + negations, self.boost)


class _Phrase(_Node):
    """Words in order, each within ``slop`` positions of the one before (Whoosh's SpanNear2
    with mindist 1), scored as the sum of its words."""

    def __init__(self, scorer: BulkScorer, fieldname: str, words: list[bytes], slop: int,
                 boost: float):
        self.fieldname, self.words, self.slop, self.boost = fieldname, words, slop, boost
        self.terms = [_Term(scorer, fieldname, word, 1.0) for word in words]

    def _docs(self, segment):
        postings = [segment.postings(self.fieldname, word) for word in self.words]
        if any(p is None for p in postings):
            return set()
        candidates = set.intersection(*(p.set for p in postings))
        if not candidates:
            return candidates
        if self.slop == 1:  # the words next to each other: one set intersection
            blocks_ = [p.wanted_blocks(candidates) for p in postings]
            last = len(blocks_) - 1
            stride = 1 + last + max(block.max_position() for found in blocks_
                                    for _, block in found)
            keys = None
            for shift, found in zip(range(last, -1, -1), blocks_):
                these = chain.from_iterable(block.position_keys(ids, stride, shift)
                                            for ids, block in found)
                keys = set(these) if keys is None else keys.intersection(these)
            return {key // stride for key in keys}
        positions = [p.positions(candidates) for p in postings]
        slop = self.slop
        found = set()
        for doc in candidates:
            ends = positions[0][doc]
            for word in positions[1:]:
                following = word[doc]
                ends = [b for b in following if any(1 <= b - e <= slop for e in ends)]
                if not ends:
                    break
            else:
                found.add(doc)
        return found

    def scores(self, segment, docs, within):
        summed = _summed([term.scores(segment, docs, False) for term in self.terms],
                         self.boost)
        return self._masked(segment, docs, summed, within)


def _summed(parts: list[list[float]], boost: float) -> list[float]:
    total = parts[0]
    for part in parts[1:]:
        total = list(map(add, total, part))
    return list(map(mul, total, repeat(boost))) if boost != 1.0 else total


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
        return _Phrase(scorer, node.fieldname, words, node.slop, node.boost)
    if type(node) in (q.Prefix, q.TermRange) and node.fieldname in schema \
            and not schema[node.fieldname].scorable:
        # A filter (date:2016): every term it stands for, each scored as Whoosh's
        # unscorable term.
        texts = list(node._btexts(scorer.searcher.reader()))
        return _Or([_Term(scorer, node.fieldname, t, 1.0) for t in texts], node.boost) \
            if texts else _Nothing()
    if type(node) is q.Or and not node.scale and not node.minmatch:
        children = [_plan(child, scorer) for child in node.subqueries]
        return None if any(c is None for c in children) else _Or(children, node.boost)
    if type(node) is q.And:
        positive, excluded = [], []
        for child in node.subqueries:
            if type(child) is q.Not:
                planned = _plan(child.query, scorer)
                excluded.append(planned)
            else:
                planned = _plan(child, scorer)
                positive.append(planned)
            if planned is None:
                return None
        if not positive:
            return None
        return _And(positive, excluded, node.boost)
    return None
