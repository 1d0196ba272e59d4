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
MIN_SPLIT_AGAIN = 10  # a part this long may be a compound itself
MIN_NAME_PART = 4  # a capitalised word may be a name: "Hollande" is not "hol" + "lande"
MIN_PART_FREQUENCY = 1e-7  # zipf 2: a word seen about once in ten million
LINKS = ("", "s", "e")
# Frequent short words that make any split score high; never a compound's part.
# Inflectional endings that happen to be words ("ens") are never a tail either.
_FUNCTION_WORDS = frozenset(stopwords_for_language("no")) | {
    "and",
    "het",
    "var",
    "ene",
    "ende",
    "ens",
    "ers",
    "ets",
    "ing",
    "lig",
    "ige",
    "ane",
}


@functools.cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("nb", wordlist="large")


def frequency(word: str) -> float:
    return _frequencies().get(word, 0.0)


def _best_split(word: str, min_part: int) -> tuple[str, str] | None:
    freq = _frequencies()
    best, best_score = None, freq.get(word, 0.0)
    for cut in range(min_part, len(word) - min_part + 1):
        head, tail = word[:cut], word[cut:]
        tail_freq = freq.get(tail, 0.0)
        if tail_freq < MIN_PART_FREQUENCY or tail in _FUNCTION_WORDS:
            continue
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)]
            if len(stem) < min_part:
                continue
            head_freq = freq.get(stem, 0.0)
            if head_freq < MIN_PART_FREQUENCY or stem in _FUNCTION_WORDS:
                continue
            score = math.sqrt(head_freq * tail_freq)
            if score > best_score:
                best, best_score = (stem, tail), score
    return best


@functools.lru_cache(maxsize=200_000)
def split_compound(word: str, name_like: bool = False) -> tuple[str, ...]:
    """The head and tail of a lower-case compound; () when it is not one. ``name_like``: the
    word was capitalised, so it may be a name, and each part must be longer.

    Only the outermost split is taken: cutting the parts again turns words that are common in
    their own right into function words ("forsøket" -> "for" + "søket")."""
    if len(word) < MIN_WORD or not word.isalpha():
        return ()
    if word[-1] == "s" and frequency(word[:-1]) > frequency(word):
        return split_compound(word[:-1], name_like)  # a genitive: the owner's parts
    if _derived_adjective(word):
        return ()
    return _best_split(word, MIN_NAME_PART if name_like else MIN_PART) or ()


def _derived_adjective(word: str) -> bool:
    """An adjective made from a word with -sk ("allergiske" from "allergi", "politisk" from
    "politi"): a derivation, not a compound, so it is never cut ("aller" + "giske")."""
    for ending in ("ske", "sk"):
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 4 and frequency(base) >= MIN_PART_FREQUENCY:
            return True
    return False


def compound_parts(word: str, name_like: bool = False) -> tuple[str, ...]:
    """Every part worth indexing: the head and tail, and the parts of a long part in turn
    ("bjørkepollenallergi" -> "bjørk", "pollenallergi", "pollen", "allergi"). Only parts of
    at least `MIN_SPLIT_AGAIN` letters are cut again: shorter ones are words in their own
    right ("forsøket" is not "for" + "søket")."""
    parts = split_compound(word, name_like)
    found = list(parts)
    for part in parts:
        if len(part) >= MIN_SPLIT_AGAIN:
            found += split_compound(part)
    return tuple(dict.fromkeys(found))
