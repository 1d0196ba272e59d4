"""Which written Norwegian an article is in: bokmål ("nb") or nynorsk ("nn").

Decided from the text by counting words that only one standard writes (nynorsk "ikkje",
"eg", "kva", "frå", "berre", "eit"; bokmål "ikke", "jeg", "hva", "fra", "bare", "et"): the
commonest words of each differ, so a few sentences are enough. A bokmål article quoting
dialect, or a nynorsk one quoting a bokmål press release, still has more of its own."""

from __future__ import annotations

import functools
import re
from typing import Literal

from .lexicon import NYNORSK_TO_BOKMAL

Standard = Literal["nb", "nn"]
STANDARDS: tuple[Standard, ...] = ("nb", "nn")

# Frequent words spelt one way in nynorsk and another in bokmål (each list: words the other
# standard does not write). From the commonest words of each standard's news.
NYNORSK_MARKERS = frozenset(
    """
    ikkje eg ho dei kva kven kvar korleis kvifor frå berre noko nokon mykje fleire òg vere
    vore vart seier meiner fortel eit ein sjølv heile medan sidan hjå desse difor saman gjere
    gjer gjekk kome kjem fekk no nokre eigen eigne ifølgje ifylgje heilt veke veker meir
    """.split()
)
BOKMAL_MARKERS = frozenset(
    """
    ikke jeg hun hva hvem hvor hvordan hvorfor fra bare noe noen mye flere også være vært
    sier mener forteller et en selv hele mens siden hos disse derfor sammen gjøre gjør gikk
    komme kommer fikk nå noen egen egne ifølge helt uke uker mer
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+")


def written_standard(text: str) -> Standard:
    """ "nn" when more of the text's standard-specific words are nynorsk, else "nb"."""
    nynorsk = bokmal = 0
    for word in _WORD.findall(text.casefold()):
        if word in NYNORSK_MARKERS:
            nynorsk += 1
        elif word in BOKMAL_MARKERS:
            bokmal += 1
    return "nn" if nynorsk > bokmal else "nb"


# The same word in the other standard, for searching across them ("seier" finds "sier",
# "kva" "hva", "myndigheit" "myndighet"): the attribution words' table both ways, then the
# regular correspondences of the two spellings, each applied alone. Most candidates are no
# word at all; the query layer keeps those the index holds, and ranks them below the word
# as typed.
_BOKMAL_TO_NYNORSK: dict[str, list[str]] = {}
for _nn, _nb in NYNORSK_TO_BOKMAL.items():
    _BOKMAL_TO_NYNORSK.setdefault(_nb, []).append(_nn)
# (pattern, replacement) over the written word, each applied once. Endings need none: the
# stemmer takes "-ar"/"-er", "-ane"/"-ene" off alike.
_TO_BOKMAL = (
    (r"heit", "het"),  # myndigheit -> myndighet
    (r"leg(?=e|a|t|are|ast|$)", "lig"),  # vanleg -> vanlig, tidlegare -> tidligere
    (r"^kv", "hv"),  # kvit -> hvit
    (r"ei", "e"),  # heile -> hele, meir -> mer, stein -> sten (the first ei)
    (r"au", "ø"),  # draum -> drøm, laus -> løs
)
_TO_NYNORSK = (
    (r"het", "heit"),
    (r"lig(?=e|a|t|ere|st|$)", "leg"),
    (r"^hv", "kv"),
    (r"^([^aeiouyæøå]*)e(?=[^aeiouyæøå])", r"\1ei"),  # the root's e: hele -> heile
    (r"ø", "au"),
)


@functools.cache
def _rules() -> list[tuple[re.Pattern, str]]:
    """Compiled on first use: a search that needs none of them does not pay for them."""
    return [(re.compile(p), r) for p, r in (*_TO_BOKMAL, *_TO_NYNORSK)]


@functools.lru_cache(maxsize=50_000)
def other_standard(word: str) -> tuple[str, ...]:
    """Spellings a lower-case word may have in the other written standard, from either."""
    found = [*([NYNORSK_TO_BOKMAL[word]] if word in NYNORSK_TO_BOKMAL else [])]
    found += _BOKMAL_TO_NYNORSK.get(word, [])
    for pattern, replacement in _rules():
        found.append(pattern.sub(replacement, word, count=1))
    return tuple(dict.fromkeys(f for f in found if f and f != word))
