"""sitat's own query tree: what a query means, apart from the engine that answers it.

`search.query` reads the query language into these nodes and fits them to the index (stems
and spellings, names, dates); `search.api` adds filters; `search.whoosh.query` compiles the
result for Whoosh, the one engine today. A field is one of `index.schema.Field`'s names.
Nodes are frozen: a step that changes a query builds a new one.
"""

from __future__ import annotations

from collections.abc import Callable


class _Node:
    """Frozen, compared and hashed by kind and fields. (Not dataclasses: making fifteen of
    them costs 8 ms, a twentieth of a whole `sitat search`.)"""

    __slots__: tuple[str, ...] = ()
    _names: tuple[str, ...] = ()  # the fields, its bases' and its own, in order

    def __init_subclass__(cls) -> None:
        mro = reversed(cls.__mro__)
        cls._names = tuple(name for k in mro for name in k.__dict__.get("__slots__", ()))

    def _fields(self) -> tuple:
        return tuple(getattr(self, name) for name in self._names)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._fields() == self._fields()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._fields()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._names)
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)


class _Word(_Node):
    __slots__ = ("field", "text", "boost")
    field: str
    text: str
    boost: float

    def __init__(self, field: str, text: str, boost: float = 1.0):
        self._set(field=field, text=text, boost=boost)


class Term(_Word):
    """A word of a field, as indexed (a stem, a name, a date, a code)."""

    __slots__ = ()


class Phrase(_Node):
    """Words in this order, at most ``slop`` positions apart."""

    __slots__ = ("field", "words", "slop", "boost")
    field: str
    words: tuple[str, ...]
    slop: int
    boost: float

    def __init__(self, field: str, words: tuple[str, ...], slop: int = 1, boost: float = 1.0):
        self._set(field=field, words=words, slop=slop, boost=boost)


class Spellings(_Node):
    """A phrase whose places each hold one of several words (the spellings of a word typed
    in ASCII: "folger" is følger or folger); scored as the sum of its words, unboosted."""

    __slots__ = ("field", "places", "slop")
    field: str
    places: tuple[tuple[str, ...], ...]
    slop: int

    def __init__(self, field: str, places: tuple[tuple[str, ...], ...], slop: int = 1):
        self._set(field=field, places=places, slop=slop)


class Prefix(_Word):
    """Every word of a field that starts with ``text``."""

    __slots__ = ()


class Wildcard(_Node):
    """A pattern with * (any letters) and ? (one letter)."""

    __slots__ = ("field", "pattern", "boost")
    field: str
    pattern: str
    boost: float

    def __init__(self, field: str, pattern: str, boost: float = 1.0):
        self._set(field=field, pattern=pattern, boost=boost)


class Fuzzy(_Node):
    """A word within ``edits`` edits of ``text`` that starts with its first ``prefix``
    letters."""

    __slots__ = ("field", "text", "edits", "prefix", "boost")
    field: str
    text: str
    edits: int
    prefix: int
    boost: float

    def __init__(self, field: str, text: str, edits: int = 1, prefix: int = 1, boost: float = 1.0):
        self._set(field=field, text=text, edits=edits, prefix=prefix, boost=boost)


class Range(_Node):
    """Terms from ``start`` to ``end`` (None: open), the ends included unless excluded."""

    __slots__ = ("field", "start", "end", "start_excluded", "end_excluded", "boost")
    field: str
    start: str | None
    end: str | None
    start_excluded: bool
    end_excluded: bool
    boost: float

    def __init__(
        self,
        field: str,
        start: str | None,
        end: str | None,
        start_excluded: bool = False,
        end_excluded: bool = False,
        boost: float = 1.0,
    ):
        self._set(
            field=field,
            start=start,
            end=end,
            start_excluded=start_excluded,
            end_excluded=end_excluded,
            boost=boost,
        )


class _Group(_Node):
    __slots__ = ("parts", "boost")
    parts: tuple[Node, ...]
    boost: float

    def __init__(self, parts: tuple[Node, ...], boost: float = 1.0):
        self._set(parts=parts, boost=boost)


class And(_Group):
    """Every part."""

    __slots__ = ()


class Or(_Group):
    """Any part."""

    __slots__ = ()


class Not(_Node):
    __slots__ = ("part", "boost")
    part: Node
    boost: float

    def __init__(self, part: Node, boost: float = 1.0):
        self._set(part=part, boost=boost)


class AndNot(_Node):
    """``positive`` without ``negative`` (the query language's ANDNOT)."""

    __slots__ = ("positive", "negative")
    positive: Node
    negative: Node

    def __init__(self, positive: Node, negative: Node):
        self._set(positive=positive, negative=negative)


class AndMaybe(_Node):
    """``required``, ranked higher where ``optional`` matches too (ANDMAYBE)."""

    __slots__ = ("required", "optional")
    required: Node
    optional: Node

    def __init__(self, required: Node, optional: Node):
        self._set(required=required, optional=optional)


class Require(_Node):
    """``scored`` where ``required`` matches too, ranked by ``scored`` alone (REQUIRE)."""

    __slots__ = ("scored", "required")
    scored: Node
    required: Node

    def __init__(self, scored: Node, required: Node):
        self._set(scored=scored, required=required)


class Everything(_Node):
    """Every document (with a value in ``field``, when given): "*" alone."""

    __slots__ = ("field", "boost")
    field: str | None
    boost: float

    def __init__(self, field: str | None = None, boost: float = 1.0):
        self._set(field=field, boost=boost)


class Nothing(_Node):
    """Matches no document."""

    __slots__ = ()


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
