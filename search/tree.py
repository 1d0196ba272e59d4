"""sitat's own query tree: what a query means, apart from the engine that answers it.

`search.query` reads the query language into these nodes and fits them to the index (stems
and spellings, names, dates); `search.api` adds filters; `search.whoosh.query` compiles the
result for Whoosh, the one engine today. A field is one of `index.schema.Field`'s names.
Nodes are frozen: a step that changes a query builds a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """A word of a field, as indexed (a stem, a name, a date, a code)."""

    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Phrase:
    """Words in this order, at most ``slop`` positions apart."""

    field: str
    words: tuple[str, ...]
    slop: int = 1
    boost: float = 1.0


@dataclass(frozen=True)
class Spellings:
    """A phrase whose places each hold one of several words (the spellings of a word typed
    in ASCII: "folger" is følger or folger); scored as the sum of its words, unboosted."""

    field: str
    places: tuple[tuple[str, ...], ...]
    slop: int = 1


@dataclass(frozen=True)
class Prefix:
    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Wildcard:
    """A pattern with * (any letters) and ? (one letter)."""

    field: str
    pattern: str
    boost: float = 1.0


@dataclass(frozen=True)
class Fuzzy:
    """A word within ``edits`` edits of ``text`` that starts with its first ``prefix``
    letters."""

    field: str
    text: str
    edits: int = 1
    prefix: int = 1
    boost: float = 1.0


@dataclass(frozen=True)
class Range:
    """Terms from ``start`` to ``end`` (None: open), the ends included unless excluded."""

    field: str
    start: str | None
    end: str | None
    start_excluded: bool = False
    end_excluded: bool = False
    boost: float = 1.0


@dataclass(frozen=True)
class And:
    parts: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Or:
    parts: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Not:
    part: Node
    boost: float = 1.0


@dataclass(frozen=True)
class AndNot:
    """``positive`` without ``negative`` (the query language's ANDNOT)."""

    positive: Node
    negative: Node


@dataclass(frozen=True)
class AndMaybe:
    """``required``, ranked higher where ``optional`` matches too (ANDMAYBE)."""

    required: Node
    optional: Node


@dataclass(frozen=True)
class Require:
    """``scored`` where ``required`` matches too, ranked by ``scored`` alone (REQUIRE)."""

    scored: Node
    required: Node


@dataclass(frozen=True)
class Everything:
    """Every document (with a value in ``field``, when given): "*" alone."""

    field: str | None = None
    boost: float = 1.0


@dataclass(frozen=True)
class Nothing:
    """Matches no document."""


NOTHING = Nothing()

Leaf = Term | Phrase | Spellings | Prefix | Wildcard | Fuzzy | Range | Everything | Nothing
Node = Leaf | And | Or | Not | AndNot | AndMaybe | Require
LEAVES = (Term, Phrase, Spellings, Prefix, Wildcard, Fuzzy, Range, Everything, Nothing)


def children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, And | Or):
        return node.parts
    if isinstance(node, Not):
        return (node.part,)
    if isinstance(node, AndNot):
        return (node.positive, node.negative)
    if isinstance(node, AndMaybe):
        return (node.required, node.optional)
    if isinstance(node, Require):
        return (node.scored, node.required)
    return ()


def mapped(node: Node, change: Callable[[Node], Node]) -> Node:
    """``node`` with ``change`` applied to each of its children (a leaf as it is)."""
    if isinstance(node, And):
        return And(tuple(change(p) for p in node.parts), node.boost)
    if isinstance(node, Or):
        return Or(tuple(change(p) for p in node.parts), node.boost)
    if isinstance(node, Not):
        return Not(change(node.part), node.boost)
    if isinstance(node, AndNot):
        return AndNot(change(node.positive), change(node.negative))
    if isinstance(node, AndMaybe):
        return AndMaybe(change(node.required), change(node.optional))
    if isinstance(node, Require):
        return Require(change(node.scored), change(node.required))
    return node


def either(nodes) -> Node:
    """One node, or an Or of several."""
    nodes = tuple(nodes)
    return nodes[0] if len(nodes) == 1 else Or(nodes)


def field_of(node: Node) -> str | None:
    return getattr(node, "field", None)


def leaves(node: Node):
    """Every leaf under ``node``, left to right."""
    if isinstance(node, LEAVES):
        yield node
    for child in children(node):
        yield from leaves(child)
