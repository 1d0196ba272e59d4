"""Norwegian analysis for Whoosh: a chain of small filters, one idea each.

    tokenize -> stop words -> hyphen parts -> genitive -s -> compound parts -> lower case
             -> foreign letters -> Snowball stem

The index keeps words as written (stemmed). A reader who types ASCII ("folger", "ubater",
"Sor-Europa") is met at query time instead: `query_forms` respells the word with the Norwegian
letters it may stand for (o -> ø, a -> å or æ, and ae/oe/aa typed for æ/ø/å) and the query layer
keeps the spellings the index actually has. The exact spelling counts double, so "får" ranks
paragraphs with "får" above those with "far", which folding alone would mix up. Letters from
outside Norwegian ("Erdoğan", "Gülen") are the one thing folded at index time, since they cannot
be guessed back from ASCII.

Extra forms (hyphen parts, the genitive's owner, compound parts, the ASCII spelling of a foreign
name) are emitted at the position of the word they come from, so phrases still match.

At query time the chain yields one lower-case, unstemmed word per position (no extra forms):
the query layer expands each word with `query_forms`. Whoosh pickles the analyzer into the
index's schema, so everything here is a module-level class or function.
"""

import functools
import itertools
import re

import Stemmer
from unidecode import unidecode
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, Token
from whoosh.lang import stopwords_for_language

from .compounds import MIN_WORD as MIN_COMPOUND
from .compounds import compound_parts
from .standard import other_standard

# Numbers with thousands separators or decimals ("70.000", "1,5") stay whole; words may be
# joined by hyphens ("nato-landet", "Sør-Europa").
TOKEN_PATTERN = r"\d+(?:[.,:]\d+)*|\w+(?:[-‐]\w+)*"
HYPHENS = re.compile(r"[-‐]")
# Snowball's Norwegian list (bokmål and the commonest nynorsk: eg, ho, dei, kva, korleis,
# ikkje …) and the nynorsk function words it lacks, less "varte" (nynorsk "became", but
# bokmål "lasted": "møtet varte i to timer"). None of the rest is a content word in bokmål.
STOP_WORDS = (frozenset(stopwords_for_language("no")) - {"varte"}) | {
    "berre",
    "frå",
    "sjølv",
    "desse",
    "òg",
    "fleire",
    "meir",
    "nokre",
    "kvarandre",
}
MAX_SPELLINGS = 81  # respellings tried for one query word (3^4: four a's)

_stemmer = Stemmer.Stemmer("norwegian")
_NORWEGIAN_SPELLINGS = re.compile(r"aa|ae|oe|ä|ö")
_SPELT_OUT = {"aa": "å", "ae": "æ", "oe": "ø", "ä": "æ", "ö": "ø"}
_SCANDINAVIAN = str.maketrans("æøå", "aoa")
_NORWEGIAN_LETTERS = frozenset("æøå")
_RESPELL = {"a": ("a", "å", "æ"), "o": ("o", "ø")}


# A root of one open syllable ("fly", "by", "sko", "tre", "øy") and the endings Snowball
# leaves on it: its R1 region starts after the first consonant that follows a vowel, and
# these roots have none, so "flyene" stayed "flyen" and never met "fly".
_OPEN_ROOT = re.compile(r"[^aeiouyæøå\W\d]*[aeiouyæøå]+")
_OPEN_ROOT_ENDINGS = ("ene", "ets", "ens", "ers", "en", "et", "er", "a")
# The plural and definite endings of nynorsk nouns in "-ar" (agent nouns: "lærar", "leiar",
# "ordførar"), which Snowball takes off only in part: "lærarane" -> "lærar", "lærar" -> "lær".
# Measured on the NorNE nynorsk treebank (form -> lemma): 1,048 of its noun forms.
_NYNORSK_AR_ENDINGS = ("aranes", "arane", "arens", "arars", "arar", "aren")


def stem(word: str) -> str:
    """Snowball Norwegian (the 2025 algorithm), through PyStemmer, and the inflections of a
    one-syllable open root taken off as Lucene's NorwegianLightStemmer does ("flyene",
    "flyet" -> "fly"; "byene" -> "by"), and of a nynorsk "-ar" noun ("lærarane", "lærarar",
    "læraren" -> "lær", as "lærar")."""
    for ending in _NYNORSK_AR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return _stemmer.stemWord(word[: -len(ending)] + "ar")
    for ending in _OPEN_ROOT_ENDINGS:
        if (
            word.endswith(ending)
            and len(word) - len(ending) >= 2
            and _OPEN_ROOT.fullmatch(word, 0, len(word) - len(ending))
        ):
            return _stemmer.stemWord(word[: -len(ending)])
    return _stemmer.stemWord(word)


def snowball(word: str) -> str:
    """Snowball Norwegian alone, as its reference vocabulary has it."""
    return _stemmer.stemWord(word)


def unstripped(word: str, stemmed: str) -> str | None:
    """The word with Snowball's "-ast" put back, when Snowball took it off. "-ast" is a nynorsk
    passive or superlative ("brukast" -> "bruk") but also ends bokmål nouns ("podkast",
    "kontrast" -> "podk", "kontr", while "podkasten" -> "podkast"): both forms are indexed
    and searched, so each reading finds its own."""
    return word if word.endswith("ast") and stemmed == word[:-3] else None


# Bokmål nouns in "-er" (agent nouns: "lærer", "ordfører") in the plural and definite:
# Snowball takes one ending off, so "ordførere" -> "ordfører" never meets "ordfører" ->
# "ordfør" (the NorNE bokmål treebank: 1,228 noun forms). Replacing the stem would break the
# verbs in "-ere" ("reagere" -> "reager", as "reagerer"), so the noun's stem is added beside it.
_AGENT_ENDINGS = ("erens", "ernes", "eren", "erne", "eres", "ere")


def agent_stem(word: str, stemmed: str) -> str | None:
    """The stem of "-er" noun that ``word`` may be a form of ("ordførere" -> "ordfør"), when
    it differs from ``stemmed``; None otherwise."""
    for ending in _AGENT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = _stemmer.stemWord(word[: -len(ending)] + "er")
            return base if base != stemmed else None
    return None


cached_stem = functools.lru_cache(maxsize=200_000)(stem)


def normalise(word: str) -> str:
    """æ ø å for the ASCII spellings ae oe aa (and the Swedish/German ä ö), as Lucene's
    NorwegianNormalizationFilter reads them: 'foelger' -> 'følger'."""
    return _NORWEGIAN_SPELLINGS.sub(lambda m: _SPELT_OUT[m.group()], word)


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """ASCII key of a lower-case word: 'følger', 'foelger' and 'folger' all give 'folger';
    æ ø å fold to a o a as in Lucene's ScandinavianFoldingFilter, other letters by unidecode."""
    if word.isascii() and not _NORWEGIAN_SPELLINGS.search(word):
        return word
    return unidecode(normalise(word).translate(_SCANDINAVIAN)).lower()


@functools.lru_cache(maxsize=200_000)
def fold_foreign(word: str) -> str:
    """The word with every letter outside English and Norwegian folded: 'erdoğan' -> 'erdogan',
    'köse' -> 'køse'. Norwegian words come back unchanged."""
    if word.isascii():
        return word
    word = normalise(word) if ("ä" in word or "ö" in word) else word
    return "".join(
        ch if ch.isascii() or ch in _NORWEGIAN_LETTERS else unidecode(ch).lower() for ch in word
    )


def respellings(word: str) -> list[str]:
    """The Norwegian spellings a word typed in ASCII may stand for: 'ubater' -> 'ubater',
    'ubåter', 'ubæter'; 'folger' -> 'folger', 'følger'. Words with too many a's and o's to try
    every combination get their ASCII and normalised spellings only."""
    base = fold(word)
    choices = [_RESPELL.get(ch, (ch,)) for ch in base]
    count = 1
    for options in choices:
        count *= len(options)
    found = [word, normalise(word), base]
    if count <= MAX_SPELLINGS:
        found += ["".join(combo) for combo in itertools.product(*choices)]
    return list(dict.fromkeys(found))


@functools.lru_cache(maxsize=50_000)
def query_forms(word: str) -> tuple[str, ...]:
    """The indexed forms a lower-case query word may match, best first: its exact stem, then
    the stems of its other spellings (see `respellings`), of its foreign letters folded and of
    its spellings in the other written standard (`index.standard.other_standard`).
    Most of them are not in any index; the query layer keeps those that are."""
    exact = stem(word)
    others = []
    for spelling in [*respellings(word), fold_foreign(word), *other_standard(word)]:
        stemmed = stem(spelling)
        others += [stemmed, unstripped(spelling, stemmed), agent_stem(spelling, stemmed)]
    return tuple(dict.fromkeys(f for f in [exact, *others] if f))


def _alias(token, text):
    """A copy of `token` with another text, at the same position and characters.

    Take it before the token is yielded: the filters after this one change tokens in place."""
    return Token(**{**token.__dict__, "text": text, "alias": True})


@functools.lru_cache(maxsize=200_000)
def _compound_parts(text: str) -> tuple[str, ...]:
    if not text[1:].islower():
        return ()  # an acronym, or not a word
    return compound_parts(text.lower(), text[0].isupper())


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
            if (
                len(text) >= MIN_COMPOUND
                and t.mode != "query"
                and not getattr(t, "alias", False)
                and getattr(t, "compounds", True)
            ):
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


class ForeignLetterFilter(Filter):
    """Also index a word with letters from outside Norwegian in its folded spelling
    ('Erdoğan' -> 'erdogan', 'Köse' -> 'køse'): a reader cannot type those letters, and
    unlike æ ø å they cannot be guessed back from ASCII."""

    def __call__(self, tokens):
        for t in tokens:
            text = t.text
            if text.isascii() or t.mode == "query" or (folded := fold_foreign(text)) == text:
                yield t
                continue
            alias = _alias(t, folded)
            yield t
            yield alias


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
            if t.mode != "query":
                word = t.text
                t.text = cached_stem(word)
                whole = unstripped(word, t.text) if word.endswith("ast") else None
                if whole is None and "er" in word:
                    whole = agent_stem(word, t.text)
                if whole is not None:
                    alias = _alias(t, whole)
                    yield t
                    yield alias
                    continue
            yield t


_ANALYZER: list = []  # this process's text analyzer, made once


def analysed_text(text: str):
    """``text`` analysed as the paragraph text field analyses it when indexed (`Analysed`
    tokens: word, position, boost), for a worker to do what the writer would."""
    from .codec import Analysed

    if not _ANALYZER:
        _ANALYZER.append(text_analyzer())
    tokens = _ANALYZER[0](text, mode="index", positions=True, boosts=True)
    return Analysed.of((t.text, t.pos, t.boost) for t in tokens if not t.stopped)


def text_analyzer():
    """The paragraph text field's chain (see the module's docstring)."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | StopWordFilter()
        | HyphenFilter()
        | GenitiveFilter()
        | CompoundFilter()
        | LowercaseFilter()
        | ForeignLetterFilter()
        | SnowballFilter()
    )
