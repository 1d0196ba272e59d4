"""Which written Norwegian an article is in: bokmål ("nb") or nynorsk ("nn").

Decided from the text by counting words that only one standard writes (nynorsk "ikkje",
"eg", "kva", "frå", "berre", "eit"; bokmål "ikke", "jeg", "hva", "fra", "bare", "et"): the
commonest words of each differ, so a few sentences are enough. A bokmål article quoting
dialect, or a nynorsk one quoting a bokmål press release, still has more of its own."""

from __future__ import annotations

import re
from typing import Literal

Standard = Literal["nb", "nn"]
STANDARDS: tuple[Standard, ...] = ("nb", "nn")

# Frequent words spelt one way in nynorsk and another in bokmål (each list: words the other
# standard does not write). From the commonest words of each standard's news.
NYNORSK_MARKERS = frozenset(
    """
    ikkje eg ho dei kva kven kvar korleis kvifor frå berre noko nokon mykje fleire òg vere
    vore vart seier meiner fortel eit ein sjølv heile medan sidan hjå desse difor saman gjere
    gjer gjekk kome kjem berre fekk no mellom nokre eigen eigne ifølgje ifylgje heilt veke
    veker meir mest kanskje
    """.split()
) - {"kanskje", "mest", "mellom"}
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
