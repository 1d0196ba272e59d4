"""The linguistic layer under the attribution rules: who is the subject of a verb, and what
kind of name a word belongs to.

A spaCy pipeline (tagger, dependency parser, named entities) trained on the Norwegian
Dependency Treebank with NorNE's entities (``train/``; scores in ``train/README.md``) ships in
``index/model/``. It is loaded on first use and run only on the sentences a rule asks about, so
spaCy is never imported on the search path.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .lexicon import NAME_PARTICLES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_DIR = Path(__file__).with_name("model")
MAX_SENTENCE_CHARS = 1000  # the parser is only asked about a sentence, never a whole text

# Labels of the treebank (NDT) that the rules read.
_SUBJECT = "SUBJ"
_COORDINATED = "KOORD"
_NAME_PART = "FLAT"
_APPOSITION = "APP"
_OWNER = "DET"
# A verb whose subject sits on the word it hangs from: an infinitive or participle under an
# auxiliary ("har sagt"), a coordinated verb ("trakk fram … og mente").
_SHARES_SUBJECT = frozenset({"INFV", _COORDINATED})
_KINDS = {"PER": "person", "ORG": "organisation", "GPE_ORG": "organisation"}


@dataclass(frozen=True)
class Span:
    """Character offsets into the text that was parsed."""

    start: int
    end: int


@dataclass(frozen=True)
class SubjectWords:
    """The subject of a verb as the parser reads it."""

    name: Span        # the subject word and the words of its name ("Jann" + "Post")
    kind: str | None  # "person" or "organisation" from the entity recogniser, when it knows
    role: Span | None  # an apposition before it ("NRK-kommentator Jann Post")
    owned: bool        # it has an owner in the genitive ("Jengs kollega", "TV 2s Mathisen")
    others: tuple[Span, ...] = ()  # names coordinated with it ("Både Putin og Erdogan")


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import spacy  # noqa: PLC0415 - heavy; only the indexer needs it

    return spacy.load(MODEL_DIR)


@lru_cache(maxsize=4096)
def _parse(text: str) -> Doc:
    return pipeline()(text)


def subject_of(text: str, verb_at: int) -> SubjectWords | None:
    """The subject of the verb whose first character is at ``verb_at`` in ``text``, or None
    when the parser finds none."""
    if len(text) > MAX_SENTENCE_CHARS:
        cut = max(0, verb_at - MAX_SENTENCE_CHARS // 2)
        text, verb_at = text[cut:cut + MAX_SENTENCE_CHARS], verb_at - cut
        found = subject_of(text, verb_at)
        if found is None:
            return None
        return _shifted(found, cut)
    doc = _parse(text)
    verb = next((t for t in doc if t.idx <= verb_at < t.idx + len(t)), None)
    if verb is None:
        return None
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == _SUBJECT]
        if subjects:
            subject = next((c for c in subjects if c.ent_type_ == "PER"), subjects[0])
            if _genitive(subject):
                subject = _owned_name(subject)
            return _words(subject) if subject is not None else None
        if verb.dep_ not in _SHARES_SUBJECT or verb.head is verb:
            return None
        verb = verb.head
    return None


def kind_of(text: str, start: int, end: int) -> str | None:
    """What the entity recogniser makes of the name at ``text[start:end]``: "person",
    "organisation", or None (a place, something else, or no entity)."""
    doc = _parse(text[:MAX_SENTENCE_CHARS]) if end <= MAX_SENTENCE_CHARS else None
    if doc is None:
        return None
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
    return (word.text.endswith("s") and following is not None
            and (following.text[:1].islower() or following.text[:1].isdigit()
                 or following.ent_type_ == "PER"))


def _owned_name(owner: Token) -> Token | None:
    """The person named after a genitive owner in the same phrase ("Jengs kollega i SVT
    Anders Holmberg"), or None when only a role follows."""
    for word in owner.doc[owner.i + 1:owner.i + 8]:
        if word.is_punct or word.pos_ == "VERB" or word.tag_ == "verb":
            return None
        if word.ent_type_ == "PER" and word.ent_iob_ == "B":
            return word
    return None


def _words(subject: Token) -> SubjectWords:
    name = _name(subject)
    role = next((c for c in subject.lefts if c.dep_ == _APPOSITION), None)
    owned = any(c.dep_ == _OWNER and c.text.endswith("s") and c.text[:1].isupper()
                for c in subject.lefts)
    if role is not None:
        owned = owned or any(c.dep_ == _OWNER and c.text.endswith("s") for c in role.lefts)
    label = subject.ent_type_
    return SubjectWords(name=name, kind=_KINDS.get(label),
                        role=Span(role.idx, role.idx + len(role)) if role is not None else None,
                        owned=owned, others=tuple(_name(c) for c in _coordinated(subject)))


def _shifted(found: SubjectWords, by: int) -> SubjectWords:
    role = Span(found.role.start + by, found.role.end + by) if found.role else None
    return SubjectWords(Span(found.name.start + by, found.name.end + by), found.kind, role,
                        found.owned, tuple(Span(o.start + by, o.end + by) for o in found.others))
