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
  forente nasjoner"): `SHORT_FORMS`;
* a name of one word (a surname alone) is linked to nothing: only its article can say who it
  is; and a police district named ("Oslo politidistrikt") stays apart from plain "politiet".

Each identity is shown under its most quoted spelling without a title (a name glued to
words before it is never the one shown), with the others as its variants.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from unidecode import unidecode

_INITIAL = re.compile(r"^[A-ZÆØÅ]\.?$")

# Short forms of the organisations Norwegian news quotes most, and their full names. Only forms
# that name one body are here: not "H" or "V", which are letters as often as parties.
SHORT_FORMS = {
    "Ap": "Arbeiderpartiet",
    "Frp": "Fremskrittspartiet",
    "Sp": "Senterpartiet",
    "SV": "Sosialistisk Venstreparti",
    "KrF": "Kristelig Folkeparti",
    "MDG": "Miljøpartiet De Grønne",
    "PST": "Politiets sikkerhetstjeneste",
    "SSB": "Statistisk sentralbyrå",
    "FHI": "Folkehelseinstituttet",
    "NVE": "Norges vassdrags- og energidirektorat",
    "UD": "Utenriksdepartementet",
    "LO": "Landsorganisasjonen",
    "NHO": "Næringslivets Hovedorganisasjon",
    "FN": "De forente nasjoner",
    "EU": "Den europeiske union",
    "WHO": "Verdens helseorganisasjon",
}


def _key(name: str) -> tuple[str, ...]:
    """A name's words, folded, middle initials left out."""
    words = name.split()
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.match(w))]
    # as `index.names.name_key` folds a name, without loading the parser's name rules
    return tuple(unidecode(w).casefold() for w in kept)


def identities(counts: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    """The names of ``counts`` (name -> paragraphs) as identities: each identity's shown
    name -> all its names, most quoted first."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in counts:
        groups.setdefault(_key(name), []).append(name)
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for short, full in SHORT_FORMS.items():
        if _key(short) in groups and _key(full) in groups:
            into[_key(short)] = _key(full)  # shown under whichever is quoted more, below
    for key in groups:
        for cut in range(1, len(key) - 1):  # the longest indexed name the key ends with
            if len(key) - cut >= 2 and key[cut:] in groups:
                into[key] = key[cut:]
                break
    merged: dict[tuple[str, ...], list[str]] = {}
    for key, names in groups.items():
        target = key
        while target in into:
            target = into[target]
        merged.setdefault(target, []).extend(names)
    found = {}
    shorts = {_key(short) for short in SHORT_FORMS}
    for target, names in merged.items():
        # shown under the name without a title (a short form counts as one), the most quoted
        base = set(groups[target]) | {n for n in names if _key(n) in shorts}
        ordered = tuple(sorted(names, key=lambda n: (n not in base, -counts[n], len(n), n)))
        found[ordered[0]] = ordered
    return found


def identity_id(shown: str) -> str:
    """A speaker's id: the name it is shown under, in lower-case ASCII words joined by "-"
    ("Jonas Gahr Støre" -> "jonas-gahr-store")."""
    return "-".join(re.findall(r"[a-z0-9]+", unidecode(shown).casefold())) or "-"


def shown_names(counts: Mapping[str, int]) -> dict[str, str]:
    """Each name -> the name its identity is shown under."""
    return {name: shown for shown, names in identities(counts).items() for name in names}
