"""One identity per speaker across the index.

Within an article the parser already gives each person one canonical name; across articles
the same person may still be written "Donald J. Trump" and "Donald Trump", or "Britain's
Prime Minister Theresa May" and "Theresa May". Here the indexed names are linked:

* the same name with or without middle initials ("Donald J. Trump", "Donald Trump"), in any
  case or accent ("Politiet", "politiet"; "Erdoğan", "Erdogan");
* a name of three words or more that ends in another indexed name of two words or more is
  that name with a title before it ("Prime Minister Theresa May", "Theresa May");
* an organisation's short form and its full name, for the parties and public bodies Norwegian
  news names most ("Ap", "Arbeiderpartiet"; "PST", "Politiets sikkerhetstjeneste"; "FN", "De
  forente nasjoner"): `index.bodies.SHORT_FORMS` (case counts there: "AP" is the agency);
* a name of one word (a surname alone) is linked to nothing: only its article can say who it
  is; and a police district named ("Oslo politidistrikt") stays apart from plain "politiet".

Each identity is shown under its most quoted spelling without a title (a name glued to
words before it is never the one shown), with the others as its variants.

A person's word overrules these rules (`sitat speakers --merge A B` and `--split A B`, kept
with the corrections beside the index): names given as the same speaker are one identity, and
names given as different speakers are never joined, by a rule or through another name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from unidecode import unidecode

from index.bodies import CASE_COUNTS, SHORT_FORMS

_INITIAL = re.compile(r"^[A-ZÆØÅ]\.?$")


def spelling(name: str) -> tuple[str, ...]:
    """A name's words, folded: names that differ only in case, accents or a hyphen ("Lill Mari",
    "Lill-Mari") are one spelling."""
    # as `index.names.name_key` folds a name, without loading the parser's name rules
    words = [part for w in name.split() for part in ([w] if w in CASE_COUNTS else w.split("-"))]
    return tuple(w if w in CASE_COUNTS else unidecode(w).casefold() for w in words if w)


def _plain(key: tuple[str, ...]) -> tuple[str, ...]:
    """A spelling without its middle initials ("donald j. trump" -> "donald trump")."""
    return tuple(
        w for i, w in enumerate(key) if not (0 < i < len(key) - 1 and _INITIAL.match(w.upper()))
    )


def identities(
    counts: Mapping[str, int],
    same: Iterable[tuple[str, str]] = (),
    different: Iterable[tuple[str, str]] = (),
) -> dict[str, tuple[str, ...]]:
    """The names of ``counts`` (name -> paragraphs) as identities: each identity's shown
    name -> all its names, most quoted first. ``same`` and ``different`` are pairs of names
    a person gave as one speaker and as two."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in counts:
        groups.setdefault(spelling(name), []).append(name)
    # The spelling that stands for each spelling without initials (itself, when indexed).
    plain: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in groups:
        if plain.get(_plain(key)) != _plain(key):
            plain[_plain(key)] = key
    Key = tuple[str, ...]
    links: list[tuple[Key, Key]] = [
        (spelling(a), spelling(b))
        for a, b in same
        if spelling(a) in groups and spelling(b) in groups
    ]
    person = len(links)  # the links before this are a person's
    links += [(key, plain[_plain(key)]) for key in groups if plain[_plain(key)] != key]
    for short, full in SHORT_FORMS.items():
        if short in counts and spelling(full) in groups:
            links.append((spelling(short), spelling(full)))
    titled = set()
    for key, stands in plain.items():
        for cut in range(1, len(key) - 1):  # the longest indexed name the key ends with
            if len(key) - cut >= 2 and key[cut:] in plain:
                links.append((stands, plain[key[cut:]]))
                titled.add(stands)
                break
    apart = [(spelling(a), spelling(b)) for a, b in different]
    parent = {key: key for key in groups}

    def root(key: Key) -> Key:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for i, (a, b) in enumerate(links):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        if i >= person and any(
            x in groups and y in groups and {root(x), root(y)} == {ra, rb} for x, y in apart
        ):
            continue  # a person said these are two
        parent[ra] = rb
    merged: dict[Key, list[str]] = {}
    for key, names in groups.items():
        merged.setdefault(root(key), []).extend(names)
    found = {}
    for names in merged.values():
        # shown under a name without a title (a short form counts as one), the most quoted
        base = {n for n in names if spelling(n) not in titled} or set(names)
        ordered = tuple(sorted(names, key=lambda n: (n not in base, -counts[n], len(n), n)))
        found[ordered[0]] = ordered
    return found


def identity_id(shown: str) -> str:
    """A speaker's id: the name it is shown under, in lower-case ASCII words joined by "-"
    ("Jonas Gahr Støre" -> "jonas-gahr-store")."""
    return "-".join(re.findall(r"[a-z0-9]+", unidecode(shown).casefold())) or "-"


def shown_names(
    counts: Mapping[str, int],
    same: Iterable[tuple[str, str]] = (),
    different: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """Each name -> the name its identity is shown under."""
    return {
        name: shown
        for shown, names in identities(counts, same, different).items()
        for name in names
    }
