"""sitat's query tree and Whoosh's queries, both ways.

The query language is read by Whoosh's parser (with sitat's plugins: no single quotes, since
apostrophes are part of names; fuzzy words) and its answer turned into `search.tree` nodes at
once; after `search.query` and `search.api` have fitted the tree to the index, `to_whoosh`
compiles it for Whoosh's searcher and the bulk scorer (`search.whoosh.bulk`). Another engine would
replace this module, not the query layer.
"""

from __future__ import annotations

import functools

from whoosh import query as q

from index.schema import Field

from .. import tree as t
from ..snapshot import Unreadable


class LanguageParser:
    """The query language's grammar, for one index schema: all words required, or any
    (`search.snapshot.Language`)."""

    def __init__(self, schema, *, any_word: bool):
        self._schema = schema
        self._any_word = any_word
        self._analyzer = schema[Field.TEXT].analyzer

    @functools.cached_property
    def _parser(self):
        """Whoosh's parser, imported and built on the first query that is more than plain
        words (`search.query.QueryParser._plain` reads those): a few milliseconds of every
        `sitat search` start-up otherwise."""
        from whoosh.qparser import AndGroup, FuzzyTermPlugin, OrGroup, SingleQuotePlugin
        from whoosh.qparser import QueryParser as WhooshParser

        group = OrGroup if self._any_word else AndGroup
        parser = WhooshParser(Field.TEXT, self._schema, group=group)
        parser.remove_plugin_class(SingleQuotePlugin)  # apostrophes are part of names
        parser.add_plugin(FuzzyTermPlugin())
        return parser

    def words(self, text: str) -> list[str]:
        return [token.text for token in self._analyzer(text, mode="query")]

    def parse(self, text: str) -> t.Node:
        try:
            parsed = self._parser.parse(text)
        except Exception as err:  # Whoosh's parser signals trouble in many ways  # noqa: BLE001
            raise Unreadable(str(err)) from None
        return from_whoosh(parsed)


def from_whoosh(node: q.Query) -> t.Node:
    """The tree node for a query of Whoosh's parser."""
    if node is q.NullQuery:
        return t.NOTHING
    kind = type(node)
    if kind is q.Term:
        return t.Term(node.fieldname, node.text, node.boost)
    if kind is q.Phrase:
        return t.Phrase(node.fieldname, tuple(node.words), node.slop, node.boost)
    if kind is q.Prefix:
        return t.Prefix(node.fieldname, node.text, node.boost)
    if kind is q.Wildcard:
        return t.Wildcard(node.fieldname, node.text, node.boost)
    if kind is q.FuzzyTerm:
        return t.Fuzzy(node.fieldname, node.text, node.maxdist, node.prefixlength, node.boost)
    if kind is q.TermRange:
        return t.Range(
            node.fieldname, node.start, node.end, node.startexcl, node.endexcl, node.boost
        )
    if kind is q.Every:
        return t.Everything(node.fieldname, node.boost)
    if kind is q.And:
        return t.And(tuple(from_whoosh(s) for s in node.subqueries), node.boost)
    if kind is q.Or and not node.minmatch and not node.scale:
        return t.Or(tuple(from_whoosh(s) for s in node.subqueries), node.boost)
    if kind is q.Not:
        return t.Not(from_whoosh(node.query), node.boost)
    if kind is q.AndNot:
        return t.AndNot(from_whoosh(node.a), from_whoosh(node.b))
    if kind is q.AndMaybe:
        return t.AndMaybe(from_whoosh(node.a), from_whoosh(node.b))
    if kind is q.Require:
        return t.Require(from_whoosh(node.a), from_whoosh(node.b))
    raise Unreadable(f"no tree node for Whoosh's {kind.__name__}")


class _SpanOr(q.SpanOr):
    """Whoosh's SpanOr, able to estimate its size (the stock one raises when it sits in an Or)."""

    def estimate_size(self, ixreader) -> int:
        return self.q.estimate_size(ixreader)


def to_whoosh(node: t.Node) -> q.Query:
    """The Whoosh query for a tree node."""
    if isinstance(node, t.Term):
        return q.Term(node.field, node.text, boost=node.boost)
    if isinstance(node, t.Phrase):
        return q.Phrase(node.field, list(node.words), slop=node.slop, boost=node.boost)
    if isinstance(node, t.Spellings):
        return q.SpanNear2(
            [
                _SpanOr([q.Term(node.field, w) for w in words])
                if len(words) > 1
                else q.Term(node.field, words[0])
                for words in node.places
            ],
            slop=node.slop,
            ordered=True,
        )
    if isinstance(node, t.Prefix):
        return q.Prefix(node.field, node.text, boost=node.boost)
    if isinstance(node, t.Wildcard):
        return q.Wildcard(node.field, node.pattern, boost=node.boost)
    if isinstance(node, t.Fuzzy):
        return q.FuzzyTerm(
            node.field, node.text, boost=node.boost, maxdist=node.edits, prefixlength=node.prefix
        )
    if isinstance(node, t.Range):
        return q.TermRange(
            node.field, node.start, node.end, node.start_excluded, node.end_excluded, node.boost
        )
    if isinstance(node, t.Everything):
        return q.Every(node.field, boost=node.boost)
    if isinstance(node, t.Nothing):
        return q.NullQuery
    if isinstance(node, t.And):
        return q.And([to_whoosh(p) for p in node.parts], boost=node.boost)
    if isinstance(node, t.Or):
        return q.Or([to_whoosh(p) for p in node.parts], boost=node.boost)
    if isinstance(node, t.Not):
        return q.Not(to_whoosh(node.part), boost=node.boost)
    if isinstance(node, t.AndNot):
        return q.AndNot(to_whoosh(node.positive), to_whoosh(node.negative))
    if isinstance(node, t.AndMaybe):
        return q.AndMaybe(to_whoosh(node.required), to_whoosh(node.optional))
    if isinstance(node, t.Require):
        return q.Require(to_whoosh(node.scored), to_whoosh(node.required))
    raise TypeError(f"not a query tree node: {node!r}")
