"""The page's words in bokmål (the default), nynorsk and English.

Templates write English and pass it through ``_``: ``{{ _("Speakers") }}``, so they read as
before; this table gives each text in bokmål and nynorsk. The language is chosen with
``?ui=nb|nn|en`` (links at the foot of every page) and kept in a cookie. A text the table
lacks is shown in English (a test lists every ``_("…")`` of the templates against it).
"""

from __future__ import annotations

import re

LANGUAGES = {"nb": "bokmål", "nn": "nynorsk", "en": "English"}
DEFAULT = "nb"
COOKIE = "sitat-ui"

# English: (bokmål, nynorsk)
WORDS: dict[str, tuple[str, str]] = {
    # the frame
    "Search": ("Søk", "Søk"),
    "Speakers": ("Talere", "Talarar"),
    "Quotes": ("Sitater", "Sitat"),
    "Language": ("Språk", "Språk"),
    "Skip to the content": ("Gå til innholdet", "Gå til innhaldet"),
    # the search form
    'humanitær hjelp, speaker:Putin, "a phrase", date:2016 …': (
        'humanitær hjelp, speaker:Putin, "en frase", date:2016 …',
        'humanitær hjelp, speaker:Putin, "ei frase", date:2016 …',
    ),
    "Speaker": ("Taler", "Talar"),
    "Source": ("Kilde", "Kjelde"),
    "Outlet": ("Medium", "Medium"),
    "Section": ("Mellomtittel", "Mellomtittel"),
    "Date": ("Dato", "Dato"),
    "Quote": ("Sitat", "Sitat"),
    "any": ("alle", "alle"),
    "direct": ("direkte", "direkte"),
    "indirect": ("indirekte", "indirekte"),
    "partial": ("delsitat", "delsitat"),
    "none": ("ingen", "ingen"),
    "Written in": ("Skrevet på", "Skrive på"),
    "bokmål or nynorsk": ("bokmål eller nynorsk", "bokmål eller nynorsk"),
    "Sort": ("Sortering", "Sortering"),
    "best first": ("beste treff først", "beste treff først"),
    "newest first": ("nyeste først", "nyaste først"),
    # results
    "Showing results for": ("Viser treff for", "Viser treff for"),
    "No paragraph has every word; these have some of them.": (
        "Ingen avsnitt har alle ordene; disse har noen av dem.",
        "Ingen avsnitt har alle orda; desse har nokre av dei.",
    ),
    "Remove the filter": ("Fjern filteret", "Fjern filteret"),
    "Sources": ("Kilder", "Kjelder"),
    "Outlets": ("Medier", "Medium"),
    "Months": ("Måneder", "Månader"),
    "of": ("av", "av"),
    "about": ("omtrent", "om lag"),
    "paragraph": ("avsnitt", "avsnitt"),
    "paragraphs": ("avsnitt", "avsnitt"),
    "No paragraph matches": ("Ingen avsnitt passer", "Ingen avsnitt passar"),
    "try fewer words, or remove a filter": (
        "prøv færre ord, eller fjern et filter",
        "prøv færre ord, eller fjern eit filter",
    ),
    "speakers": ("talere", "talarar"),
    "sources": ("kilder", "kjelder"),
    "section": ("mellomtittel", "mellomtittel"),
    "article": ("artikkel", "artikkel"),
    "quote": ("sitat", "sitat"),
    'Type to search. Words all match; "quotes" for a phrase; speaker:, source:, outlet:, '
    "section:, quote:, lang:, date: to filter; OR, NOT, -word, prefix*, typo~.": (
        'Skriv for å søke. Alle ordene må finnes; "anførselstegn" rundt en frase; speaker:, '
        "source:, outlet:, section:, quote:, lang:, date: for å filtrere; OR, NOT, -ord, "
        "begynnelse*, skrivefeil~.",
        'Skriv for å søkje. Alle orda må finnast; "hermeteikn" rundt ei frase; speaker:, '
        "source:, outlet:, section:, quote:, lang:, date: for å filtrere; OR, NOT, -ord, "
        "byrjing*, skrivefeil~.",
    ),
    "Names that begin with": ("Navn som begynner på", "Namn som byrjar på"),
    # an article
    "Back to the results": ("Tilbake til treffene", "Tilbake til treffa"),
    "Read the original": ("Les originalen", "Les originalen"),
    "by": ("av", "av"),
    "corrected": ("rettet", "retta"),
    "by hand (sitat correct)": ("for hånd (sitat correct)", "for hand (sitat correct)"),
    "Who is who (kept with the corrections)": (
        "Hvem er hvem (lagres med rettelsene)",
        "Kven er kven (blir lagra med rettingane)",
    ),
    "and speaker": ("og taleren", "og talaren"),
    "are one": ("er én", "er éin"),
    "are two": ("er to", "er to"),
    "Copy citation": ("Kopier sitering", "Kopier sitering"),
    "Copied": ("Kopiert", "Kopiert"),
    # speakers and quotes
    "name": ("navn", "namn"),
    "kind": ("type", "type"),
    "also written": ("også skrevet", "også skrive"),
    "Name": ("Navn", "Namn"),
    "Words": ("Ord", "Ord"),
    "Who is quoted (a comma between two; empty: nobody)": (
        "Hvem er sitert (komma mellom to; tomt: ingen)",
        "Kven er sitert (komma mellom to; tomt: ingen)",
    ),
    "Correct": ("Rett", "Rett"),
    "own words": ("egne ord", "eigne ord"),
    "Kind": ("Type", "Type"),
    "most quoted first": ("mest sitert først", "mest sitert først"),
    "by name": ("etter navn", "etter namn"),
    "Earlier speakers": ("Forrige side", "Førre side"),
    "More speakers": ("Neste side", "Neste side"),
    "person": ("person", "person"),
    "organisation": ("organisasjon", "organisasjon"),
    "outlet": ("medium", "medium"),
    "Quotes of": ("Sitater fra", "Sitat frå"),
    "Words in «» are the speaker's own; a paraphrase is the article's words about what they "
    "said, and is never quoted.": (
        "Ord i «» er talerens egne; en parafrase er artikkelens ord om det som ble sagt, og "
        "står aldri i anførselstegn.",
        "Ord i «» er talaren sine eigne; ei parafrase er orda til artikkelen om det som vart "
        "sagt, og står aldri i hermeteikn.",
    ),
    "paraphrase": ("parafrase", "parafrase"),
    "Earlier quotes": ("Tidligere sitater", "Tidlegare sitat"),
    "More quotes": ("Flere sitater", "Fleire sitat"),
}


def translate(text: str, language: str) -> str:
    """``text`` (English) in ``language``; English when the table lacks it."""
    if language == "en":
        return text
    found = WORDS.get(text)
    if found is None:
        return text
    return found[0] if language == "nb" else found[1]


def chosen(asked: str | None, kept: str | None) -> str:
    """The language asked for in the URL, else the one kept in the cookie, else bokmål."""
    for language in (asked, kept):
        if language in LANGUAGES:
            return language
    return DEFAULT


# What the search says about a query (made in English by `search.query` and `search.api`),
# as patterns with their bokmål and nynorsk; "{kind}" is the field's word.
_KINDS = {"speaker": ("taler", "talar"), "source": ("kilde", "kjelde")}
_NOTES: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(r"^No (speaker|source) is called «(.+?)»; showing (.+)\.$"),
        "Ingen {kind} heter «{1}»; viser {2}.",
        "Ingen {kind} heiter «{1}»; viser {2}.",
    ),
    (
        re.compile(r"^No (speaker|source) is called «(.+?)»; did you mean (.+)\?$"),
        "Ingen {kind} heter «{1}»; mente du {2}?",
        "Ingen {kind} heiter «{1}»; meinte du {2}?",
    ),
    (
        re.compile(r"^No (speaker|source) is called «(.+?)»\.$"),
        "Ingen {kind} heter «{1}».",
        "Ingen {kind} heiter «{1}».",
    ),
    (
        re.compile(r"^(speaker|source):(.+?) is (\d+) names: (.+); showing all of them\.$"),
        "{0}:{1} er {2} navn: {3}; viser alle.",
        "{0}:{1} er {2} namn: {3}; viser alle.",
    ),
    (
        re.compile(r"^No article is from an outlet called «(.+?)» \(outlets: (.+)\)\.$"),
        "Ingen artikkel er fra et medium som heter «{0}» (medier: {1}).",
        "Ingen artikkel er frå eit medium som heiter «{0}» (medium: {1}).",
    ),
    (
        re.compile(r"^The search stopped: .*$"),
        "Søket stoppet: prefiksene eller de uskarpe ordene står for for mye, og dette er de "
        "beste treffene i tiden et søk får. Skriv flere bokstaver for å søke i alt.",
        "Søket stoppa: prefiksa eller dei uskarpe orda står for for mykje, og dette er dei "
        "beste treffa i tida eit søk får. Skriv fleire bokstavar for å søkje i alt.",
    ),
    (
        re.compile(r"^At least (\d+) paragraphs match: .*$"),
        "Minst {0} avsnitt passer: søkets tid gikk ut mens de ble talt.",
        "Minst {0} avsnitt passar: tida til søket gjekk ut medan dei vart talde.",
    ),
    (
        re.compile(r"^The counts by speaker, source and month are of .*$"),
        "Tallene per taler, kilde og måned er for avsnittene som ble talt før søkets tid gikk ut.",
        "Tala per talar, kjelde og månad er for avsnitta som vart talde før tida til søket "
        "gjekk ut.",
    ),
]


def translate_note(note: str, language: str) -> str:
    """A note of the search (English) in ``language``; as it is when no pattern knows it."""
    if language == "en":
        return note
    for pattern, nb, nn in _NOTES:
        found = pattern.match(note)
        if found:
            parts = [part.replace(" and ", " og ") for part in found.groups()]
            kind = _KINDS.get(parts[0], ("", ""))[0 if language == "nb" else 1]
            return (nb if language == "nb" else nn).format(*parts, kind=kind)
    return note
