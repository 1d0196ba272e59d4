"""Splitting closed Norwegian compounds ("luftvernmissiler" -> "luftvern" + "missiler").

The split is chosen the way Koehn & Knight (2003) do it: among every way of cutting a word into
known parts (with an optional linking -s- or -e- between them), take the one whose parts have the
highest geometric-mean frequency, and split only when that beats the frequency of the whole word.
Frequent names and ordinary words ("Stoltenberg", "Istanbul") therefore stay whole, and a part
must itself be a reasonably common word, so nothing is cut into nonsense.

Frequencies are wordfreq's Norwegian Bokmål list (~318,000 words); it is loaded on first use,
which only indexing needs. A word that is no bokmål word and has no split into bokmål words
is tried again with nynorsk words too (the lemmas of the NorNE nynorsk treebank,
`nynorsk_lemmas.tsv`, made by `train/nynorsk_lemmas.py`), a tail matching a lemma in any
inflection ("fellingsløyva" -> "felling" + "løyva", as "løyve"). Bokmål splits stay as they
were.
"""

import functools
import math
from collections.abc import Callable

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


@functools.cache
def _nynorsk() -> tuple[dict[str, float], dict[str, float]]:
    """Nynorsk lemmas by frequency, and the same by their stem (for inflected tails)."""
    from importlib.resources import files

    lines = files("index").joinpath("nynorsk_lemmas.tsv").read_text(encoding="utf-8").splitlines()
    total = int(lines[0].split("\t")[1])
    lemmas = {word: int(count) / total for word, count in (line.split("\t") for line in lines[1:])}
    by_stem: dict[str, float] = {}
    for word, freq in lemmas.items():
        key = _stem(word)
        by_stem[key] = max(freq, by_stem.get(key, 0.0))
    return lemmas, by_stem


def _bokmal(word: str) -> float:
    return _frequencies().get(word, 0.0)


def _either(word: str) -> float:
    """A word's frequency in bokmål or as a nynorsk lemma, whichever is higher."""
    return max(_bokmal(word), _nynorsk()[0].get(word, 0.0))


def _either_tail(word: str) -> float:
    """As `_either`, and a nynorsk lemma in any inflection ("løyva" as "løyve")."""
    if word.startswith(_NYNORSK_SUFFIXES):
        return _either(word)
    return max(_either(word), _nynorsk()[1].get(_stem(word), 0.0))


# Derivational endings that are also nynorsk words ("heit" hot, "leg" a leg): never a tail,
# or "myndigheitene" would be "myndig" + "heitene".
_NYNORSK_SUFFIXES = ("heit", "leg", "skap")


@functools.cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("norwegian")


def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


def _best_split(
    word: str,
    min_part: int,
    part: Callable[[str], float] = _bokmal,
    tail_part: Callable[[str], float] = _bokmal,
) -> tuple[str, str] | None:
    best, best_score = None, part(word)
    for cut in range(min_part, len(word) - min_part + 1):
        head, tail = word[:cut], word[cut:]
        tail_freq = tail_part(tail)
        if tail_freq < MIN_PART_FREQUENCY or tail in _FUNCTION_WORDS:
            continue
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)]
            if len(stem) < min_part:
                continue
            head_freq = part(stem)
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
    min_part = MIN_NAME_PART if name_like else MIN_PART
    found = _best_split(word, min_part)
    if found is None and frequency(word) < MIN_PART_FREQUENCY:  # not a bokmål word at all
        found = _best_split(word, min_part, _either, _either_tail)
    return found or ()


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
