"""Prefixes, fuzzy words and wildcards expanded within a time budget.

Whoosh expands ``st*`` or ``hjelp~`` into the words they stand for while it scores, with no
limit: 286 two-letter prefixes took 17 s, and counting them 288 s. Here every such word is
expanded first, by walking the index's terms with the clock checked as it goes: at most
``MAX_WORDS`` words a query, found within ``SECONDS``. What was found replaces the pattern
(`Expanded`, which Whoosh scores exactly as it scores the pattern: the same words, the same
constant score), so scoring, counting and facets all work on a bounded list, and the caller
says the search stopped when a list was cut short.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from whoosh import query as q
from whoosh.support.levenshtein import distance

from .internals import wildcard_parts

SECONDS = 0.5  # for all the expansions of one query
MAX_WORDS = 4000  # words all the patterns of one query may stand for together
_CHECK_EVERY = 256  # terms walked between looks at the clock


class Expanded(q.MultiTerm):
    """A prefix, fuzzy word or wildcard as the words it was found to stand for."""

    def __init__(self, pattern: q.MultiTerm, words: list[bytes]) -> None:
        self.fieldname = pattern.fieldname
        self.text = pattern.text
        self.boost = pattern.boost
        self.constantscore = getattr(pattern, "constantscore", True)
        self.pattern = pattern
        self.words = tuple(words)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Expanded)
            and self.pattern == other.pattern
            and self.words == other.words
        )

    def __hash__(self) -> int:
        return hash((self.pattern, self.words))

    def __repr__(self) -> str:
        return f"Expanded({self.pattern!r}, {len(self.words)} words)"

    def __str__(self) -> str:
        return str(self.pattern)

    def _btexts(self, ixreader):
        return iter(self.words)


class _Budget:
    def __init__(self, seconds: float, max_words: int, deadline: float | None = None) -> None:
        self.deadline = time.monotonic() + seconds
        if deadline is not None:  # the query's own clock, when it runs out sooner
            self.deadline = min(self.deadline, deadline)
        self.left = max_words
        self.cut = False


def bounded(
    parsed: q.Query,
    reader,
    seconds: float = SECONDS,
    max_words: int = MAX_WORDS,
    deadline: float | None = None,
) -> tuple[q.Query, bool]:
    """``parsed`` with each prefix, fuzzy word and wildcard of a scored field replaced by the
    words it stands for, as many as were found in time (``seconds``, and no later than
    ``deadline``, the query's clock); and whether any list was cut."""
    budget = _Budget(seconds, max_words, deadline)

    def visit(node: q.Query) -> q.Query:
        if type(node) in (q.Prefix, q.FuzzyTerm, q.Wildcard) and _scored(node, reader):
            return Expanded(node, _words(node, reader, budget))
        return node.apply(visit)

    return visit(parsed), budget.cut


def _scored(node, reader) -> bool:
    schema = reader.schema
    return node.fieldname in schema and schema[node.fieldname].scorable and bool(node.text)


def _words(node, reader, budget: _Budget) -> list[bytes]:
    field = reader.schema[node.fieldname]
    wanted: Callable[[str], object] | None = None
    if type(node) is q.Prefix:
        start = node.text
    elif type(node) is q.FuzzyTerm:
        start = node.text[: node.prefixlength]
        text, most = node.text, node.maxdist

        def wanted(word: str) -> bool:
            return distance(word, text, limit=most) <= most
    else:  # a wildcard
        start, pattern = wildcard_parts(node)
        wanted = re.compile(pattern).match
    terms = reader.expand_prefix(node.fieldname, start) if start else reader.lexicon(node.fieldname)
    found: list[bytes] = []
    for walked, btext in enumerate(terms):
        if walked % _CHECK_EVERY == 0 and time.monotonic() > budget.deadline:
            budget.cut = True
            break
        if wanted is not None and not wanted(field.from_bytes(btext)):
            continue
        if budget.left <= 0:
            budget.cut = True
            break
        found.append(btext)
        budget.left -= 1
    return found
