"""The words and patterns attribution reads: quote marks, cues, and the small words around
subjects. Constants only."""

from __future__ import annotations

import re

from .. import syntax
from ..lexicon import CUE_VERBS, ONLY_WITH_AT_VERBS
from ..names import Token, is_role

# (a quote opens with no small letter: "«Wild For The Night» – for å nevne noen" is an aside)
MID_DASH = re.compile(r"(?<=[.!?»])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[–—]\s+[^a-zæøå\s])")
SENTENCE = syntax.SENTENCE_BREAK
# (an initial's full stop ends nothing: "Ragnhild H. Simenstad, til Nettavisen")
CLAUSE_END = re.compile(
    r"(?<!\b[A-ZÆØÅ])[.!?…](?=\s|$)|,\s+(?:som|men|og|mens|der|etter at|fordi)\b"
)
GUILLEMETS = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»")
BACKREF = re.compile(r"^(?:Det|Dette|Slik|Så|Sånn)\s+(\w+)\s")
QUOTE_END = re.compile(r"[,?!…]")
VERB_AFTER_QUOTE = re.compile(r"[,?!…»]*,?\s*(\w+)")
# "får Aftenposten opplyst" (first: the one told) or "NTB får opplyst" (later: told first)
TOLD = re.compile(
    r"\b(?:får\s+(?P<first>[A-ZÆØÅ][\w-]*(?:\s+(?:[A-ZÆØÅ][\w-]*|\d+))*)\s+"
    r"|(?P<later>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)\s+(?:får|fikk|har\s+fått|hadde\s+fått)\s+)"
    r"(?P<verb>opplyst|bekreftet|vite|høre|fortalt)\b"
)
# "Aftonbladet har fått opplysninger om at …": a paper told, and so the claim's source
TOLD_INFORMATION = re.compile(
    r"\b([A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)\s+(?:har\s+fått|får|fikk)\s+"
    r"(?:nå\s+|også\s+)?(?:opplysninger\s+om|bekreftet|opplyst)\b"
)
# "varslet av kilder som avisen New York Times hadde snakket med", "kilder NRK har vært i
# kontakt med": unnamed people spoke to the outlet, which is the source
SOURCES_SPOKEN_TO = re.compile(
    r"\b[Kk]ilder?\s+(?:som\s+)?(?:[a-zæøå]+\s+){0,2}?([A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)"
    r"\s+(?:har|hadde)\s+(?:snakket|pratet|vært\s+i\s+kontakt)\s+med\b"
)
# "Etter Skolenes Landsforbund sin mening er …", "Etter Støres syn": an opinion credited
IN_THE_VIEW_OF = re.compile(
    r"\b[Ee]tter ([A-ZÆØÅ][\w-]*(?: [A-ZÆØÅ][\w-]*){0,4}?)(?:s| sin| sitt| hans| hennes) "
    r"(?:mening|oppfatning|syn|vurdering)\b"
)
# "ifølge X", and "skal vi tro X" ("…, skal vi tru Brækkan"): according to X
IFOLGE = re.compile(r"\b(?:[Ii] ?(?:følge|følgje|fylgje|fylge)|skal (?:vi|man|me|ein) tr[ou])\s+")
# "X vil ikke kommentere", "X ville i midten av november ikke svare på om …", "X ville ikke
# bekrefte om", "X vil ikke spekulere i", "X ønsker ikke å kommentere": a refusal is a
# statement; "X kan ikke kommentere" too, but "kan ikke si noe" and "kan ikke svare" may be
# inability, no words
_REFUSED = (  # and nynorsk's a-infinitives: "Jarosjevskij vil ikkje seia noko om metodane"
    r"(?:kommentere|uttale seg|si noe|seie noko|svare|bekrefte|stadfeste|avkrefte|spekulere"
    r"|kommentera|uttala seg|seia noko|svara|stadfesta|spekulera)"
)
NO_COMMENT = re.compile(
    rf"\s(?:(?:vil|ville)\s+(?:[\w-]+\s+){{0,5}}?ikkj?e\s+{_REFUSED}"
    rf"|(?:ønsker|ønsket|ønskjer|ønskte)\s+(?:[\w-]+\s+){{0,5}}?ikkj?e\s+å\s+{_REFUSED}"
    r"|(?:kan|kunne)\s+(?:[\w-]+\s+){0,5}?ikkj?e\s+(?:kommentere|uttale seg))"
)
# "Han er tydelig på at", "Stjernen er klar på at": a stance stated, its content reported
STANCE = re.compile(
    r"\s(?:(?:er|var)\s+(?:[\w-]+\s+){0,2}?(?:tydelig|klar|krystallklar)\s+på\s+(?:at\b|én ting:)"
    r"|(?:legger|la)\s+(?:[\w-]+\s+){0,4}?ikke\s+skjul\s+på\s+at\b)"
)
# Words without which a narrative sentence attributes nothing (see the patterns above).
# Verbs of saying in the s-passive, read with their agent: "bekreftes av", "opplyses av".
PASSIVE_CUES = frozenset(
    "bekreftes opplyses meldes hevdes sies uttales kunngjøres fortelles skrives avkreftes".split()
)
SENTENCE_CUES = (
    CUE_VERBS
    | ONLY_WITH_AT_VERBS
    | PASSIVE_CUES
    | {"ifølge", "følge", "kommentere", "uttale", "svare", "spekulere", "får", "opplysninger"}
    | {"tro", "tru"}
    | {"mening", "oppfatning", "syn", "vurdering", "tydelig", "klar", "krystallklar"}
    # "kom X med følgende uttalelse", "har kommet med en rekke uttalelser"
    | {"uttalelse", "uttalelser", "fråsegn", "beskjed", "kommentar", "kommentarer"}
)
# Verbs whose outlet may follow them without "til": "forteller Dagbladet at".
TELLING_VERBS = frozenset(("forteller", "fortalte", "fortel", "fortalde", "opplyser", "opplyste"))
INTERVIEW = re.compile(
    r"\b[Ii] (?:et|en|sitt|sin) (?:intervju|samtale|podkast|sending|program|kronikk|kommentar|"
    r"innlegg|debattinnlegg|artikkel|leserbrev) (?:med|i|på)\s+"
    # "I en e-post til NRK sier hun:", "i en SMS til VG": the outlet written to
    r"|\b[Ii] (?:en|et) (?:e-post|epost|SMS|sms|melding|tekstmelding) til\s+"
    r"|\b[Pp]å spørsmål fra\s+"  # "På spørsmål fra Demokraten om …, opplyser Engh:"
)

# Words that may stand between a verb and its subject ("sier også Støre").
ADVERBS = frozenset(
    {
        "også",
        "imidlertid",
        "likevel",
        "derimot",
        "videre",
        "dessuten",
        "nå",
        "da",
        "selv",
        "tidligere",
        "i",
        "dag",
        "går",
        "ikke",
    }
)
# Words that may stand between a subject and its verb ("Putin har også sagt at").
AUXILIARIES = frozenset(
    {
        "har",
        "hadde",
        "skal",
        "skulle",
        "vil",
        "ville",
        "kan",
        "kunne",
        "må",
        "måtte",
        "også",
        "tidligere",
        "ikke",
        "selv",
        "nå",
        "nylig",
        "allerede",
        "derimot",
        "imidlertid",
        "likevel",
        "dessuten",
        "ofte",
        "aldri",
        "blant",
        "annet",
        "først",
        "senere",
        "dagen",
        "etter",
        "gjentatte",  # "Trump har gjentatte ganger anklaget"
        "ganger",
    }
)
# Lower-case words that end the search for a subject after a verb.
NOT_SUBJECT = frozenset(
    {
        "at",
        "om",
        "til",
        "på",
        "i",
        "for",
        "etter",
        "ikke",
        "som",
        "med",
        "og",
        "men",
        "når",
        "fra",
        "mot",
        "under",
        "over",
        "ved",
        "hos",
        "ut",
        "inn",
        "opp",
        "seg",
        "noe",
        "nei",
        "ja",
        "det",
        "dette",
        "hvor",
        "hva",
        "hvordan",
        "hvorfor",
        "da",
        "så",
        "alt",
        "ingenting",
        "rett",
        "meg",
    }
)
DETERMINERS = frozenset({"den", "det", "de", "en", "et", "ei"})
AFFILIATION = frozenset({"ved", "i", "fra", "hos", "på", "for"})
GOVERNING = frozenset({"til", "overfor", "ifølge", "mot", "med", "om", "av"})
THAT = frozenset({"at", "om", ":"})
# Finite verbs that show a clause has begun: the subject of a clause with its "at" left out
# stands right before one ("mener han myndighetene må").
CLAUSE_VERBS = frozenset(
    "må skal vil kan bør burde er har blir ble var hadde kunne skulle ville måtte kommer".split()
)
TWEET_SIGNATURE = re.compile(r"^[—–-]\s*(\S.{0,60}?)\s+\(@\w{1,30}\)\s+\S.{0,40}$")
# "til avisen", "til magasinet": an outlet named before ("sa han til avisen")
# Nouns for an outlet that is no newspaper: "til avisen" later means the paper before it
MAGAZINE_NOUNS = frozenset({"tidsskriftet", "ukebladet", "fagbladet"})

DEFINITE_OUTLET_NOUNS = frozenset(
    {
        "avisen",
        "avisa",
        "magasinet",
        "bladet",
        "kanalen",
        "nettstedet",
        "nettavisen",
        "nyhetsbyrået",
        "byrået",
        "tidsskriftet",
        "ukebladet",
        "lokalavisen",
        "lokalavisa",
        "nettavisa",
        "tv-kanalen",  # "sier hun til TV-kanalen" after "melder Sky News"
        "tv-stasjonen",
        "nyhetskanalen",
        "statskanalen",
    }
)
# A nationality in the definite form stands for a person named before ("sa serberen")
NATIONALITIES = frozenset(
    """
    nordmannen svensken dansken finnen islendingen russeren amerikaneren briten engelskmannen
    skotten tyskeren franskmannen italieneren spanjolen portugiseren nederlenderen belgieren
    sveitseren østerrikeren polakken tsjekkeren ungareren serberen kroaten argentineren
    brasilianeren kanadieren australieren japaneren kineseren
    """.split()
)
SUBJECT_PRONOUNS = frozenset({"jeg", "vi", "du", "dere", "han", "hun", "de", "eg", "ho", "me"})
FIRST_PERSON = frozenset({"jeg", "vi", "du", "dere", "man", "det", "den", "de", "seg"})
SINGULAR_I = re.compile(r"\b(?:[Jj]eg|[Ee]g|meg|[Mm]in|[Mm]itt|[Mm]ine)\b")
MAX_LOWER_BEFORE_NAME = 4
# A word right after one of these is the object of a preposition, never a subject.
PREPOSITIONS = frozenset(
    {
        "til",
        "overfor",
        "ifølge",
        "hos",
        "for",
        "med",
        "fra",
        "mot",
        "om",
        "på",
        "i",
        "ved",
        "av",
        "etter",
        "blant",
        "mellom",
        "uten",
    }
)
PRONOUN_LOOKBACK = 120  # tokens searched back for the person a pronoun refers to
CATAPHORA_PARAGRAPHS = 2  # paragraphs searched ahead when nobody is named before a pronoun
AGE_EPITHET = re.compile(r"\d{1,3}-åringen")  # "sier 24-åringen"
NUMBER_GENITIVE = re.compile(r"\d+s")  # "TV 2s": a name with a number, in the genitive

# A web address that names an outlet: "til 702.co.za", "ifølge nettavisen.no".
WEB_ADDRESS = re.compile(
    r"\s+((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:no|com|net|org|se|dk|fi|de|uk|za|io|tv|news))\b"
)

# A headline's speaker: "Roger Ruud: «…»", "Støre: – …" (names of one to four capitalised words).
NAMED_COLON = re.compile(r"([A-ZÆØÅ][\w.'’-]+(?: [A-ZÆØÅ][\w.'’-]+){0,3}): (?=«|[–—-] )")

# A capitalised compound with a lower-case head before a name: "Tesla-topp Elon Musk".
ROLE_COMPOUND = re.compile(r"[A-ZÆØÅ][\w]*-[a-zæøå]{3,}")

# What a person works out and is credited with: "ifølge Steins beregninger"
WORKINGS = frozenset(
    """
    beregninger berekningar utregninger utrekningar anslag overslag analyse analyser
    vurdering vurderinger vurderingar opplysninger opplysningar
    """.split()
)

# A person's definite noun for someone ("Veteranen", "Sprova-hopperen", "Trønderen"): an
# agent or a member, in endings no organisation's name has
_PERSON_NOUN = re.compile(
    r"[a-zæøå]{3,}(?:eren|aren|isten|anten|enten|anen|øren|mannen)"
    r"|[a-zæøå]*(?:guruen|legenden|profilen|stjernen|stjerna|kjendisen|losen)"  # "statslosen"
)
# Nouns for a person the article does not name ("En kilde ved påtalemyndigheten")
_UNNAMED = frozenset({"kilde", "kilden", "talsperson", "talspersonen", "mann", "kvinne"})


def is_person_noun(low: str) -> bool:
    """ "veteranen", "hopperen", "postmannen": a definite noun for a person, no nationality
    or role (each read by its own rule)."""
    return low not in NATIONALITIES and not is_role(low) and _PERSON_NOUN.fullmatch(low) is not None


def unnamed_person(word: str) -> bool:
    """ "kilde", "rettsembetsmannen", "politiadvokaten": a noun for one person not named."""
    return word in _UNNAMED or is_role(word) or is_person_noun(word)


# Nouns for two or more people the article has named ("forklarer duoen", "Søskenbarna
# forteller at"); like "de", they stand for the people last quoted together
GROUP_NOUNS = frozenset(
    """
    duoen paret ekteparet søskenbarna brødrene søstrene tvillingene guttene jentene
    kameratene turkameratene vennene venninnene begge
    """.split()
)


def teller_unnamed(word: str) -> bool:
    """ "fortalte nordmannen avisa Irish Independent at": a person's noun right after the verb,
    before the paper, is who told it (not named); the paper is whom it was told."""
    return word.islower() and (word in NATIONALITIES or is_person_noun(word))


def subject_length(lower: list[Token]) -> int:
    """How many of the lower-case words after a verb of saying are its subject: not an adverb
    after it ("sa presidenten videre"), nor the time or place after a role ("tvitrer
    presidenten kort tid etter …", "sa statsministeren på en pressekonferanse")."""
    n = len(lower)
    while n >= 2 and lower[n - 1].lower in ADVERBS and lower[n - 1].lower != "i":
        n -= 1
    if (
        n >= 2
        and is_role(lower[0].text)
        and lower[0].lower.endswith("en")
        and lower[1].lower in _WHEN_OR_WHERE
    ):
        n = 1
    return n


_WHEN_OR_WHERE = PREPOSITIONS | ADVERBS | {"kort", "like"}  # "kort tid etter", "på en …"


def sentence_ends(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` ends a sentence: a full stop, "!" or "?" not followed by a number
    ("kl. 10.30")."""
    if tokens[i].text not in (".", "!", "?"):
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit())


def joins_two_roles(tokens: list[Token], k: int) -> bool:
    """Whether "og" at ``k`` joins two roles of one person ("sier sivilingeniør og veiekspert
    Johan Granlund")."""
    return (
        tokens[k].lower == "og"
        and k + 1 < len(tokens)
        and is_role(tokens[k + 1].text)
        and tokens[k + 1].text.islower()
    )
