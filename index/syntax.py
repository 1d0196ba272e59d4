"""The linguistic layer under the attribution rules: who is the subject of a verb, and what
kind of name a word belongs to.

A spaCy pipeline (tagger, dependency parser, named entities) trained on the Norwegian
Dependency Treebank with NorNE's entities (``train/``; scores in ``train/README.md``) ships in
``index/model/``. It is loaded on first use and run only on the sentences a rule asks about, so
spaCy is never imported on the search path.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .lexicon import NAME_PARTICLES
from .parse_cache import AnswerCache, sentence_key

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_DIR = Path(__file__).with_name("model")
MAX_SENTENCE_CHARS = 1000  # the parser is only asked about a sentence, never a whole text
# Where a sentence ends: after . ! ? … and a space, before a capital, digit or quote mark.
# Not after an initial: "Hans K. Mjelva", "Donald J. Trump" are one sentence.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])(?<!\b[A-ZÆØÅ]\.)\s+(?=[^\s\wæøå]|[A-ZÆØÅÀ-Þ0-9])")
_WORD = re.compile(r"\w+")
# A replikkstrek that opens a quote: "– Vi er klare" (an en or em dash, or a hyphen, and space)
DASH_QUOTE = re.compile(r"[–—-]\s+")

# Labels of the treebank (NDT) that the rules read.
_SUBJECT = "SUBJ"
_COORDINATED = "KOORD"
_NAME_PART = "FLAT"
_APPOSITION = "APP"
# A verb whose subject sits on the word it hangs from: an infinitive or participle under an
# auxiliary ("har sagt"), a coordinated verb ("trakk fram … og mente").
_SHARES_SUBJECT = frozenset({"INFV", _COORDINATED})
_OBJECTS = frozenset({"DOBJ", "IOBJ"})
_VERB_RELATIONS = frozenset({"ROOT", "FINV", "INFV", "PAR", _COORDINATED})
_KINDS = {"PER": "person", "ORG": "organisation", "GPE_ORG": "organisation"}


@dataclass(frozen=True)
class Span:
    """Character offsets into the text that was parsed."""

    start: int
    end: int


@dataclass(frozen=True)
class SubjectWords:
    """The subject of a verb as the parser reads it."""

    name: Span  # the subject word and the words of its name ("Jann" + "Post")
    kind: str | None  # "person" or "organisation" from the entity recogniser, when it knows
    role: Span | None  # an apposition before it ("NRK-kommentator Jann Post")
    others: tuple[Span, ...] = ()  # names coordinated with it ("Både Putin og Erdogan")


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import spacy

    # The tagger trains alongside the parser (it helps it learn) but nothing reads its tags.
    return spacy.load(MODEL_DIR, exclude=["tagger"])


class Reader:
    """Parses an article's sentences on demand, in batches, remembering the answers.

    Only sentences with a word from ``cues`` are parsed ahead (the rules ask about little
    else). When a paragraph is asked about for the first time, the cue sentences of it and the
    next ``WINDOW - 1`` paragraphs are looked up in the answer cache and the rest parsed in one
    batch, several times faster than one sentence at a time; the previous batch is let go, so
    memory stays bounded on any length of article. Call `close` to keep the new answers."""

    WINDOW = 64

    def __init__(
        self, paragraphs: list[str], cues: frozenset[str], cache: AnswerCache | None = None
    ) -> None:
        self._paragraphs = paragraphs
        self._cues = cues
        self._cache = cache if cache is not None else AnswerCache(model_id(), valid=valid_answers)
        self._docs: dict[tuple[int, int], Doc] = {}  # (paragraph, sentence start) -> parse
        self._answers: dict[tuple[int, int], dict] = {}
        self._keys: dict[tuple[int, int], str] = {}  # (paragraph, sentence start) -> hash
        self._window = (-1, -1)
        self._spans: dict[int, list[tuple[int, int]]] = {}  # the paragraph last asked about

    def subject_of(self, n: int, verb_at: int) -> SubjectWords | None:
        """The subject of the verb whose first character is at ``verb_at`` in paragraph
        ``n``, in offsets of that paragraph; None when the parser finds none."""
        found = self._answer(
            n,
            verb_at,
            lambda start: f"s{verb_at - start}",
            lambda doc, at: _encode(_subject_in(doc, at)),
        )
        if found is None:
            return None
        start, answer = found
        return _decode(answer, start) if isinstance(answer, dict) else None

    def kind_of(self, n: int, start: int, end: int) -> str | None:
        """What the entity recogniser makes of the name at ``[start, end)`` of paragraph ``n``:
        "person", "organisation", or None (a place, something else, no entity)."""
        found = self._answer(
            n,
            start,
            lambda offset: f"k{start - offset}-{end - offset}",
            lambda doc, at: _kind(doc, at, at + end - start),
        )
        return found[1] if found is not None and isinstance(found[1], str) else None

    def close(self) -> None:
        self._cache.flush()

    def _answer(
        self, n: int, at: int, question: Callable[[int], str], ask: Callable[[Doc, int], object]
    ) -> tuple[int, object] | None:
        """(sentence start, answer) for the sentence of paragraph ``n`` holding offset ``at``:
        from what is known of that sentence, else by asking its parse."""
        if not self._window[0] <= n < self._window[1]:
            self._parse_window(n)
        text = self._paragraphs[n]
        if n not in self._spans:  # a paragraph's sentences, found once however often asked
            self._spans = {n: sentence_spans(text)}
        spans = self._spans[n]
        k = bisect.bisect_right(spans, (at, len(text) + 1)) - 1
        if k < 0 or not spans[k][0] <= at < spans[k][1]:
            return None
        start, end = spans[k]
        sentence = self._keys.get((n, start))
        if sentence is None:  # hashed once per sentence, however many verbs it has
            sentence = self._keys[(n, start)] = sentence_key(text[start:end])
        if (n, start) not in self._answers:  # not parsed ahead: it may be known all the same
            self._answers[(n, start)] = self._cache.get_many([sentence]).get(sentence, {})
        answers = self._answers[(n, start)]
        key = question(start)
        if key not in answers:
            doc = self._docs.get((n, start))
            if doc is None:  # not parsed ahead (no cue word, or a dash quote): parse it now
                doc = self._docs[(n, start)] = pipeline()(_capped(text[start:end]))
            answers[key] = ask(doc, at - start)
            self._cache.put(sentence, answers)
        return start, answers[key]

    def _parse_window(self, n: int) -> None:
        self._cache.flush()
        window = (n, min(len(self._paragraphs), n + self.WINDOW))
        wanted: dict[tuple[int, int], str] = {}
        for m in range(*window):
            text = self._paragraphs[m]
            if DASH_QUOTE.match(text):
                continue  # a quote's attribution reads by position; parsed only if that fails
            for start, end in sentence_spans(text):
                sentence = text[start:end]
                if any(w in self._cues for w in _WORD.findall(sentence.lower())):
                    wanted[(m, start)] = sentence
        self._keys = {place: sentence_key(s) for place, s in wanted.items()}
        known = self._cache.get_many(list(self._keys.values()))
        self._answers = {place: known.get(key, {}) for place, key in self._keys.items()}
        missing = [place for place, key in self._keys.items() if key not in known]
        docs = (
            pipeline().pipe([_capped(wanted[place]) for place in missing], batch_size=256)
            if missing
            else []
        )
        self._docs = dict(zip(missing, docs))
        for place in missing:  # remembered even if never asked about: parsed once is enough
            self._cache.put(self._keys[place], self._answers[place])
        self._window = window


@lru_cache(maxsize=1)
def model_id() -> str:
    """Names everything that shapes a cached answer, so that an answer of any other is never
    used: every file of the model, the code that reads it (`answer_sources`) and spaCy's
    version. (12 MB hashed once per process that parses, some 15 ms; searching never does.)"""
    from importlib.metadata import version

    return answers_key(answer_sources(), version("spacy"))


def answer_sources() -> list[Path]:
    """The files whose content shapes the answers: the model's, this module, and the word
    lists it reads (`index.lexicon`)."""
    from . import lexicon

    model = sorted(p for p in MODEL_DIR.rglob("*") if p.is_file())
    return [*model, Path(__file__), Path(lexicon.__file__)]


def answers_key(files: list[Path], spacy_version: str) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    digest.update(spacy_version.encode("utf-8"))
    return digest.hexdigest()


def _encode(words: SubjectWords | None) -> dict | None:
    if words is None:
        return None
    return {
        "name": [words.name.start, words.name.end],
        "kind": words.kind,
        "role": [words.role.start, words.role.end] if words.role else None,
        "others": [[o.start, o.end] for o in words.others],
    }


def _decode(answer: dict, offset: int) -> SubjectWords:
    def span(pair: list[int]) -> Span:
        return Span(pair[0] + offset, pair[1] + offset)

    return SubjectWords(
        span(answer["name"]),
        answer["kind"],
        span(answer["role"]) if answer["role"] else None,
        tuple(span(o) for o in answer["others"]),
    )


def kind_of_line(text: str) -> str | None:
    """What the entity recogniser makes of a whole short line ("Øyvind Sivertsen")."""
    cache = _line_cache()
    key = sentence_key(text)
    answers = cache.get_many([key]).get(key, {})
    if "line" not in answers:
        answers["line"] = _kind(pipeline()(_capped(text)), 0, len(text))
        cache.put(key, answers)
        cache.flush()
    return answers["line"]  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _line_cache() -> AnswerCache:
    return AnswerCache(model_id(), valid=valid_answers)


KINDS = (None, "person", "organisation")


def valid_answers(answers: object) -> bool:
    """Whether a cached row holds answers as this module writes them: subjects under
    "s<offset>", kinds under "k<start>-<end>" and "line"."""
    if not isinstance(answers, dict):
        return False
    for key, value in answers.items():
        if not isinstance(key, str):
            return False
        if key.startswith("s"):
            if value is not None and not _encoded_subject(value):
                return False
        elif key.startswith("k") or key == "line":
            if value not in KINDS:
                return False
        else:
            return False
    return True


def _encoded_subject(value: object) -> bool:
    def span(pair: object) -> bool:
        return (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in pair)
            and pair[0] <= pair[1]
        )

    return (
        isinstance(value, dict)
        and span(value.get("name"))
        and value.get("kind") in KINDS
        and (value.get("role") is None or span(value.get("role")))
        and isinstance(value.get("others"), list)
        and all(span(o) for o in value["others"])
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, as the rules split it."""
    spans, start = [], 0
    for m in SENTENCE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _capped(sentence: str) -> str:
    """A run-on "sentence" (a list, a table flattened to text) is parsed in its first
    MAX_SENTENCE_CHARS characters only: the parser's time grows with length."""
    return sentence[:MAX_SENTENCE_CHARS]


def _subject_in(doc: Doc, verb_at: int) -> SubjectWords | None:
    verb = next((t for t in doc if t.idx <= verb_at < t.idx + len(t)), None)
    if verb is None:
        return None
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == _SUBJECT]
        if subjects:
            subject: Token | None = next((c for c in subjects if c.ent_type_ == "PER"), subjects[0])
            if subject is not None and _genitive(subject):
                subject = _owned_name(subject)
            return _words(subject) if subject is not None else None
        if verb.dep_ not in _SHARES_SUBJECT or verb.head is verb:
            return None
        coordinated = verb.dep_ == _COORDINATED
        verb = verb.head
        if coordinated and verb.dep_ not in _VERB_RELATIONS:
            # "… inntatt en forsonende rolle som vert og håper at": the parser hung the second
            # verb on a noun; its subject is the one of the clause the noun is in
            verb = _clause_with_subject(verb)
            if verb is None:
                return None
        if verb.lower_ == "å":  # "Han var raskt med å understreke at": the subject controls
            verb = _controller(verb)
            if verb is None:
                return None
    return None


def _clause_with_subject(word: Token) -> Token | None:
    """The nearest word above ``word``, within four steps, that has a subject."""
    for _ in range(4):
        if any(c.dep_ == _SUBJECT for c in word.children):
            return word
        if word.head is word:
            return None
        word = word.head
    return None


def _controller(marker: Token) -> Token | None:
    """The word whose subject an infinitive shares ("Han var raskt med å understreke",
    "Politiet ønsker å presisere"): the nearest word above the infinitive marker that has a
    subject. None when an object stands between ("ba henne om å forklare": she explains)."""
    word = marker
    for _ in range(3):
        if word.head is word:
            return None
        child = word
        word = word.head
        if any(c.dep_ in _OBJECTS and c.i != child.i for c in word.children):
            return None
        if any(c.dep_ == _SUBJECT for c in word.children):
            return word
    return None


def _kind(doc: Doc, start: int, end: int) -> str | None:
    labels = [t.ent_type_ for t in doc if start <= t.idx < end]
    return _KINDS.get(max(set(labels), key=labels.count)) if labels else None


def _name(word: Token) -> Span:
    """The word and the parts of its name next to it: capitalised words (and particles such
    as "von der") that the parser hangs on it as one name."""
    parts = {c.i for c in word.children if c.dep_ == _NAME_PART and _name_like(c)}
    doc = word.doc
    first = last = word.i
    while first - 1 in parts:
        first -= 1
    while last + 1 in parts:
        last += 1
    return Span(doc[first].idx, doc[last].idx + len(doc[last]))


def _name_like(word: Token) -> bool:
    return word.text[:1].isupper() or word.text[:1].isdigit() or word.lower_ in NAME_PARTICLES


def _coordinated(word: Token) -> list[Token]:
    found = []
    for child in word.rights:
        if child.dep_ == _COORDINATED:
            found.append(child)
            found.extend(_coordinated(child))
    return found


def _genitive(word: Token) -> bool:
    """'Jengs kollega', 'TV 2s Jesper Mathisen': a name in the genitive owns what follows."""
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    if following is not None and following.head == word and following.dep_ == _NAME_PART:
        return False  # "Statens vegvesen": one name, not an owner and what it owns
    return (
        word.text.endswith("s")
        and following is not None
        and (
            following.text[:1].islower()
            or following.text[:1].isdigit()
            or following.ent_type_ == "PER"
        )
    )


def _owned_name(owner: Token) -> Token | None:
    """The person named after a genitive owner in the same phrase ("Jengs kollega i SVT
    Anders Holmberg"), or None when only a role follows."""
    for word in owner.doc[owner.i + 1 : owner.i + 8]:
        if word.is_punct or word.dep_ in _VERB_RELATIONS:
            return None
        if word.ent_type_ == "PER" and word.ent_iob_ == "B":
            return word
    return None


def _words(subject: Token) -> SubjectWords:
    name = _name(subject)
    role = next((c for c in subject.lefts if c.dep_ == _APPOSITION), None)
    label = subject.ent_type_
    return SubjectWords(
        name=name,
        kind=_KINDS.get(label),
        role=Span(role.idx, role.idx + len(role)) if role is not None else None,
        others=tuple(_name(c) for c in _coordinated(subject)),
    )
