"""Snippets: the best fragment(s) of a paragraph, with every matched word marked.

A word is marked when any of its indexed forms matched the query: its stem in any spelling, a
hyphen part, a genitive's owner, or a compound part ("missiler" marks "luftvernmissiler").
Compound parts are recognised as a matched stem that begins or ends the word's stem, so
highlighting never needs the word list that indexing uses to split compounds.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.analysis import TOKEN_PATTERN, text_analyzer

WHOLE_PARAGRAPH = 320  # shorter paragraphs are shown whole
FRAGMENT = 200
MAX_FRAGMENTS = 2
MIN_COMPOUND_PART = 3
ELLIPSIS = "…"

Span = tuple[int, int]

_ANALYZER = text_analyzer()
_TOKEN = re.compile(TOKEN_PATTERN)  # the analyser's own tokeniser


@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: tuple[Span, ...]  # offsets into ``text``


def matched_spans(text: str, terms: set[str]) -> list[Span]:
    """Character ranges of the words in ``text`` whose indexed forms are among ``terms``."""
    if not terms:
        return []
    parts = tuple(t for t in terms if len(t) >= MIN_COMPOUND_PART)
    spans: set[Span] = set()
    for match in _TOKEN.finditer(text):
        at = match.start()
        for start, end, form in word_forms(match.group()):
            if form in terms or form.startswith(parts) or form.endswith(parts):
                spans.add((at + start, at + end))
    return _merge(spans)


@functools.lru_cache(maxsize=1 << 16)
def word_forms(word: str) -> tuple[tuple[int, int, str], ...]:
    """The indexed forms of one word, with their character ranges in it. Every filter of the
    analysis works a token at a time, so a paragraph's forms are its words' forms; a hit's
    words are mostly words seen before, and analysing each once made snippets 5x faster."""
    return tuple(
        (t.startchar, t.endchar, t.text) for t in _ANALYZER(word, chars=True, compounds=False)
    )


def _merge(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, spans: list[Span]) -> Snippet:
    """The whole paragraph when short; else up to two fragments richest in matches."""
    if len(text) <= WHOLE_PARAGRAPH or not spans:
        if len(text) <= WHOLE_PARAGRAPH:
            return Snippet(text, tuple(spans))
        end = _word_end(text, FRAGMENT)
        return Snippet(text[:end] + ELLIPSIS, ())
    windows = _best_windows(text, spans)
    pieces: list[str] = []
    highlights: list[Span] = []
    offset = 0
    for start, end in windows:
        lead = ELLIPSIS if start > 0 and not pieces else (f" {ELLIPSIS} " if pieces else "")
        offset += len(lead)
        piece = text[start:end]
        highlights += [
            (s - start + offset, e - start + offset) for s, e in spans if s >= start and e <= end
        ]
        pieces.append(lead + piece)
        offset += len(piece)
    tail = ELLIPSIS if windows[-1][1] < len(text) else ""
    return Snippet("".join(pieces) + tail, tuple(highlights))


def _best_windows(text: str, spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    remaining = list(spans)
    while remaining and len(chosen) < MAX_FRAGMENTS:
        # The match that opens the window with the most matches; the spans are sorted, so
        # each window's count is a bisection (a paragraph may have thousands of matches).
        starts = [s for s, _ in remaining]
        best = max(
            starts,
            key=lambda s: bisect.bisect_left(starts, s + FRAGMENT) - bisect.bisect_left(starts, s),
        )
        start = _word_start(text, max(0, best - FRAGMENT // 4))
        end = _word_end(text, start + FRAGMENT)
        chosen.append((start, end))
        remaining = [(s, e) for s, e in remaining if not (start <= s and e <= end)]
    chosen.sort()
    merged: list[Span] = []
    for start, end in chosen:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_SENTENCE_START = re.compile(r"[.!?]\s+")


def _word_start(text: str, at: int) -> int:
    """A fragment start at or before ``at``: a sentence start if one is near, else a word."""
    if at <= 0:
        return 0
    window = text[max(0, at - 60) : at]
    sentence = list(_SENTENCE_START.finditer(window))
    if sentence:
        return max(0, at - 60) + sentence[-1].end()
    space = text.rfind(" ", 0, at)
    return space + 1 if space >= 0 else 0


def _word_end(text: str, at: int) -> int:
    if at >= len(text):
        return len(text)
    space = text.find(" ", at)
    return len(text) if space < 0 else space
