"""Which body a definite common noun stands for: "ifølge banken" after "Handelsbanken",
"opplyste selskapet" after "flyselskapet Norwegian"."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import BODY_NOUNS, CUE_VERBS, FUNCTION_WORDS
from .story import Reading

BODY_LOOKBACK = 30  # paragraphs searched back for the body a common noun stands for


def body_named_before(r: Reading, k: int) -> str | None:
    """The body a definite common noun at token ``k`` stands for ("ifølge banken",
    "opplyste selskapet"): the last name before it in the article that holds the noun's stem
    ("Handelsbanken", "Ugland-rederiet"), or that the stem's word announces ("flyselskapet
    Norwegian") or ends ("Norsk filminstitutt"). None when nothing before names one."""
    stem = body_stem(r.tokens[k].lower)
    if stem is None:
        return None
    # the paragraphs just before, not the whole article: a long article with many such nouns
    # stays linear
    first = max(0, r.p.n - BODY_LOOKBACK)
    before = [*r.story.texts[first : r.p.n], r.text[: r.tokens[k].start]]
    # "…, vil Altran ikke si noe om. Selskapet vil heller ikke si": a body that spoke earlier
    # in this paragraph and that the article introduced by the noun ("selskapet Altran
    # Tehcnologies"), rather than the last such body named ("jernbaneselskapet National Rail");
    # else one this paragraph names before the noun ("Altran fikk et krav … Selskapet
    # konkluderte med at"); else the last one named
    spoke = spoke_here(r)
    here = before[-1]
    latest = None
    named_here: tuple[int, str] | None = None
    for n in range(len(before) - 1, -1, -1):
        key = (stem, first + n)
        if n == len(before) - 1:  # this paragraph, up to the noun
            found = _bodies_in(stem, before[n])
        elif key in r.story.bodies:
            found = r.story.bodies[key]
        else:
            found = r.story.bodies[key] = _bodies_in(stem, before[n])
        if spoke in found:
            return spoke
        for name in found:
            at = here.rfind(name)
            if at >= 0 and (named_here is None or at > named_here[0]):
                named_here = (at, name)
        if found and latest is None:
            latest = found[-1]
    return named_here[1] if named_here else latest


def _bodies_in(stem: str, text: str) -> tuple[str, ...]:
    """The names of bodies holding ``stem`` that ``text`` gives, in order (kept per article in
    `Story.bodies`: each paragraph is read once for each stem, however many body nouns the
    paragraphs after it hold)."""
    found = []
    for m in _body_names(stem).finditer(text):
        owner = m.group("owner")
        if owner and owner.split()[0].casefold() in FUNCTION_WORDS | CUE_VERBS | {"ifølge"}:
            continue  # "Ifølge banken": a sentence's first word, not a name's
        after = m.group("after")
        if after and after.casefold() in FUNCTION_WORDS:
            continue  # "hjelpeorganisasjonen De hvite hjelmene": not a name in capitals
        found.append(after or owner or m.group("word"))
    return tuple(found)


def spoke_here(r: Reading) -> str | None:
    """The one speaker who spoke last, when that was earlier in this paragraph."""
    last, spoke = r.story.last_speakers, r.story.last_spoke_at
    return last[0] if len(last) == 1 and spoke is not None and spoke[0] == r.p.n else None


def body_stem(word: str) -> str | None:
    """The stem a body's name holds for a definite common noun: "banken" -> "bank", and a
    compound of one ("finansdepartementet" -> "finansdepartement"); None for other words."""
    stem = BODY_NOUNS.get(word)
    if stem is not None:
        return stem
    for noun, noun_stem in BODY_NOUNS.items():
        if word.endswith(noun) and len(word) - len(noun) >= 3:
            return word[: -len(noun)] + noun_stem
    return None


@cache
def _body_names(stem: str) -> re.Pattern[str]:
    stem = re.escape(stem)
    word = rf"[\w-]*{stem}\w*"  # a word holding the stem
    name = r"[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){0,3}"
    # a sentence's first function word is no owner ("Då produksjonsselskapet Eyeworks Dinamo")
    opener = r"Den|Det|De|Dei|En|Et|Ein|Eit|Ei|I|På|Og|Da|Då|Når|Men|Så|Nå|No|Med|Til|Etter"
    owner = rf"(?!(?:{opener})\b)[A-ZÆØÅ][\w-]+"
    return re.compile(
        rf"(?P<word>\b[A-ZÆØÅ][\w-]+?{stem}\w*)"  # "Handelsbanken"
        rf"|\b(?P<owner>{owner} {word})"  # "Norsk filminstitutt"
        rf"|\b{word} (?P<after>{name})"  # "flyselskapet Norwegian"
    )
