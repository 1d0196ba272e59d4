"""The query language, read into sitat's query tree (`search.tree`).

    free words            all must match (the caller falls back to any word when none do)
    "a phrase"            words in this order (stop words between them do not matter)
    speaker: source:      a name by full name, surname or folded spelling (speaker:Kose)
    section: article:     section title words; an article id
    quote:                direct | indirect | none
    lang:                 nb (bokmål) | nn (nynorsk), the article's written standard
    outlet:               the publisher (outlet:NRK, outlet:"TV 2"), in any case
    date:                 2016, 2016-10, 2016-10-10, 2015..2016, 2019-03-01..2019-03-31
    AND OR NOT ( )        boolean logic; prefix* and fuzzy~ (fuzzy~2 for two edits)
    -word +word && ||     web-search habits: NOT word, a word that must match, AND, OR

Fields and NOT are constraints: when the words are matched loosely (the any-word fallback),
they still hold for every hit.

Each word searches its exact stem and its ASCII-folded stems (see `index.analysis`); an exact
match counts double, so "får" ranks paragraphs with "får" above those with "far", and "folger"
still finds "følger".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence

from index.analysis import fold, query_forms, respellings, stem
from index.errors import SitatError
from index.schema import EXACT_NAMES, Field

from . import tree as t
from .snapshot import Language, Unreadable

TEXT = Field.TEXT
EXACT_BOOST = 2.0
# The fields a query names, as the schema spells them.
USER_FIELDS = (
    Field.SPEAKER,
    Field.SOURCE,
    Field.OUTLET,
    Field.SECTION,
    Field.QUOTE,
    Field.LANG,
    Field.ARTICLE,
    Field.DATE,
)
QUOTE_KINDS = ("direct", "indirect", "none")
STANDARDS = ("nb", "nn")
MAX_QUERY_CHARS = 2000
MIN_PREFIX = 2
MAX_PATTERN_SPELLINGS = 9
MAX_FUZZY_EDITS = 2
MIN_COMPOUND_PART = 4  # letters in each part of a query word cut as a compound

_FIELD = re.compile(r'(?<![\w"])(\w+):')
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_OPERATOR_WORDS = {"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"}
_QUOTED = re.compile(r'"[^"]*"?')
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_WHOLE_DATE = re.compile(_DATE)
_DATE_RANGE = re.compile(rf"\bdate:({_DATE})\.\.({_DATE})\b")
_DOUBLE_NOT = re.compile(r"\bNOT\s+NOT\b\s*")
_FUZZY_EDITS = re.compile(r"~(\d+)")
_WEB_OPERATORS = re.compile(
    r'("[^"]*"?)'  # a quoted phrase, kept as it is
    r'|(?<![\w+\-])([+-])("[^"]*"?|\([^()]*\)|[^\s()"]+)'  # +word, -word, -"a b", -(a b)
    r"|(&&|\|\|)"
)


Known = Callable[[str], bool]
Proper = Mapping[str, str]  # a word typed with a capital -> the name it spells ("stoere": "støre")
Names = dict[str, list[str]]  # "speaker" / "source" -> the names as indexed
NAME_FIELDS = tuple(EXACT_NAMES)
NEAR_NAME_RATIO = 0.85  # as the parser's own near-miss spellings ("Holland" for "Hollande")


def _everything(form: str) -> bool:
    return True


class QueryError(SitatError):
    """A query that cannot be searched; the message says how to write it."""


_QUOTED = re.compile(r'"([^"]+)"')


def _alone_in_quotes(
    text: str, words: Callable[[str], list[str]], proper: Proper | None
) -> Proper | None:
    """``proper`` with the word a quoted phrase comes down to when the rest are stop words
    ("samme måte"), if typed with æ ø å: matched as written, as a longer phrase's words are,
    not also as its ASCII folding ("måte" is not "mat")."""
    alone = {}
    for phrase in _QUOTED.findall(text):
        kept = [w for w in re.findall(r"[^\W\d_][\w-]*", phrase) if words(w)]
        if len(kept) == 1 and not kept[0].isascii():
            alone[kept[0].lower()] = kept[0].lower()
    return {**alone, **(proper or {})} if alone else proper


class QueryParser:
    """Parses query strings into trees fitted to an index. Reusable; holds no searcher."""

    def __init__(self, languages: Callable[..., Language], *, any_word: bool = False):
        """``languages(any_word=…)`` gives the language's grammar (`Snapshot.language`)."""
        self.any_word = any_word
        self._parser = languages(any_word=any_word)
        self._all_words = languages(any_word=False) if any_word else self._parser

    def parse(
        self,
        text: str,
        known: Known | None = None,
        names: Names | None = None,
        notes: list[str] | None = None,
        proper: Proper | None = None,
    ) -> t.Node:
        """The query tree for ``text``. ``known`` tells which indexed text forms exist; the
        spellings that do not are left out, which keeps phrase queries cheap. ``names`` are
        the indexed speakers and sources, by field, which a typed name is matched against;
        how a typed name was read, when it was not plain, is added to ``notes``. ``proper``
        maps words typed with a capital that are someone's name to that name's spelling
        ("stoere" -> "støre"): they match the name as written, not its ASCII folding."""
        text, required = web_operators(check(text))
        proper = _alone_in_quotes(text, self._parser.words, proper)
        if not self.any_word:
            text, required = " ".join([*required, text]), []
        plain = self._plain(text) if not required else None
        if plain is not None:
            return _adapt(plain, known or _everything, proper)
        found = (
            self._parse(self._parser, text, known, names, notes, proper) if text.strip() else None
        )
        if found is not None and self.any_word:
            found = _constraints_kept(found)
        if required:
            needed = self._parse(self._all_words, " ".join(required), known, names, notes, proper)
            found = needed if found is None else t.And((needed, found))
        return found if found is not None else t.NOTHING

    def _plain(self, text: str) -> t.Node | None:
        """What the parser makes of words and nothing else (a third of a small query's
        time, saved): each word as its one analysed token, all of them (or any, for the
        any-word parser), once each. None for anything else, which the parser reads."""
        words = text.split()
        if not words or not all(
            _PLAIN_WORD.fullmatch(w) and w not in _OPERATOR_WORDS for w in words
        ):
            return None
        tokens = []
        for word in words:
            analysed = self._parser.words(word)
            if len(analysed) != 1:  # a stop word, or one that analyses into parts
                return None
            tokens.append(t.Term(TEXT, analysed[0]))
        unique = tuple(dict.fromkeys(tokens))
        if len(unique) == 1:
            return unique[0]
        return t.Or(unique) if self.any_word else t.And(unique)

    @staticmethod
    def _parse(
        parser,
        text: str,
        known: Known | None,
        names: Names | None,
        notes: list[str] | None = None,
        proper: Proper | None = None,
    ) -> t.Node:
        text = _DATE_RANGE.sub(r"date:[\1 TO \2]", text)
        while _DOUBLE_NOT.search(text):  # Whoosh's parser fails on it; it cancels out
            text = _DOUBLE_NOT.sub("", text)
        try:
            parsed = parser.parse(text)
        except Unreadable:
            raise QueryError(
                "cannot read the query; check its quotes, brackets and AND / OR / NOT"
            ) from None
        adapted = _adapt(parsed, known or _everything, proper)
        if not names:
            return adapted
        typed = {
            " ".join(_name_words(m.group(3) or m.group(4) or "")): m.group(3) or m.group(4)
            for m in _TYPED_NAME.finditer(text)
            if m.group(3) or m.group(4)  # speaker:"" names no one
        }
        return _named(adapted, names, notes if notes is not None else [], typed)


def web_operators(text: str) -> tuple[str, list[str]]:
    """Web-search habits in our language: ``-word`` is NOT word, ``&&`` and ``||`` are AND and
    OR, and each ``+word`` is returned apart (it must match even when the other words are
    matched loosely). Words inside "quotes" and hyphens inside words (Sør-Europa) are left
    alone."""
    required: list[str] = []

    def replace(match: re.Match) -> str:
        quoted, sign, term, operator = match.groups()
        if quoted is not None:
            return quoted
        if operator is not None:
            return " AND " if operator == "&&" else " OR "
        if sign == "-":
            return f"NOT {term}"
        required.append(term)
        return " "

    return _WEB_OPERATORS.sub(replace, text), required


def is_constraint(node: t.Node) -> bool:
    """Whether a part of a query only filters (fields such as speaker: or date:, or a NOT):
    it must hold for every hit, however loosely the words are matched."""
    if isinstance(node, t.Not):
        return True
    if isinstance(node, t.LEAVES):
        field = t.field_of(node)
        return field is not None and field != TEXT
    children = t.children(node)
    return bool(children) and all(is_constraint(child) for child in children)


def _constraints_kept(node: t.Node) -> t.Node:
    """An any-word query whose filters stay required: 'A OR B OR speaker:X' becomes
    'speaker:X AND (A OR B)'."""
    if not isinstance(node, t.Or):
        return node
    required = tuple(child for child in node.parts if is_constraint(child))
    optional = [child for child in node.parts if not is_constraint(child)]
    if not required:
        return node
    return t.And(required + ((t.either(optional),) if optional else ()))


def check(text: str) -> str:
    """The query with control characters gone, or a QueryError for what cannot work."""
    text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    if not text:
        raise QueryError("empty query; give words to search for, e.g. sitat search Putin")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    unquoted = _QUOTED.sub(" ", text)
    for name in _FIELD.findall(unquoted):
        if name not in USER_FIELDS:
            raise QueryError(
                f"unknown field '{name}:'; use one of " + ", ".join(f"{f}:" for f in USER_FIELDS)
            )
    for edits in _FUZZY_EDITS.findall(unquoted):
        if int(edits) > MAX_FUZZY_EDITS:
            raise QueryError(f"fuzzy~{edits} is too loose; use ~1 or ~2")
    return text


def _adapt(node: t.Node, known: Known, proper: Proper | None = None) -> t.Node:
    """Fit the parse to our index: text words become their exact and folded forms,
    prefixes and fuzzy terms are bounded, dates become prefixes, quote kinds are checked."""
    if isinstance(node, t.Everything):
        raise QueryError("'*' alone matches every paragraph; give a word or a field")
    if isinstance(node, t.Wildcard | t.Prefix):
        typed = node.pattern if isinstance(node, t.Wildcard) else node.text
        literal = re.split(r"[*?]", typed)[0]
        if len(literal) < MIN_PREFIX:
            raise QueryError(
                f"'{typed}' matches too much; give at least {MIN_PREFIX} letters before * or ?"
            )
        if node.field == TEXT:
            return t.either(
                type(node)(TEXT, text, node.boost)
                for text in _spellings(typed, isinstance(node, t.Prefix))
            )
        return node
    if isinstance(node, t.Fuzzy):
        edits = min(node.edits, MAX_FUZZY_EDITS)
        if not node.text:  # a word that analysis left empty (a lone combining mark, say)
            return t.NOTHING
        if node.field == TEXT:
            exact, folded = stem(node.text), stem(fold(node.text))
            return t.either(
                [
                    t.Fuzzy(TEXT, form, edits, 1, boost)
                    for form, boost in ((exact, EXACT_BOOST), (folded, 1.0))
                    if form and (form != exact or boost == EXACT_BOOST)
                ]
            )
        return t.Fuzzy(node.field, node.text, edits, max(node.prefix, 1), node.boost)
    if isinstance(node, t.Term) and node.field == TEXT:
        if proper and node.text in proper:  # a name: as written, not "store" for "Støre"
            return t.Term(TEXT, stem(proper[node.text]), node.boost * EXACT_BOOST)
        return t.either(_word_queries(node.text, known, node.boost))
    if isinstance(node, t.Phrase) and node.field == TEXT:
        return _phrase(node, known)
    if isinstance(node, t.Range) and node.field != Field.DATE:
        # "[a TO z]" over words matches every word between them: minutes of work for nothing
        # a person means. Ranges are for dates.
        raise QueryError(
            f"[{node.start or ''} TO {node.end or ''}] is a range of words, which sitat does not "
            "search; ranges are for dates: date:2015..2016 or date:[2019-03-01 TO 2019-03-31]"
        )
    if isinstance(node, t.Term | t.Range) and node.field == Field.DATE:
        for value in [node.text] if isinstance(node, t.Term) else [node.start, node.end]:
            if value is not None and not _WHOLE_DATE.fullmatch(str(value)):
                raise QueryError(
                    f"'{value}' is not a date sitat can search; write date:2016, "
                    "date:2016-10, date:2016-10-10 or date:2015..2016"
                )
    if isinstance(node, t.Term) and node.field == Field.DATE:
        return t.Prefix(Field.DATE, str(node.text))
    if isinstance(node, t.Range) and node.field == Field.DATE:
        if node.start and node.end and node.start > node.end:
            raise QueryError(
                f"the date range {node.start}..{node.end} runs backwards; "
                f"write date:{node.end}..{node.start}"
            )
        if node.end:
            return t.Range(
                Field.DATE, node.start, node.end + "\uffff", node.start_excluded, node.end_excluded
            )
    if isinstance(node, t.Term) and node.field == Field.QUOTE and node.text not in QUOTE_KINDS:
        raise QueryError(
            f"quote:{node.text} is not a quote kind; use quote:direct, quote:indirect or quote:none"
        )
    if isinstance(node, t.Term) and node.field == Field.LANG and node.text not in STANDARDS:
        raise QueryError(
            f"lang:{node.text} is not a written standard; use lang:nb (bokmål) or lang:nn (nynorsk)"
        )
    return t.mapped(node, lambda child: _adapt(child, known, proper))


def _word_queries(word: str, known: Known, boost: float = 1.0) -> list[t.Node]:
    exact, *folded = _forms(word, known)
    if not folded and not known(exact):
        parts = _known_parts(word, known)
        if parts:  # "bjorkepollen": every part, wherever the paragraph has it
            return [t.And(tuple(t.either(_word_queries(part, known, boost)) for part in parts))]
    found: list[t.Node] = [t.Term(TEXT, exact, boost * EXACT_BOOST)]
    return found + [t.Term(TEXT, form, boost) for form in folded]


def _known_parts(word: str, known: Known, depth: int = 2) -> tuple[str, ...]:
    """A compound the index does not have as a whole, cut into parts it has in any spelling
    ("bjorkepollen" -> "bjork" + "pollen", found as "bjørk" and "pollen" in
    "bjørkepollenallergi"), with an optional linking -s- or -e-. The longest known head wins;
    a tail may be cut once more. () when there is no such cut."""
    if len(word) < 2 * MIN_COMPOUND_PART or not word.isalpha():
        return ()

    def has(part: str) -> bool:
        return any(known(form) for form in query_forms(part))

    for cut in range(len(word) - MIN_COMPOUND_PART, MIN_COMPOUND_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        for link in ("", "s", "e"):
            if link and not head.endswith(link):
                continue
            stem_part = head[: len(head) - len(link)]
            if len(stem_part) < MIN_COMPOUND_PART or not has(stem_part):
                continue
            if has(tail):
                return (stem_part, tail)
            rest = _known_parts(tail, known, depth - 1) if depth > 1 else ()
            if rest:
                return (stem_part, *rest)
    return ()


_TYPED_NAME = re.compile(r'\b(speaker|source):("([^"]*)"|([^\s)]+))')


def _named(
    node: t.Node, names: Names, notes: list[str], typed: dict[str, str] | None = None
) -> t.Node:
    """Speaker and source words matched against the indexed names: a name is found by any of
    its words in order ("Recep Erdogan" for Recep Tayyip Erdogan), in ASCII, or by a surname
    spelled nearly right ("Holland" for François Hollande). Every name that fits is searched,
    so a shared surname finds all who have it; both are said in ``notes``."""
    if isinstance(node, t.Term | t.Phrase) and node.field in NAME_FIELDS:
        analysed = node.text if isinstance(node, t.Term) else " ".join(node.words)
        words = [fold(str(word).lower()) for word in analysed.split()]
        written = (typed or {}).get(" ".join(words), analysed)  # as the user wrote it
        pool = names.get(node.field, [])
        having = _by_word(pool).get(words[0], ()) if words else pool
        found = [name for name in having if _in_order(words, _name_words(name))]
        near = False
        if not found and len(words) == 1 and len(words[0]) >= 4:
            found = [name for name in pool if _near_surname(words[0], _name_words(name))]
            near = bool(found)
        if found:
            if near:
                notes.append(f"No {node.field} is called «{written}»; showing {_listed(found)}.")
            elif len(found) > 1:
                notes.append(
                    f"{node.field}:{written} is {len(found)} names: "
                    f"{_listed(found)}; showing all of them."
                )
            return t.either([t.Term(EXACT_NAMES[node.field], name, node.boost) for name in found])
        notes.append(f"No {node.field} is called «{written}»{_did_you_mean(written, pool)}")
        return node
    return t.mapped(node, lambda child: _named(child, names, notes, typed))


def _did_you_mean(written: str, pool: list[str]) -> str:
    """'; did you mean Jonas Gahr Støre?' for the indexed names nearest to a typed one that
    names nobody, or '.' when none is near."""
    import difflib  # only a name that names nobody needs it

    folded = {fold(name.lower()): name for name in pool}
    near = difflib.get_close_matches(fold(written.lower()), list(folded), n=2, cutoff=0.6)
    return f"; did you mean {_listed([folded[n] for n in near])}?" if near else "."


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


_BY_WORD: dict[int, tuple[list[str], dict[str, list[str]]]] = {}


def _by_word(pool: list[str]) -> dict[str, list[str]]:
    """The names of ``pool`` by each of their words, in pool order; made once per list of
    indexed names (one generation of the index), not for every query that names someone."""
    cached = _BY_WORD.get(id(pool))
    if cached is None or cached[0] is not pool:
        index: dict[str, list[str]] = {}
        for name in pool:
            for word in dict.fromkeys(_name_words(name)):
                index.setdefault(word, []).append(name)
        if len(_BY_WORD) >= 4:  # speakers and sources of this generation and the last
            del _BY_WORD[next(iter(_BY_WORD))]
        cached = _BY_WORD[id(pool)] = (pool, index)
    return cached[1]


@functools.lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's folded words; the indexed names are read for every query that names one."""
    return tuple(re.findall(r"\w+", fold(name.lower())))


def _in_order(typed: list[str], words: Sequence[str]) -> bool:
    remaining = iter(words)
    return all(any(word == want for word in remaining) for want in typed)


def _near_surname(typed: str, words: Sequence[str]) -> bool:
    import difflib  # only a misspelt name needs it

    surname = words[-1] if words else ""
    return (
        surname[:1] == typed[:1]
        and difflib.SequenceMatcher(None, typed, surname).ratio() >= NEAR_NAME_RATIO
    )


def _spellings(text: str, prefix: bool) -> list[str]:
    """A prefix or wildcard as typed and in its other spellings (a few only: each one is
    expanded against the whole vocabulary). A prefix is stemmed too: the index holds stems,
    and a stem is a prefix of its word ("atomreaktorer*" finds "atomreaktor")."""
    text = text.lower()
    spellings = respellings(text)
    if len(spellings) > MAX_PATTERN_SPELLINGS:
        spellings = spellings[:3]  # as typed, normalised, ASCII
    if prefix:
        spellings += [stem(s) for s in spellings]
    return list(dict.fromkeys(spellings))


def _forms(word: str, known: Known) -> list[str]:
    """The word's exact stem, and those of its folded forms that the index has."""
    exact, *folded = query_forms(word)
    return [exact] + [form for form in folded if known(form)]


def _phrase(node: t.Phrase, known: Known) -> t.Node:
    """The words in order: exact stems (boosted), or any spelling of each word."""
    if len(node.words) == 1:
        return t.either(_word_queries(node.words[0], known, node.boost))
    # A word typed with æ ø å is matched as written: only ASCII-typed words need the spellings
    # (a span query over them costs many times a phrase).
    spellings = [_forms(w, known) if w.isascii() else query_forms(w)[:1] for w in node.words]
    exact = t.Phrase(
        TEXT, tuple(forms[0] for forms in spellings), node.slop, node.boost * EXACT_BOOST
    )
    if all(len(forms) == 1 for forms in spellings):
        return exact
    spelled = t.Spellings(TEXT, tuple(tuple(forms) for forms in spellings), node.slop)
    return t.Or((exact, spelled))
