"""Bodies Norwegian news quotes by name, whose kind the text does not always make plain.

The entity recogniser reads "SV sier" or "NATO mener" as a person often enough (issue 25
found NATO, SV, MDG, Rødt and Twitter listed as people on the development articles), and the
parse has nothing better to go on: a party or an alliance speaks like a person. These are
known, so they are said here: the parties of the Storting and the alliances and international
bodies the news quotes most are organisations; the platforms people post on are outlets (a
statement "på Twitter" is credited to the platform, as "til NTB" is to the agency: the
platforms are `index.lexicon.PLATFORMS`, and `index.lexicon.known_kind` says all three).

`SHORT_FORMS` ties a body's short form to its full name, for one identity across the index
(`search.identities`). Only forms that name one body are there: not "H" or "V", which are
letters as often as parties, and not "AP", which is the Associated Press (the party is "Ap").
"""

from __future__ import annotations

SHORT_FORMS = {
    "Ap": "Arbeiderpartiet",
    "Frp": "Fremskrittspartiet",
    "FrP": "Fremskrittspartiet",
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

# Written so, these are not the word in other case: "AP" is the Associated Press, "Ap" the
# Labour party.
CASE_COUNTS = {"AP"}

PARTIES = {
    "Arbeiderpartiet",
    "Høyre",
    "Fremskrittspartiet",
    "Senterpartiet",
    "Sosialistisk Venstreparti",
    "Kristelig Folkeparti",
    "Venstre",
    "Miljøpartiet De Grønne",
    "Rødt",
    "Pasientfokus",
    "Industri- og Næringspartiet",
    "Arbeidarpartiet",  # nynorsk
    "Framstegspartiet",
    "Kristeleg Folkeparti",
    "Miljøpartiet Dei Grøne",
}

ALLIANCES = {
    "NATO",
    "Nato",
    "EU",
    "FN",
    "WHO",
    "OECD",
    "IMF",
    "OPEC",
    "WTO",
    "Unicef",
    "UNICEF",
    "UNHCR",
    "Røde Kors",
    "Raude Krossen",
    "Amnesty International",
    "Human Rights Watch",
    "Leger Uten Grenser",
    "Den europeiske union",
    "De forente nasjoner",
    "Dei sameinte nasjonane",
}
