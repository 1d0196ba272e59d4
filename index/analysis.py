"""Norwegian analysis for Whoosh: a chain of small filters, one idea each.

    tokenize -> stop words -> hyphen parts -> genitive -s -> compound parts -> lower case
             -> ASCII-folded forms -> Snowball stem

One field holds both spellings of a word: its exact stem ("følg") and, when folding changes it,
its folded stem marked with FOLDED ("~folg"). A word typed in ASCII ("folger") is its own folded
form. So a query word searches its exact stem (boosted), its marked folded stem and its unmarked
folded stem, and an exact match ranks above a folded one: folding alone conflates real words
("får" and "far"). Keeping one field (not an exact and a folded one) halves what indexing writes.

Extra forms (hyphen parts, the genitive's owner, compound parts, the folded form) are emitted at
the position of the word they come from, so phrases still match.

At query time the chain yields one lower-case, unstemmed word per position (no extra forms):
the query layer expands each word with `query_forms`. Whoosh pickles the analyzer into the
index's schema, so everything here is a module-level class or function.
"""

import functools
import re

import Stemmer
from unidecode import unidecode
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, Token
from whoosh.lang import stopwords_for_language

from .compounds import MIN_WORD as MIN_COMPOUND
from .compounds import split_compound

# Numbers with thousands separators or decimals ("70.000", "1,5") stay whole; words may be
# joined by hyphens ("nato-landet", "Sør-Europa").
TOKEN_PATTERN = r"\d+(?:[.,:]\d+)*|\w+(?:[-‐]\w+)*"
HYPHENS = re.compile(r"[-‐]")
STOP_WORDS = frozenset(stopwords_for_language("no"))
FOLDED = "~"  # marks a folded form that differs from the word as written

_stemmer = Stemmer.Stemmer("norwegian")
_NORWEGIAN_SPELLINGS = re.compile(r"aa|ae|oe")
_SPELT_OUT = {"aa": "å", "ae": "æ", "oe": "ø"}
_SCANDINAVIAN = str.maketrans("æøåÆØÅäöÄÖ", "aoaAOAaoAO")


def stem(word: str) -> str:
    """Snowball Norwegian (the 2025 algorithm), through PyStemmer."""
    return _stemmer.stemWord(word)


cached_stem = functools.lru_cache(maxsize=200_000)(stem)


@functools.lru_cache(maxsize=50_000)
def query_forms(word: str) -> tuple[str, ...]:
    """What a lower-case query word searches, best first: its exact stem, then its folded stem
    as marked in words with other letters, then as written in ASCII words.

    Folding and stemming do not commute: folding first changes the endings Snowball sees
    ("militær" -> "militar" -> "milit"), and stemming first keeps letters Snowball does not
    count as vowels ("gülen" stays whole, "gulen" -> "gul"). So both orders are indexed (see
    `folded_stems`) and searched. A word typed with ae, oe or aa is read as æ, ø, å before it is
    stemmed, so "militaer" meets "militær"."""
    exact = stem(word)
    folded = (fold(stem(_NORWEGIAN_SPELLINGS.sub(lambda m: _SPELT_OUT[m.group()], word))),
              stem(fold(word)))
    return tuple(dict.fromkeys((exact, *(FOLDED + f for f in folded), *folded)))


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """ASCII key of a lower-case word: 'følger', 'foelger' and 'folger' all give 'folger'.

    The Norwegian spellings of æ ø å typed on an ASCII keyboard (ae, oe, aa) are first read back
    as the letters, as Lucene's NorwegianNormalizationFilter does; then æ ø å fold to a o a, as
    Lucene's ScandinavianFoldingFilter does, and every other letter with unidecode
    ("Erdoğan" -> "erdogan")."""
    if word.isascii() and not _NORWEGIAN_SPELLINGS.search(word):
        return word
    word = _NORWEGIAN_SPELLINGS.sub(lambda m: _SPELT_OUT[m.group()], word)
    return unidecode(word.translate(_SCANDINAVIAN)).lower()


def _alias(token, text):
    """A copy of `token` with another text, at the same position and characters.

    Take it before the token is yielded: the filters after this one change tokens in place."""
    return Token(**{**token.__dict__, "text": text, "alias": True})


@functools.lru_cache(maxsize=200_000)
def _compound_parts(text: str) -> tuple[str, ...]:
    if not text[1:].islower():
        return ()  # an acronym, or not a word
    return split_compound(text.lower(), text[0].isupper())


class HyphenFilter(Filter):
    """'nato-landet' also as 'natolandet', 'nato' and 'landet' (indexing only)."""

    def __call__(self, tokens):
        for t in tokens:
            text = t.text
            if ("-" in text or "‐" in text) and t.mode != "query":
                parts = [p for p in HYPHENS.split(text) if p]
                aliases = [_alias(t, x) for x in ["".join(parts), *parts]] if len(parts) > 1 else ()
                yield t
                yield from aliases
            else:
                yield t


def genitive_owner(word: str) -> str | None:
    """The name or acronym of a genitive: 'FNs' -> 'FN', 'Putins' -> 'Putin'; else None.

    Only capitalised words count: ordinary words ending in s ("hus", "pris") are left alone."""
    if len(word) < 3 or word[-1] != "s" or not word[0].isupper():
        return None
    owner = word[:-1]
    if owner.isupper() and len(owner) >= 2:
        return owner
    if len(owner) >= 3 and owner[1:].islower() and owner[-1] != "s":
        return owner
    return None


class GenitiveFilter(Filter):
    """Index 'Putins' as 'Putins' and 'Putin', 'FNs' as 'FNs' and 'FN'.

    At query time an acronym's -s is dropped ("FNs" finds "FN" and "FNs"), while a capitalised
    word is kept as typed, since "Paris" is not the genitive of "Pari"."""

    def __call__(self, tokens):
        for t in tokens:
            text = t.text
            owner = genitive_owner(text) if text[-1] == "s" and text[0].isupper() else None
            if owner is None:
                yield t
            elif t.mode == "query":
                if owner.isupper():
                    t.text = owner
                yield t
            elif cached_stem(owner.lower()) == cached_stem(text.lower()):
                yield t  # Snowball already takes the -s off ("Putins" -> "putin")
            else:
                alias = _alias(t, owner)
                yield t
                yield alias


class CompoundFilter(Filter):
    """Also index the head and tail of a compound: 'kuppforsøket' -> 'kupp', 'forsøket'.

    Capitalised words are split too (a sentence often starts with one: "Strømprisene steg");
    names stay whole because the split must beat the whole word's own frequency. Words in
    capitals are acronyms and are left alone. Calling the analyzer with ``compounds=False``
    skips this (and the word list it loads)."""

    def __call__(self, tokens):
        for t in tokens:
            text = t.text
            if (len(text) >= MIN_COMPOUND and t.mode != "query"
                    and not getattr(t, "alias", False) and getattr(t, "compounds", True)):
                parts = _compound_parts(text)
                if parts:
                    aliases = [_alias(t, part) for part in parts]
                    yield t
                    yield from aliases
                    continue
            yield t


class StopWordFilter(Filter):
    """Drop Norwegian stop words, in any case (only Norwegian ones: Whoosh's
    `StopFilter(lang="no")` adds the English list, which removes "by", "is" and "from").

    It runs first, so the filters after it never see a stop word, and renumbers positions so a
    phrase matches across one."""

    def __call__(self, tokens):
        pos = -1
        for t in tokens:
            text = t.text
            if text in STOP_WORDS or (text[0].isupper() and text.lower() in STOP_WORDS):
                if t.removestops:
                    continue
                t.stopped = True
            else:
                t.stopped = False
            if t.positions:
                pos += 1
                t.pos = pos
            yield t


@functools.lru_cache(maxsize=200_000)
def folded_stems(word: str) -> tuple[str, ...]:
    """The FOLDED-marked forms indexed beside a word's stem: the stem folded, and the folded
    word stemmed (see `query_forms`), where they differ from the stem itself."""
    stemmed = stem(word)
    folded = (fold(stemmed), stem(fold(word)))
    return tuple(FOLDED + f for f in dict.fromkeys(folded) if f != stemmed)


class FoldFilter(Filter):
    """Add the ASCII-folded forms of a word whose letters fold ('følger' -> '~folg'), already
    stemmed (see `folded_stems`)."""

    def __call__(self, tokens):
        for t in tokens:
            folded = () if t.mode == "query" else folded_stems(t.text)
            if not folded:
                yield t
                continue
            aliases = [_alias(t, f) for f in folded]
            yield t
            yield from aliases


class AsciiFilter(Filter):
    """Replace each token by its ASCII key (for names: 'Köse' is found by 'Kose')."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class SnowballFilter(Filter):
    """Stem indexed tokens with Snowball Norwegian. Query words pass unstemmed: the query
    layer stems them, exact and folded, with `query_forms`."""

    def __call__(self, tokens):
        for t in tokens:
            if t.mode != "query" and t.text[0] != FOLDED:  # folded forms come stemmed
                t.text = cached_stem(t.text)
            yield t


def text_analyzer():
    """The paragraph text field's chain (see the module's docstring)."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | StopWordFilter()
        | HyphenFilter()
        | GenitiveFilter()
        | CompoundFilter()
        | LowercaseFilter()
        | FoldFilter()
        | SnowballFilter()
    )
