"""Word lists for Norwegian news attribution.

Compiled from Bokmål morphology and news style (see docs in README). They are open lists: the
attribution rules work on structure (verb, subject, "at", the quote's shape) and use these lists
only to recognise the words that play each part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .bodies import ALLIANCES, CASE_COUNTS, PARTIES, SHORT_FORMS

if TYPE_CHECKING:
    from .article import SpeakerKind

# Verbs of saying, every common form. "legge til" is handled as verb + particle "til".
CUE_VERBS = frozenset(
    """
    sier sa sagt si forteller fortalte fortalt uttaler uttalte uttalt opplyser opplyste opplyst
    påpeker påpekte påpekt understreker understreket tilføyer tilføyde mener mente hevder hevdet
    skriver skrev skrevet melder meldte meldt bekrefter bekreftet avkrefter avkreftet avviser
    avviste benekter benektet innrømmer innrømmet advarer advarte varsler varslet kunngjør
    kunngjorde erklærer erklærte forklarer forklarte svarer svarte spør spurte gjentar gjentok
    fastslår fastslo konstaterer konstaterte anslår anslo kritiserer kritiserte anklager anklaget
    oppfordrer oppfordret rapporterer rapporterte kommenterer kommenterte siterer siterte utdyper
    utdypet presiserer presiserte medgir medga erkjenner erkjente poengterer poengterte roper ropte
    argumenterer argumenterte beskriver beskrev legger la lagt ber ba bedt krever krevde krevd
    foreslår foreslo foreslått
    forsikrer forsikret fortsetter fortsatte avslutter avsluttet tvitrer tvitret tvitra
    bestrider bestred reagerer reagerte fastholder fastholdt bedyrer bedyret påstår påsto
    medgikk innrømmet innrømt tror trodde håper håpet frykter fryktet spår spådde oppklarer
    oppklarte
    smiler smilte ler lo sukket slår slo føyer føyde hvisker hvisket spøker spøkte humrer humret
    tordner tordnet klager klaget
    synes syntes anbefaler anbefalte utelukker utelukket antyder antydet framholder framholdt
    fremholder fremholdt roser roste omtaler omtalte lover lovet bemerker bemerket oppgir oppga
    viser viste offentliggjør offentliggjorde beklager beklaget avslører avslørte avslørt
    uttrykker uttrykte uttrykt uttrykkte uttrykkt nekter nektet nevner nevnte omtalt vedgår
    vedgikk vedgått informerer informerte påviser påviste påvist langer langet kaller kalte
    oppsummerer oppsummerte oppsummert gjentatt slått fordømmer fordømte tilbakeviser tilbakeviste
    understrekte gjør gjorde gjort gir ga gav gitt trekker trakk utbryter utbrøt skriker skrek
    minnes mintes insisterer insisterte peker annonserer annonserte flagger flagget
    begrunner begrunnet konkluderer konkluderte jubler jublet protesterer protesterte
    replikerer replikerte repliserer repliserte
    """.split()
)
# How these lists were made: the verbs that follow a dash quote's closing comma (", sier han")
# or stand between a subject and "at" ("hun påpeker at") in the 386 real articles of the
# development set, plus each verb's other tenses.

# Infinitives and participles of verbs of saying. They report speech only with "at" right
# after them ("kan bekrefte at", "var raskt med å understreke at", "har forklart at");
# elsewhere they are plans, duties or states ("ble bedt om å forklare seg", "har forklart seg
# for politiet", "ble erklært død").
ONLY_WITH_AT_VERBS = frozenset(
    """
    fortelle uttale opplyse påpeke understreke tilføye hevde skrive melde bekrefte avkrefte
    avvise benekte innrømme advare varsle kunngjøre erklære forklare fastslå konstatere presisere
    medgi erkjenne poengtere forsikre fastholde påstå
    forklart påpekt kunngjort erklært erkjent presisert poengtert konstatert fastslått medgitt
    tilføyd påstått advart kritisert rapportert argumentert insistert informert
    """.split()
)

# Verbs that report speech only right after the quoted words (", fortsatte hun"); elsewhere
# they mean something else ("fortsatte bombingen").
AFTER_QUOTE_VERBS = frozenset(
    """
    fortsetter fortsatte avslutter avsluttet smiler smilte ler lo sukket spøker spøkte humrer
    humret tordner tordnet klager klaget jubler jublet protesterer protesterte
    """.split()
)

# Verbs of saying only with their particle, wherever they stand: "gjør det klart at", "gir
# uttrykk for at" ("…, gjør meg stolt, sier Solskjær": the quote goes on)
SAYING_ONLY_WITH_PARTICLE = frozenset(
    {"gjør", "gjorde", "gjort", "gir", "ga", "gav", "gitt", "trekker", "trakk"}
)

# Verbs that only count as speech with the particle "til" ("legger han til", "la Putin til").
PARTICLE_VERBS = frozenset(
    {
        "legger",
        "la",
        "lagt",
        "slår",
        "slo",
        "føyer",
        "føyde",
        "viser",
        "viste",
        "nekter",
        "nektet",
        "langer",
        "langet",
        "slått",
        "gjør",
        "gjorde",
        "gjort",
        "gir",
        "ga",
        "gav",
        "gitt",
        "trekker",
        "trakk",
        "peker",
        "begrunner",
        "begrunnet",
    }
)
# The particle each of those needs ("legger til", "slår fast", "føyer til").
PARTICLES = {
    "legger": "til",
    "la": "til",
    "lagt": "til",
    "slår": "fast",
    "slo": "fast",
    "føyer": "til",
    "føyde": "til",
    "viser": "til",  # "Hauglie viste til en intern e-post"
    "viste": "til",
    "slått": "fast",  # "Frp har slått fast at"
    "langer": "ut",  # "langet han også ut mot Frankrike"
    "langet": "ut",
    "nekter": "for",  # "nektet han for å ha slått": a denial; "nekter å" is a refusal
    "nektet": "for",
    "gir": "uttrykk",  # "Solskjær gir uttrykk for at": expresses, says
    "ga": "uttrykk",
    "gav": "uttrykk",
    "gitt": "uttrykk",
    "trekker": "frem",  # "Han trekker fram at", "Hun trakk frem tre områder": highlights
    "trakk": "frem",
    "peker": "på",  # "Brækkan peikar på Italia som ei stor årsak"; "pekte på straffemerket" no
    "begrunner": "med",  # "Sandvik begrunner vedtaket med at": the reason given, said
    "begrunnet": "med",
    "gjør": "klart",  # "gjør det i dag klart at": made clear, said (see `has_particle`)
    "gjorde": "klart",
    "gjort": "klart",
}

# Verbs whose subject, when it is an unknown single name, is a publication ("skriver Independent").
PUBLISH_VERBS = frozenset({"skriver", "skrev", "melder", "meldte", "rapporterer", "rapporterte"})

PRONOUNS_SINGULAR = frozenset({"han", "hun"})
PRONOUNS_PLURAL = frozenset({"de"})

# Nouns that announce a publication or agency: "til nyhetsbyrået AFP", "skriver avisen VG".
OUTLET_NOUNS = frozenset(
    """
    avisen avisa avis nyhetsbyrået nyhetsbyrå byrået kanalen kanal tv-kanalen tv-stasjonen
    nettstedet nettavisen magasinet tidsskriftet ukebladet radiokanalen radiostasjonen kringkasteren
    statskanalen nyhetsnettstedet nyhetskanalen nyhetsbrevet bladet dagsavisen lokalavisen
    lokalavisa nettavisa
    tv-programmet nyhetsprogrammet radioprogrammet
    """.split()
)

# Publications and agencies recognised without an announcing noun ("ifølge Reuters").
KNOWN_OUTLETS = {
    name.casefold(): name
    for name in [
        "Reuters",
        "AFP",
        "AP",
        "NTB",
        "NPK",
        "Nynorsk Pressekontor",
        "ANB",
        "TT",
        "Ritzau",
        "DPA",
        "Bloomberg",
        "CNN",
        "BBC",
        "NRK",
        "TV 2",
        "VG",
        "Dagbladet",
        "Aftenposten",
        "DN",
        "Dagens Næringsliv",
        "E24",
        "Klassekampen",
        "Nationen",
        "Vårt Land",
        "Bergens Tidende",
        "BT",  # Bergens Tidende, as papers name it: "til BTs nettutgave"
        "Adresseavisen",
        "Adressa",
        "Stavanger Aftenblad",
        "Aftenbladet",
        "Nettavisen",
        "Nettavisen Økonomi",
        "Morgenbladet",
        # Norwegian papers beyond the national ones, named by articles as their sources
        "Finansavisen",
        "Dagsavisen",
        "Fædrelandsvennen",
        "Nordlys",
        "iTromsø",
        "Avisa Nordland",
        "Harstad Tidende",
        "Drammens Tidende",
        "Romerikes Blad",
        "Budstikka",
        "Tønsbergs Blad",
        "Sunnmørsposten",
        "Romsdals Budstikke",
        "Trønder-Avisa",
        "Agderposten",
        "Varden",
        "Telemarksavisa",
        "Oppland Arbeiderblad",
        "Hamar Arbeiderblad",
        "Gudbrandsdølen Dagningen",
        "Glåmdalen",
        "Østlendingen",
        "Fredriksstad Blad",
        "Sarpsborg Arbeiderblad",
        "Moss Avis",
        "Haugesunds Avis",
        "Bergensavisen",
        "Laagendalsposten",
        "Ringerikes Blad",
        "Sandefjords Blad",
        "Firda",
        "Altaposten",
        "Finnmarken",
        "Lofotposten",
        "Rana Blad",
        "Namdalsavisa",
        "Dagens Perspektiv",
        "Medier24",
        "Kampanje",
        "Journalisten",
        "Khrono",
        "Filter Nyheter",
        "Financial Times",
        "New York Times",
        "The New York Times",
        "The Guardian",
        "Guardian",
        "Independent",
        "The Independent",
        "Washington Post",
        "The Washington Post",
        "Wall Street Journal",
        "The Times",
        "Le Monde",
        "Le Figaro",
        "Le Quotidien",
        "Der Spiegel",
        "Spiegel",
        "Bild",
        "Die Welt",
        "Kommersant",
        "Izvestija",
        "Pravda",
        "TASS",
        "RIA Novosti",
        "Interfax",
        "Sputnik",
        "RT",
        "Al Jazeera",
        "Anadolu",
        "Hürriyet",
        "Xinhua",
        "Politico",
        "Axios",
        "Yle",
        "SVT",
        "DR",
        "Expressen",
        "Aftonbladet",
        "Dagens Nyheter",
        "Svenska Dagbladet",
        "Politiken",
        "Jyllands-Posten",
        "Berlingske",
        "EPA",
        "Getty Images",
        "Shutterstock",
        "Ritzau Scanpix",
        "Colourbox",
        "iStock",
        "Scanpix",
        "NTB Scanpix",
        "DHA",
        "Fox News",
        "NBC",
        "CBS",
        "ABC",
        "Sky News",
        "Haaretz",
        "Times of Israel",
        "El País",
        "Corriere della Sera",
        "La Repubblica",
        "Associated Press",
        "Agence France-Presse",
        "Deutsche Welle",
        "Euronews",
        "Radio Free Europe",
        # papers, channels and agencies abroad that Norwegian articles cite by name
        "Daily Mail",
        "The Sun",
        "Daily Mirror",
        "The Telegraph",
        "Daily Telegraph",
        "Evening Standard",
        "Sky Sports",
        "USA Today",
        "Los Angeles Times",
        "New York Post",
        "CNBC",
        "MSNBC",
        "ESPN",
        "TMZ",
        "Entertainment Tonight",
        "The Hollywood Reporter",
        "Hollywood Reporter",
        "Rolling Stone",
        "Newsweek",
        "The Economist",
        "South China Morning Post",
        "Kyodo",
        "Yonhap",
        "NHK",
        "Süddeutsche Zeitung",
        "Frankfurter Allgemeine Zeitung",
        "Le Parisien",
        "L'Équipe",
        "Marca",
        "Gazzetta dello Sport",
        "Ekstra Bladet",
        "Helsingin Sanomat",
        "Göteborgs-Posten",
        "Sydsvenskan",
    ]
}
KNOWN_OUTLETS["tv2"] = "TV 2"  # spelt both ways
KNOWN_OUTLETS["reuter"] = "Reuters"  # "Reuter / NTB scanpix", as older credits spell it


def known_outlet(name: str) -> str | None:
    """The known publication or agency ``name`` is, in any case, but not a name whose case
    makes it something else: "Ap" is the Labour party, not the agency AP."""
    found = KNOWN_OUTLETS.get(name.casefold())
    if found in CASE_COUNTS and name != found:
        return None
    site, dot, domain = name.rpartition(".")
    if (
        found is None
        and dot
        and domain in ("no", "com", "se", "dk")
        and site.casefold() in KNOWN_OUTLETS
    ):
        return name  # "lover Svindal Dagbladet.no": the paper's site
    head, _, rest = name.partition(" ")
    if found is None and head == "NRK" and rest[:1].isupper():
        # a district office or channel: "NRK Rogaland", "NRK Sport", "NRK Sogn og Fjordane"
        words = rest.split(" ")
        if len(words) == 1 or (len(words) == 3 and words[1] == "og" and words[2][:1].isupper()):
            return name
    return found


# How Norwegian newspapers' names end ("Bergens Tidende", "Romerikes Blad", "Gudbrandsdølen
# Dagningen", "Oppland Arbeiderblad"): a two-word name ending so is a publication, not a person.
OUTLET_NAME_ENDINGS = (
    "tidende",
    "blad",
    "bladet",
    "avis",
    "avisa",
    "avisen",
    "budstikke",
    "posten",
    "dagningen",
    "nytt",
    "nyheter",
    "tidene",
    "dagsavis",
    "kurer",
    "kurir",
)
# The last word of many foreign papers' names ("South China Morning Post", "The New York
# Times", "Financial Times", "Wall Street Journal"), as a whole word.
OUTLET_LAST_WORDS = frozenset(
    """
    post times news journal herald tribune gazette telegraph chronicle mail mirror express
    guardian observer standard today independent sports business online insider
    """.split()
)

# Social platforms a statement can be published on ("skriver han på Facebook").
PLATFORMS = {
    name.casefold(): name
    for name in [
        "Facebook",
        "Twitter",
        "X",
        "Instagram",
        "LinkedIn",
        "TikTok",
        "Telegram",
        "YouTube",
        "Truth Social",
        "Snapchat",
        "Bluesky",
    ]
}

# Words that start a sentence with a capital letter but are never part of a name.
FUNCTION_WORDS = frozenset(
    """
    både men og eller da når etter før i på av til fra med mot om under over ved hos hverken
    mens der her det den de dette disse denne han hun vi jeg du dere man en et ei ingen alle
    samtidig ifølge også ellers nå så som at hvis selv siden fordi ettersom derfor likevel dessuten
    imidlertid tross allerede bare ikke aldri alltid kanskje trolig heller blant mellom gjennom
    uten innen utenfor inne ute hva hvem hvor hvordan hvorfor hvilke hvilken hva slik sånn
    mange flere få noen noe hver hvert annen andre begge tidligere senere først sist siste neste
    mandag tirsdag onsdag torsdag fredag lørdag søndag i dag i går januar februar mars april mai
    juni juli august september oktober november desember ja nei takk dermed deretter videre
    dagens årets ukens nye store stor liten små gamle unge første andre tredje
    """.split()
)

# Words for people's roles that stand before a name and are not part of it.
ROLE_WORDS = frozenset(
    """
    president presidenten statsminister statsministeren utenriksminister forsvarsminister
    finansminister justisminister helseminister minister ministeren analytiker analytikeren
    advokat advokaten underdirektør direktør direktøren leder lederen sjef sjefen professor
    professoren forsker forskeren seniorforsker talsperson talsmann talskvinne ordfører
    ordføreren generalsekretær generalsekretæren ambassadør ambassadøren general generalen
    kommandør oberst major kaptein politiker statssekretær stortingsrepresentant partileder
    nestleder styreleder konsernsjef administrerende daglig kommentator journalist redaktør
    sjefredaktør ekspert eksperten rådgiver spesialutsending utsending biskop pave kong kongen
    dronning prins prinsesse statsråd politimester lensmann aktor forsvarer dommer
    kronprins sekretær guvernør senator kansler forbundskansler visepresident fylkesmann
    statsforvalter rektor overlege lege etterforsker innsatsleder operasjonsleder
    pressetalsperson pressesjef kommunikasjonssjef byråd byrådsleder manager
    ordførar leiar nestleiar styreleiar partileiar forskar seniorforskar rådgjevar talsperson
    politiinspektør fellingsleiar operasjonsleiar prosjektleiar dagleg forsvarar dommar reporter
    """.split()
)

# Endings that mark a compound role word ("Forsvarsminister", "Innsatsleder").
ROLE_SUFFIXES = (
    "byråd",  # "finansbyråden"
    "rapportør",  # "FNs spesialrapportør", "ifølge FN-rapportøren"
    "reder",  # "skipsreder Einar Johan Rasmussen", then "sier den kristne rederen"
    "minister",
    "ministeren",
    "leder",
    "lederen",
    "sjef",
    "sjefen",
    "direktør",
    "direktøren",
    "fører",
    "føreren",
    "sekretær",
    "forsker",
    "analytiker",
    "talsperson",
    "president",
    "presidenten",
    "rådgiver",
    "ekspert",
    "representant",
    "redaktør",
    "dommer",
    "advokat",
    # nynorsk forms ("operasjonsleiar", "valforskar", "Politiinspektøren")
    "leiar",
    "leiaren",
    "forskar",
    "rådgjevar",
    "inspektør",
    # occupations that stand capitalised before a name at the start of a sentence
    # ("Stjernekokk Trond Moi", "Assistenttrener Roberto Moreno", "Meteorolog Frode Korneliussen")
    "trener",
    "spiller",
    "løper",
    "mester",
    "kokk",
    "forfatter",
    "utvikler",
    "vakt",
    "olog",
    "politiker",
    "kommentator",
    "fotograf",
    "journalist",
    "økonom",
    "kaptein",
    "musiker",
    "vinner",
    "strateg",
    "stjerne",  # "Langrennsstjerne Johannes Høsflot Klæbo", "popstjernen"
    "profil",
    "legende",
    "komiker",
    "bonde",  # "sauebonde og styremedlem …, Kjetil Ulset", then "kviskrar sauebonden"
    "lektor",  # "høgskulelektor i BI, Tor Geir Kvinen", then "seier høgskulelektoren"
    "amanuensis",  # "førsteamanuensis"
    # "Lagkamerat Anders Bardal, som ble nummer 14 søndag, skrøt også av Evensen" (but
    # "Turkameratene", the two of a pair, is a group: `attribution.words.GROUP_NOUNS`)
    "lagkamerat",
    "klubbkamerat",
    "partikamerat",
    "kollega",  # "partikollega Ola Elvestuen"
)

# Particles inside personal names ("Staffan de Mistura", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "dos",
        "del",
        "bin",
        "ibn",
        "af",
        "al",
        "el",
    }
)

# Lower-case nouns that make a place name an organisation: "Buskerud tingrett",
# "Oslo kommune", "Sør-Øst politidistrikt", "Haukeland universitetssjukehus".
ORGANISATION_NOUNS = frozenset(
    """
    tingrett lagmannsrett kommune fylkeskommune politidistrikt sykehus universitetssykehus
    universitetssjukehus sjukehus universitet høgskole høyskole fylke bispedømme havn lufthavn
    brannvesen helseforetak stift kirke museum teater skole skule barnehage
    """.split()
)

# Public bodies named by their initials, and the organisations of one word news cites most,
# which speak under their own name and are never the outlet a claim is credited to ("ifølge
# NVE", "melder SSB", "ifølge Amnesty"): an unknown single name after "ifølge" is otherwise
# read as an outlet's.
PUBLIC_BODIES = frozenset(
    """
    nve ssb fhi nav dsb udi une pst nho lo ks kripos økokrim nsm imdi who fn nato eu imf oecd
    unicef unhcr unesco wto opec iea iaea ilo interpol europol amnesty greenpeace bellona
    flyktninghjelpen frelsesarmeen høyesterett
    """.split()
)

# Lower-case institutions that speak ("opplyser politiet").
INSTITUTIONS = frozenset(
    {
        "politiet",
        "regjeringen",
        "departementet",
        "kommunen",
        "brannvesenet",
        "forsvaret",
        "ambulansetjenesten",
        "sykehuset",
        "barnevernet",
        "retten",  # "Retten mener derfor at", "ifølge retten" (the court, as a subject)
        "tingretten",
        "lagmannsretten",
    }
)


def is_institution(word: str) -> bool:
    """A lower-case institution that speaks ("politiet"), also named with its place in front
    ("Oslo-politiet", "Bergen-politiet")."""
    low = word.casefold()
    if low in INSTITUTIONS:
        return True
    head, _, tail = word.rpartition("-")
    return bool(head) and head[:1].isupper() and tail in INSTITUTIONS


# Bodies whose names open with "Det"/"Den", which the rules otherwise read as a pronoun
NAMED_WITH_ARTICLE = {
    ("det", "hvite", "hus"): "Det hvite hus",
    ("den", "norske", "kirke"): "Den norske kirke",
    ("det", "europeiske", "råd"): "Det europeiske råd",
    ("den", "europeiske", "sentralbanken"): "Den europeiske sentralbanken",
    ("den", "norske", "nobelkomité"): "Den norske Nobelkomité",
    ("den", "norske", "nobelkomite"): "Den norske Nobelkomite",
    ("det", "norske", "nobelinstituttet"): "Det norske Nobelinstituttet",
}


def known_body_at(tokens: list, k: int) -> tuple[str, int] | None:
    """(name, end) of a body named with "Det"/"Den" at token ``k`` ("Det hvite hus")."""
    for words, name in NAMED_WITH_ARTICLE.items():
        end = k + len(words)
        if end <= len(tokens) and tuple(t.lower for t in tokens[k:end]) == words:
            return name, end
    return None


# A body's common noun in its definite form, with the stem its name holds: "ifølge banken"
# after "Handelsbanken", "opplyste selskapet" after "flyselskapet Norwegian", "ifølge
# instituttet" after "Norsk filminstitutt" (`attribution.body_nouns.body_named_before`).
BODY_NOUNS = {
    "selskapet": "selskap",
    "banken": "bank",
    "instituttet": "institutt",
    "rederiet": "rederi",
    "tilsynet": "tilsyn",
    "direktoratet": "direktorat",
    "organisasjonen": "organisasjon",
    "foreningen": "forening",
    "forbundet": "forbund",
    "klubben": "klubb",
    "konsernet": "konsern",
    "stiftelsen": "stiftelse",
    "etaten": "etat",
    "universitetet": "universitet",
    "departementet": "departement",
    "domstolen": "domstol",  # "konkluderte domstolen med at", after "Menneskerettighetsdomstolen"
}

# Nynorsk words the rules above read, with the bokmål word each stands for. In a nynorsk
# article a token is looked up by its bokmål counterpart, so every rule reads both standards
# from one set of lists ("seier ho" is read as "sier hun", "ifølgje NPK" as "ifølge NPK").
# Verbs of saying in their tenses, pronouns, determiners and the function words the rules
# stop at; from Nynorskordboka's inflections of the bokmål words listed above.
NYNORSK_TO_BOKMAL = {
    **dict.fromkeys(["seier", "seiar"], "sier"),
    **dict.fromkeys(["seie", "seia"], "si"),
    **dict.fromkeys(["tykkjer", "tykker"], "synes"),  # "Ho tykkjer det er flott at"
    "beklagar": "beklager",
    "beklaga": "beklaget",  # "beklaga Kari-Anne Nordbø (Sp) at"
    "båe": "begge",  # "Båe to seier dei kjem til å reise heim"
    "kjem": "kommer",
    "tykte": "syntes",
    "fortel": "forteller",
    **dict.fromkeys(["fortalde", "fortalte"], "fortalte"),
    "fortald": "fortalt",
    "fortelje": "fortelle",
    "uttalar": "uttaler",
    "uttala": "uttalte",
    "opplyste": "opplyste",
    **dict.fromkeys(["påpeikar", "påpeiker"], "påpeker"),
    **dict.fromkeys(["peikar", "peiker"], "peker"),
    **dict.fromkeys(["påpeika", "påpeikte"], "påpekte"),
    "påpeike": "påpeke",
    "understrekar": "understreker",
    "understreka": "understreket",
    "meiner": "mener",
    "meinte": "mente",
    "hevdar": "hevder",
    "hevda": "hevdet",
    "skriv": "skriver",
    "skreiv": "skrev",
    "meldar": "melder",
    "melde": "meldte",
    "stadfestar": "bekrefter",
    "stadfesta": "bekreftet",
    "stadfeste": "bekrefte",
    "avkreftar": "avkrefter",
    "avkrefta": "avkreftet",
    "innrømmer": "innrømmer",
    "innrømde": "innrømmet",
    "innrømma": "innrømmet",
    "åtvarar": "advarer",
    "åtvara": "advarte",
    "varslar": "varsler",
    "varsla": "varslet",
    "forklarar": "forklarer",
    "forklara": "forklarte",
    "kunngjer": "kunngjør",
    "innrømte": "innrømmet",
    "tilrår": "anbefaler",
    "tilrådde": "anbefalte",
    "bad": "ba",  # "Ho bad om at": asked
    "lovar": "lover",  # not "lova", which is also the law
    "svarar": "svarer",
    "svara": "svarte",
    "spurde": "spurte",
    "gjentek": "gjentar",
    "konstaterar": "konstaterer",
    "konstaterte": "konstaterte",
    "kritiserar": "kritiserer",
    "oppmodar": "oppfordrer",
    "oppmoda": "oppfordret",
    "presiserar": "presiserer",
    "presiserte": "presiserte",
    "utdjupar": "utdyper",
    "vedgår": "medgir",
    "vedgjekk": "medga",
    "beskriv": "beskriver",
    "beskreiv": "beskrev",
    "legg": "legger",
    "krev": "krever",
    "kravde": "krevde",
    "føreslår": "foreslår",
    "føreslo": "foreslo",
    "forsikrar": "forsikrer",
    "fortset": "fortsetter",
    "fortsette": "fortsatte",
    "avsluttar": "avslutter",
    "avslutta": "avsluttet",
    "trur": "tror",
    "trudde": "trodde",
    "håpar": "håper",
    "håpa": "håpet",
    "fryktar": "frykter",
    "frykta": "fryktet",
    "kviskrar": "hvisker",
    "kviskra": "hvisket",
    "poengterer": "poengterer",
    "erkjenner": "erkjenner",
    "slår": "slår",
    "reagerer": "reagerer",
    "anslår": "anslår",
    "kommenterer": "kommenterer",
    **dict.fromkeys(["ifølgje", "ifylgje", "ifylge"], "ifølge"),
    **dict.fromkeys(["følgje", "fylgje"], "følge"),
    "kommentere": "kommentere",
    "ho": "hun",
    "dei": "de",
    "eg": "jeg",
    "ikkje": "ikke",
    "frå": "fra",
    "kva": "hva",
    "kven": "hvem",
    "kvar": "hvor",
    "korleis": "hvordan",
    "kvifor": "hvorfor",
    "noko": "noe",
    "nokon": "noen",
    "nokre": "noen",
    "berre": "bare",
    "òg": "også",
    "no": "nå",
    "sjølv": "selv",
    "medan": "mens",
    "sidan": "siden",
    "hjå": "hos",
    "ein": "en",
    "eit": "et",
    "desse": "disse",
    "denne": "denne",
    "difor": "derfor",
    "tidlegare": "tidligere",
    "seinare": "senere",
    "likevel": "likevel",
    "dessutan": "dessuten",
    "utan": "uten",
    "mellom": "mellom",
    "måndag": "mandag",
    "tysdag": "tirsdag",
    "laurdag": "lørdag",
    "sundag": "søndag",
    "fleire": "flere",
    "mykje": "mye",
    "eigen": "egen",
    "overfor": "overfor",
    "heller": "heller",
    "samstundes": "samtidig",
    "ingen": "ingen",
    "vere": "være",
    "vore": "vært",
    "vart": "ble",
    "blei": "ble",
    "hadde": "hadde",
    "skal": "skal",
    "må": "må",
    "ville": "ville",
    "nyleg": "nylig",
    "allereie": "allerede",
    "aldri": "aldri",
    "først": "først",
    "fyrst": "først",
    "seg": "seg",
    "meg": "meg",
    "avisa": "avisen",
    "nyheitsbyrået": "nyhetsbyrået",
    "nyheitsbyrå": "nyhetsbyrå",
    "byrået": "byrået",
    "kanalen": "kanalen",
}
NYNORSK_TO_BOKMAL = {k: v for k, v in NYNORSK_TO_BOKMAL.items() if k != v}


def known_kind(name: str) -> SpeakerKind | None:
    """ "organisation" for a party or an alliance named so, "outlet" for a platform; None for
    any other name (`index.bodies`)."""
    if name.casefold() in PLATFORMS and name != "X":  # "X" alone is a letter as often
        return "outlet"
    if name in PARTIES or name in ALLIANCES or name in SHORT_FORMS or name in SHORT_FORMS.values():
        return "organisation"
    words = name.split()
    party = bool(words) and (words[-1] in PARTIES or SHORT_FORMS.get(words[-1], "") in PARTIES)
    if len(words) >= 2 and party and all(w[:1].isupper() for w in words):
        return "organisation"  # a party's branch: "Oslo Høyre", "Hordaland KrF", "Unge Høyre"
    if name.startswith("The ") and len(name) > 4:  # "The Tall Ships Races": never a person
        return "outlet" if known_outlet(name) else "organisation"
    if " & " in name:  # "Procter & Gamble", "Lipcon, Margulies, Alinsa & Winkleman"
        return "outlet" if known_outlet(name) else "organisation"
    return None
