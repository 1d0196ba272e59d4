"""Splitting closed Norwegian compounds ("luftvernmissiler" -> "luftvern" + "missiler").

The split is chosen the way Koehn & Knight (2003) do it: among every way of cutting a word into
known parts (with an optional linking -s- or -e- between them), take the one whose parts have the
highest geometric-mean frequency, and split only when that beats the frequency of the whole word.
Frequent names and ordinary words ("Stoltenberg", "Istanbul") therefore stay whole, and a part
must itself be a reasonably common word, so nothing is cut into nonsense.

Frequencies are wordfreq's Norwegian Bokmål list (~318,000 words); it is loaded on first use,
which only indexing needs.
"""

import functools
import math

from whoosh.lang import stopwords_for_language

MIN_WORD = 7  # shorter words are almost never compounds worth splitting
MIN_PART = 3
MIN_PART_FREQUENCY = 1e-7  # zipf 2: a word seen about once in ten million
LINKS = ("", "s", "e")
# Frequent short words that make any split score high; never a compound's part.
_FUNCTION_WORDS = frozenset(stopwords_for_language("no")) | {"and", "het", "var", "ene", "ende"}


@functools.cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("nb", wordlist="large")


def frequency(word: str) -> float:
    return _frequencies().get(word, 0.0)


def _best_split(word: str) -> tuple[str, str] | None:
    freq = _frequencies()
    best, best_score = None, freq.get(word, 0.0)
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        tail_freq = freq.get(tail, 0.0)
        if tail_freq < MIN_PART_FREQUENCY or tail in _FUNCTION_WORDS:
            continue
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)]
            if len(stem) < MIN_PART:
                continue
            head_freq = freq.get(stem, 0.0)
            if head_freq < MIN_PART_FREQUENCY or stem in _FUNCTION_WORDS:
                continue
            score = math.sqrt(head_freq * tail_freq)
            if score > best_score:
                best, best_score = (stem, tail), score
    return best


@functools.lru_cache(maxsize=200_000)
def split_compound(word: str) -> tuple[str, ...]:
    """The head and tail of a lower-case compound; () when it is not one.

    Only the outermost split is taken: cutting the parts again turns words that are common in
    their own right into function words ("forsøket" -> "for" + "søket")."""
    if len(word) < MIN_WORD or not word.isalpha():
        return ()
    return _best_split(word) or ()
