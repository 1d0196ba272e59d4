"""Did you mean: the indexed word nearest to a word the index does not know.

Whoosh's corrector walks a Levenshtein automaton through the on-disk term index, and each
step is a binary search of Python seeks: 12 ms a word at 10,000 articles, on every search that
finds nothing. Here the same automaton walks a sorted list in memory of the words that share
the typed word's first letter (read once per letter and generation of the index, at most
``LETTERS`` letters kept), and each word's answer is kept too: as-you-type sends the same
unknown word with every key pressed. The suggestions are Whoosh's (the same words, ranked as
its ``ReaderCorrector`` ranks them: most frequent first); `tests/test_spelling.py` holds them
to it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton

from index.analysis import fold, stem, text_analyzer

MIN_CORRECTED = 5  # shorter words are too close to too many others ("far", "fart", "får")
MIN_SIMILARITY = 0.75  # of a suggestion to the typed word, as difflib measures it
MAX_EDITS = 2
LETTERS = 32  # first letters whose words are kept in memory
ANSWERS = 4096  # typed words whose answer is kept


class Spelling:
    """Suggestions from the words of one field in one generation of the index."""

    def __init__(self, searcher, fieldname: str) -> None:
        self.searcher, self.fieldname = searcher, fieldname
        self._words: OrderedDict[str, list[str]] = OrderedDict()
        self._answers: OrderedDict[str, str | None] = OrderedDict()

    def closest_word(self, word: str) -> str | None:
        """The indexed word nearest to ``word`` (lower case; at most two edits), as it is
        written in the text, or None. The index holds stems, so the nearest stem is found
        first (exact, then folded) and then read back from a paragraph that contains it."""
        if word in self._answers:
            self._answers.move_to_end(word)
            return self._answers[word]
        found = None
        if len(word) >= MIN_CORRECTED:
            found = next(
                (
                    written
                    for form in dict.fromkeys((stem(word), stem(fold(word))))
                    for suggestion in self.suggest(form)
                    if (written := self._written_form(suggestion))
                    and _similarity(fold(written.lower()), fold(word)) >= MIN_SIMILARITY
                ),
                None,
            )
        self._answers[word] = found
        if len(self._answers) > ANSWERS:
            self._answers.popitem(last=False)
        return found

    def suggest(self, text: str, limit: int = 3, maxdist: int = MAX_EDITS) -> list[str]:
        """Words within ``maxdist`` edits of ``text`` that begin with its first letter, most
        frequent first (of equal frequency, as Whoosh orders them)."""
        if not text:
            return []
        words = self._beginning_with(text[0])
        dfa = levenshtein_automaton(text, maxdist, prefix=1).to_dfa()
        frequency = self.searcher.reader().frequency
        # ReaderCorrector's score: the same distance for all, the rarer word lower.
        scored = sorted(
            (
                (-(maxdist + 1.0 / (frequency(self.fieldname, w) or 1) * 0.5), w)
                for w in find_all_matches(dfa, _Skipper(words))
            ),
            reverse=True,
        )[:limit]
        return [w for _, w in sorted(scored, key=lambda item: (-item[0], item[1]))]

    def _beginning_with(self, letter: str) -> list[str]:
        words = self._words.get(letter)
        if words is None:
            field = self.searcher.schema[self.fieldname]
            reader = self.searcher.reader()
            words = self._words[letter] = sorted(
                field.from_bytes(b) for b in reader.expand_prefix(self.fieldname, letter)
            )
            if len(self._words) > LETTERS:
                self._words.popitem(last=False)
        else:
            self._words.move_to_end(letter)
        return words

    def _written_form(self, form: str) -> str | None:
        searcher = self.searcher
        for docnum in searcher.postings(self.fieldname, form).all_ids():
            body = searcher.stored_fields(docnum)["body"]
            for token in text_analyzer()(body, chars=True, compounds=False):
                if token.text == form:
                    return body[token.startchar : token.endchar]
            break
        return None


class _Skipper:
    """The first word at or after a given one, for the automaton's walk (Whoosh's
    ``ListCorrector.Skipper``, without its index error on the last word)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words

    def __call__(self, word: str) -> str | None:
        at = bisect_left(self.words, word)
        return self.words[at] if at < len(self.words) else None


def _similarity(a: str, b: str) -> float:
    import difflib  # only a word the index lacks is compared

    return difflib.SequenceMatcher(None, a, b).ratio()
