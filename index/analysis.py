"""Norwegian analysis for Whoosh: a chain of small filters, one idea each.

    tokenize -> hyphen parts -> genitive -s -> compound parts -> lower case -> stop words
             -> [fold to ASCII] -> Snowball stem

Two analyzers share the chain. `exact_analyzer` keeps æ, ø and å; `folded_analyzer` folds them
(and every other letter) to ASCII, so "følger", "folger" and "foelger" meet. The index keeps both
fields and ranks an exact match above a folded one, because folding alone conflates real words
("får" and "far"). `words_analyzer` is the unstemmed vocabulary that spelling suggestions need.

Extra forms (hyphen parts, the genitive's owner, compound parts) are emitted at the position of
the word they come from, so phrases still match; at query time each word yields exactly one
token, because Whoosh turns every query token into a word of the phrase.

Whoosh pickles the analyzers into the index's schema: everything here is a module-level class or
function, so an index opens without re-running any set-up.
"""

import functools
import re

import Stemmer
from unidecode import unidecode
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.lang import stopwords_for_language

from .compounds import split_compound

# Numbers with thousands separators or decimals ("70.000", "1,5") stay whole; words may be
# joined by hyphens ("nato-landet", "Sør-Europa").
TOKEN_PATTERN = r"\d+(?:[.,:]\d+)*|\w+(?:[-‐]\w+)*"
HYPHENS = re.compile(r"[-‐]")
STOP_WORDS = frozenset(stopwords_for_language("no"))

_stemmer = Stemmer.Stemmer("norwegian")
_NORWEGIAN_SPELLINGS = re.compile(r"aa|ae|oe")
_SPELT_OUT = {"aa": "å", "ae": "æ", "oe": "ø"}


def stem(word: str) -> str:
    """Snowball Norwegian (the 2025 algorithm), through PyStemmer."""
    return _stemmer.stemWord(word)


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """ASCII key of a lower-case word: 'følger', 'foelger' and 'folger' all give 'folger'.

    The Norwegian spellings of æ ø å typed on an ASCII keyboard (ae, oe, aa) are first read back
    as the letters, as Lucene's NorwegianNormalizationFilter does; then every letter is folded
    with unidecode ("Erdoğan" -> "erdogan", "ubåter" -> "ubater")."""
    if word.isascii() and not _NORWEGIAN_SPELLINGS.search(word):
        return word
    word = _NORWEGIAN_SPELLINGS.sub(lambda m: _SPELT_OUT[m.group()], word)
    return unidecode(word).lower()


def _alias(token, text):
    """A copy of `token` with another text, at the same position and characters.

    Take it before the token is yielded: the filters after this one change tokens in place."""
    alias = token.copy()
    alias.text = text
    alias.alias = True
    return alias


class HyphenFilter(Filter):
    """'nato-landet' also as 'natolandet', 'nato' and 'landet' (indexing only)."""

    def __call__(self, tokens):
        for t in tokens:
            parts = [] if t.mode == "query" else [p for p in HYPHENS.split(t.text) if p]
            aliases = [_alias(t, text) for text in ["".join(parts), *parts]] if len(parts) > 1 else ()
            yield t
            yield from aliases


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
            owner = genitive_owner(t.text)
            if owner is None:
                yield t
            elif t.mode == "query":
                if owner.isupper():
                    t.text = owner
                yield t
            else:
                alias = _alias(t, owner)
                yield t
                yield alias


class CompoundFilter(Filter):
    """Also index the head and tail of a lower-case compound: 'kuppforsøket' -> 'kupp',
    'forsøket'. Capitalised words are names or sentence starts and are left whole.
    Calling the analyzer with ``compounds=False`` skips this (and the word list it loads)."""

    def __call__(self, tokens):
        for t in tokens:
            whole = (t.mode != "query" and getattr(t, "compounds", True)
                     and t.text[:1].islower() and not getattr(t, "alias", False))
            aliases = [_alias(t, part) for part in split_compound(t.text)] if whole else ()
            yield t
            yield from aliases


class StopWordFilter(Filter):
    """Drop Norwegian stop words (only Norwegian ones: Whoosh's `StopFilter(lang="no")` adds the
    English list, which removes "by", "is" and "from" from Norwegian text).

    Positions are renumbered so a phrase matches across a stop word, and forms sharing a position
    keep sharing it (Whoosh's own filter would give each its own)."""

    def __call__(self, tokens):
        source_pos, pos = None, -1
        for t in tokens:
            if t.text in STOP_WORDS:
                if t.removestops:
                    continue
                t.stopped = True
            else:
                t.stopped = False
            if t.positions:
                if t.pos != source_pos:
                    source_pos, pos = t.pos, pos + 1
                t.pos = pos
            yield t


class FoldFilter(Filter):
    """Fold every token to its ASCII key (see `fold`)."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class DistinctFilter(Filter):
    """Index each form once per position ('Putins' and its owner 'Putin' both stem to 'putin')."""

    def __call__(self, tokens):
        seen = set()
        for t in tokens:
            if not getattr(t, "alias", False):
                seen = set()
            if t.text not in seen:
                seen.add(t.text)
                yield t


def _chain(folded: bool):
    chain = (
        RegexTokenizer(TOKEN_PATTERN)
        | HyphenFilter()
        | GenitiveFilter()
        | CompoundFilter()
        | LowercaseFilter()
        | StopWordFilter()
    )
    if folded:
        chain = chain | FoldFilter()
    return chain | StemFilter(stemfn=stem, cachesize=-1) | DistinctFilter()


def exact_analyzer():
    """Norwegian words as written, stemmed: the field an exact match ranks on."""
    return _chain(folded=False)


def folded_analyzer():
    """The same words folded to ASCII, stemmed: matches 'folger' to 'følger'."""
    return _chain(folded=True)


def words_analyzer():
    """Lower-case words, unstemmed and unfolded: the vocabulary for spelling suggestions."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter()
