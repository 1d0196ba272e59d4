"""Whether a verb of saying reports speech where it stands: with what was said after it
("lovet at"), with its particle ("la han til"), after an inverted subject ("sier Støre."),
and not in a comparison ("så opptatt av skatter som Høyre tror")."""

from __future__ import annotations

from ..lexicon import PARTICLES, PLATFORMS, SAYING_ONLY_WITH_PARTICLE
from ..names import is_finite_verb, is_name_token, is_role
from .story import Reading
from .words import CLAUSE_VERBS, PREPOSITIONS, SUBJECT_PRONOUNS, THAT

# Words that open a clause of its own inside a phrase ("i en tale som …")
_CLAUSE_OPENERS = frozenset({"som", "og", "men", "der", "hvor", "da", "når", "mens"})

# Verbs of saying only with what was said after them ("lovet at", "offentliggjorde at") or
# right after the words (", lover Thaule."); else they promise or publish a thing.
THAT_VERBS = frozenset(
    {
        "lover",
        "lovet",
        "offentliggjør",
        "offentliggjorde",
        "erklærer",
        "erklærte",
        "avslører",
        "avslørte",
        "avslørt",
        "nevner",  # "hun nevnte blant annet ønske om"; "de nevnte sakene" is no speech
        "nevnte",
        "informerer",  # "informerte … landets president om at"; "informerte pressen" is not
        "informerte",
        "påviser",  # "har påvist at skolen er …"; "påviste smitte" is no speech
        "påviste",
        "påvist",
        "skrevet",  # "har skrevet at"; "har skrevet både beklagelse og lederartikkel" is not
        "annonserer",  # "annonserte i 2017 at"; "annonserte en ny turné" is no speech
        "annonserte",
        "flagger",  # "flagget Woodford Investment Management at fond de forvalter har solgt"
        "flagget",
    }
)
# Verbs of saying only with words in «» after them ("kaller pågripelsen «…»", "oppsummert
# programmet med «…»"); else they call someone in or sum something up.
QUOTING_VERBS = frozenset({"kaller", "kalte", "oppsummerer", "oppsummerte", "oppsummert"})
# Verbs that point to something ("viser til"): the words after them are not a credit.
REFERRING_VERBS = frozenset({"viser", "viste"})


def lacks_what_was_said(r: Reading, k: int, first: int, last: int) -> bool:
    """Whether a verb that reports speech only with what was said after it (`THAT_VERBS`)
    stands without it: no "at"/"om"/":" soon after and no comma before ("Politiet
    offentliggjorde opptak"). A post on a platform announces the words that follow ("har
    skrevet et innlegg på Facebook")."""
    tokens = r.tokens
    if tokens[k].lower not in THAT_VERBS or (k > first and tokens[k - 1].text == ","):
        return False
    after = tokens[k + 1 : min(last, k + 10)]
    if any(t.lower in THAT for t in after):
        return False
    return not (
        tokens[k].lower == "skrevet" and any(t.lower.split("-")[0] in PLATFORMS for t in after)
    )


def lacks_its_particle(r: Reading, k: int) -> bool:
    """Whether "gjør" or "gir" at token ``k`` stands without "… klart at" or "uttrykk for"
    ("…, gjør meg stolt, sier Solskjær": the quote goes on), so is no verb of saying."""
    verb = r.tokens[k].lower
    return verb in SAYING_ONLY_WITH_PARTICLE and not has_particle(r, verb, k + 1, len(r.tokens))


def answered_by_act(r: Reading, k: int, last: int) -> bool:
    """ "svarte på de voldsomme opptøyene fredag med å innføre unntakstilstand": an answer
    given by doing something, no words; "KrF har sagt ja til å gå i regjering": a decision."""
    following = [t.lower for t in r.tokens[k + 1 : min(last, k + 3)]]
    if following in (["ja", "til"], ["nei", "til"]) and r.tokens[k].lower in _YES_NO_VERBS:
        return True
    if r.tokens[k].lower not in ("svarer", "svarte", "svart", "svarar", "svara"):
        return False
    words = [t.lower for t in r.tokens[k + 1 : min(last, k + 14)]]
    if following == ["på", "spørsmål"] and not THAT & set(words):
        return True  # "Mohammed Al-Karbawi svarar på spørsmål på ung.no": what he does
    return any(a == "med" and b == "å" for a, b in zip(words, words[1:]))


def believed_done(r: Reading, k: int, last: int) -> bool:
    """ "Yussuf Poulsen trodde han hadde utlignet": a belief about what had happened, in the
    story's moment, not a view given to anyone."""
    if r.tokens[k].lower != "trodde":
        return False
    following = [t.lower for t in r.tokens[k + 1 : min(last, k + 4)]]
    return "hadde" in following and "at" not in following[: following.index("hadde")]


_ASKING = frozenset({"spørsmål", "spørsmålet", "spurt", "spurte", "spør", "lurer", "lurte"})
_WH = frozenset({"hva", "hvorfor", "hvordan", "kva", "kvifor", "korleis"})
_PRONOUNS = frozenset({"han", "hun", "ho", "de", "dei"})


def asked_whether(r: Reading, k: int, first: int) -> bool:
    """ "Han fikk spørsmål om han trodde sønnen …": the verb of a question put to someone, not
    what they said; so is one in a clause that asks ("Det er lett å forstå hva hun mener")."""
    if k - 2 >= first and r.tokens[k - 2].lower in _WH and r.tokens[k - 1].lower in _PRONOUNS:
        return True
    for o in range(k - 1, max(first, k - 4) - 1, -1):
        if r.tokens[o].lower == "om" and o > first:
            before = r.tokens[o - 1].lower
            asking = r.tokens[o - 2].lower if before == "på" and o - 2 >= first else before
            return asking in _ASKING
    return False


_PASSIVE_AUXILIARIES = frozenset({"er", "ble", "var", "blitt", "vært"})
_GETTING = frozenset({"få", "får", "fikk", "fått"})
_YES_NO_VERBS = frozenset({"sier", "sa", "sagt", "si", "svarer", "svarte", "svart"})


def in_the_passive(r: Reading, k: int, first: int) -> bool:
    """Whether the participle at ``k`` is passive: "Asap Rocky er bekreftet til Palmesus", and
    with the subject between ("Fredag ble politiet varslet om hendelsen"): the one told."""
    if not r.tokens[k].lower.endswith("t"):
        return False
    if k > first and r.tokens[k - 1].lower in _PASSIVE_AUXILIARIES:
        return True
    if k > first and r.tokens[k - 1].lower in _GETTING and r.tokens[k].lower != "sagt":
        return True  # "å få bekreftet hva varsleren fortalte": the one told ("fikk sagt" says)
    return (
        k - 2 >= first
        and r.tokens[k - 2].lower in ("ble", "blir", "blitt")
        and r.tokens[k - 1].text.isalpha()
        and r.tokens[k - 1].lower not in ("det", "ikke", "også")
    )


# "mildt sagt", "kort sagt": the manner of the telling, not someone's words
_MANNERS = frozenset({"mildt", "kort", "ærlig", "forsiktig", "enkelt", "generelt", "strengt"})


def said_as_a_manner(r: Reading, k: int, first: int) -> bool:
    """Whether "sagt" at ``k`` is an adverb's ("opplevde han mildt sagt et par bisarre ting")."""
    return r.tokens[k].lower == "sagt" and k > first and r.tokens[k - 1].lower in _MANNERS


# What stands before "si" the verb: the infinitive marker, a modal or auxiliary, a negation
_BEFORE_INFINITIVE = (
    frozenset("å vil ville kan kunne skal skulle må måtte bør burde la meg ikke også bare".split())
    | SUBJECT_PRONOUNS
)  # "må de si seg enige"


# What the verb "si" may have after it: what was said ("si at", "si noe", "si nei")
_SAID_AFTER = frozenset("at om det noe nei ja til fra hva hvor hvorfor da seg".split())


def possessive_si(r: Reading, k: int, first: int) -> bool:
    """Whether "si" at ``k`` is nynorsk's possessive, not the verb: "Arne Scheie si eufori",
    "Frp si sak" (the verb "si" is an infinitive: "å si", "vil ikke si")."""
    tokens = r.tokens
    if tokens[k].lower != "si" or (k > first and tokens[k - 1].lower in _BEFORE_INFINITIVE):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None  # "høre Kristoffersen si, mens"
    return (
        after is not None
        and after.text.isalpha()
        and after.text.islower()
        and (after.lower not in _SAID_AFTER)
    )


def clause_subject(r: Reading, first: int, k: int, end: int, last: int) -> bool:
    """Whether the name after the verb at ``k`` (ending at ``end``) is the subject of the
    clause reported, not the speaker: a noun phrase stands before the verb as its subject
    ("Oslo Høyres helsepolitiker mener Ap ikke har oppnådd stort"), and a finite verb follows
    the name. A fronted adverbial or object ("Nå mener Ap …", "Dette mener Ap er …") leaves
    the name the speaker."""
    fronted = r.tokens[first:k]
    if len(fronted) < 2 or fronted[0].lower in PREPOSITIONS or any(t.text == "," for t in fronted):
        return False
    i = end
    while i < last and r.tokens[i].lower in ("ikke", "også", "heller", "nå"):
        i += 1
    return i < last and is_finite_verb(r.tokens[i].lower)


def compared(r: Reading, first: int, k: int) -> bool:
    """Whether the verb at ``k`` ends a comparison ("så opptatt av skatter som Høyre tror",
    "så mye som han hevder"): what is compared with someone's belief, not their words."""
    som = next(
        (i for i in range(k - 1, max(first, k - 5) - 1, -1) if r.tokens[i].lower == "som"), None
    )
    if som is None or not all(
        is_name_token(t.text) or t.lower in SUBJECT_PRONOUNS for t in r.tokens[som + 1 : k]
    ):
        return False
    return any(t.lower in ("så", "like", "mer", "mindre") for t in r.tokens[first:som])


def as_reported(r: Reading, first: int, k: int) -> bool:
    """ "Som NRK har omtalt tidligere, har han stilt spørsmål om …": a reference to what was
    reported before, opening the sentence; the outlet says nothing here."""
    between = r.tokens[first + 1 : k]
    return (
        r.tokens[first].lower == "som"
        and bool(between)
        and is_name_token(between[0].text)
        and all(is_name_token(t.text) or t.lower in ("har", "hadde") for t in between)
        and any(t.text == "," for t in r.tokens[k + 1 : k + 3])
    )


# Verbs of urging: what is urged ("til å", "om å") is what was said
_URGING = frozenset({"oppfordrer", "oppfordret", "ber", "ba", "anbefaler", "anbefalte"})
# Verbs of telling that report an indirect question: "forklarer X hvordan …"
_EXPLAINING = frozenset({"forteller", "fortalte", "forklarer", "forklarte", "beskriver", "beskrev"})
_ASKED_ABOUT = _WH | {"hvem", "hvor"}
# Verbs of saying whose object is what was judged: the judgement is what was said
_APPRAISING = frozenset(
    {"kritiserer", "kritiserte", "anklager", "anklaget", "utdyper", "utdypet"}  # "utdyper X og"
)


def reports_speech(r: Reading, subject_end: int, last: int, verb: int) -> bool:
    """Whether an inverted "sier X" reports speech: "at"/"om"/":" soon after, a comma
    right before the verb ("Dette er alvorlig, sier Støre.") or a clause whose "at" is
    left out ("Nå mener han myndighetene må følge opp")."""
    if (verb > 0 and r.tokens[verb - 1].text == ",") or announces_words(r, verb):
        return True
    after_subject = r.tokens[subject_end:last]
    if r.tokens[verb].lower in _EXPLAINING and any(
        t.lower in _ASKED_ABOUT for t in after_subject[:2]
    ):
        return True  # "forklarer Kwak-Ji-hyuk hvordan han forsøkte": an indirect question
    if r.tokens[verb].lower in _APPRAISING:
        return True  # "kritiserte Tesla-topp Elon Musk Porsches bruk": the criticism is said
    particle = PARTICLES.get(r.tokens[verb].lower)
    if subject_end < last and particle and r.tokens[subject_end].lower in _SAME[particle]:
        return True  # "Derimot nektet han for å ha slått": the particle makes the report
    after = r.tokens[subject_end : min(last, subject_end + 6)]
    if any(t.lower in THAT for t in after):
        return True
    if any(t.lower == "overfor" for t in after[:3]):
        return True  # "bekreftet Gisle Naurstad muntlig overfor digi.no saksforholdet"
    if r.tokens[verb].lower in _URGING and any(
        (a.lower in ("til", "om") or r.tokens[verb].lower.startswith("anbefal")) and b.lower == "å"
        for a, b in zip(after, after[1:])
    ):
        # "No oppmodar han LNK-kommunane til å bruke sida", "anbefaler May de folkevalgte å si
        # nei": the urging is the report
        return True
    aside = r.tokens[subject_end : min(last, subject_end + 14)]
    if any(a.text == "," and b.lower == "at" for a, b in zip(aside, aside[1:])):
        return True  # "forteller Damli lattermildt, til Fellmans store overraskelse, at"
    if (
        subject_end + 1 < last
        and r.tokens[subject_end].text == ","
        and r.tokens[subject_end + 1].lower == "som"
    ):
        # "uttalte Freddy André Øvstegård, som sitter i komiteen for SV, at …"
        close = next(
            (
                n
                for n in range(subject_end + 2, min(last, subject_end + 16))
                if r.tokens[n].text == ","
            ),
            None,
        )
        if close is not None and close + 1 < last and r.tokens[close + 1].lower in THAT:
            return True
    if subject_end < last and r.tokens[subject_end].lower in PREPOSITIONS:
        # "kunngjorde Røe Isaksen i en tale fra Høyres landsmøte at …": a longer phrase first
        for t in r.tokens[subject_end + 1 : min(last, subject_end + 12)]:
            if t.lower == "at":
                return True
            if not t.text[0].isalnum() or t.lower in _CLAUSE_OPENERS:
                break
    return any(t.lower in CLAUSE_VERBS for t in after[1:3]) and all(
        t.text[0].isalpha() for t in after[:3]
    )


def next_clause(r: Reading, k: int, last: int) -> int:
    """Where a clause of its own begins after token ``k`` in its sentence (", mens",
    ", men", a colon before a capital), the report before it read; ``last`` when none does."""
    for c in range(k, last - 2):
        if r.tokens[c].text == "," and r.tokens[c + 1].lower in ("mens", "men"):
            return c + 2
        if r.tokens[c].text == ":" and r.tokens[c + 1].text[:1].isupper():
            return c + 1  # "Lunde reagerer …: I en e-post til NRK sier hun:" a clause of its own
    return last


def after_comma_or_announcing(r: Reading, k: int, first: int) -> bool:
    """Where "fortsatte", "avsluttet" say: after a quote's comma (", fortsatte hun") or
    before the colon that ends the paragraph ("Alsaker fortsetter:")."""
    return (k > first and r.tokens[k - 1].text == ",") or announces_words(r, k)


# Words after a closing frame's verb: its subject, an outlet, a time ("mener de to",
# "sier Olsen til NTB torsdag"); more is a clause of its own
_FRAME_WORDS = 8


def final_frame(r: Reading, first: int, last: int, cues: frozenset[str]) -> int | None:
    """The verb of a frame closing the sentence after a comma ("Det er sikkert at Norges Bank
    vil varsle at …, mener de to."): the whole sentence is its subject's, and a verb of saying
    inside what is reported ("vil varsle") is no one's own statement."""
    for k in range(last - 2, first + 1, -1):
        if r.tokens[k - 1].text != ",":
            continue
        rest = r.tokens[k + 1 : last]
        if r.tokens[k].lower not in cues or not rest or len(rest) > _FRAME_WORDS:
            return None  # the last comma opens no frame
        if any(t.lower in THAT or t.text in ",:;«»–" for t in rest):
            return None
        opener = rest[0]
        if opener.lower in SUBJECT_PRONOUNS | {"dei"}:
            return k
        return k if is_name_token(opener.text) or is_role(opener.text) else None
    return None


def announces_words(r: Reading, k: int) -> bool:
    """Whether the sentence of token ``k`` ends the paragraph with a colon: "Alsaker
    fortsetter:", "Videre fortsetter Jackson, som har dekket de røde djevlene i en årrekke:"
    announce the quote that follows."""
    rest = r.text[r.tokens[k].end :].rstrip()
    return rest.endswith(":") and not any(c in rest for c in ".!?«»")


def unnamed_report(r: Reading, k: int, last: int) -> bool:
    """'varslet russerne at': a speech verb, an unnamed subject, then "at"."""
    window = r.tokens[k : min(last, k + 4)]
    return (
        any(t.lower == "at" for t in window)
        and bool(window)
        and window[0].text[0].isalpha()
        and window[0].lower != "som"  # "har vi lover som gjør at": a noun, not a verb
    )


_DIRECTIONS = ("ned", "opp", "inn", "ut", "fram", "frem", "bort")
# A particle and its other spellings or words that do as well ("gjorde det kjent at")
_SAME: dict[str, tuple[str, ...]] = {
    **{particle: (particle,) for particle in PARTICLES.values()},
    "klart": ("klart", "kjent"),
    "frem": ("frem", "fram"),
    "fast": ("fast", "opp"),  # a paper "slår stort opp at": it reports, as "slår fast at"
}


def has_particle(r: Reading, verb: str, k: int, last: int) -> bool:
    """Whether the verb's particle follows it, before any infinitive ("nektet han for å ha
    slått" denies; "har nektet å spille for landslaget" refuses)."""
    particle = PARTICLES[verb]
    for n, t in enumerate(r.tokens[k : min(last, k + 4)], start=k):
        if t.lower in ("øret", "øra"):
            return False  # "har lagt øret til jernbanelinja": listened, said nothing
        if t.lower in _SAME[particle]:
            if particle == "klart":  # "gjorde det klart (kjent) at"; "… klart for start" not
                return n + 1 < last and r.tokens[n + 1].lower in THAT
            if t.lower == "opp":  # "slår stort opp på sine nettsider at"; "slo opp med" not
                return any(x.lower == "at" for x in r.tokens[n + 1 : min(last, n + 6)])
            # "legger til grunn" (takes as a basis), "har lagt til side" (set aside), "la til
            # kai" (docked) add nothing
            return not (n + 1 < last and r.tokens[n + 1].lower in ("grunn", "side", "kai"))
        if t.lower in ("å", "på", "og", "men", *_DIRECTIONS) or not t.text[0].isalnum():
            # "la på til 4-0", "viste muskler og brøt til 4-2", "la ned ballen til en
            # fremadstormende Remo Freuler": no words
            return False
    return False


def report_start(r: Reading, k: int, end: int) -> int:
    """Where the reported words begin: at "at"/"om"/":" after the verb, or at the verb of a
    clause whose "at" is left out ("meiner Sogn og Fjordane må stille krav til"); else ``end``."""
    for m in range(k, len(r.tokens)):
        t = r.tokens[m]
        if t.start >= end:
            break
        if t.lower in THAT or (t.lower in CLAUSE_VERBS and is_name_token(r.tokens[m - 1].text)):
            return t.start
    return end


def second_clause(
    r: Reading, parsed: tuple[int, int] | None, ruled: tuple[int, int] | None, k: int
) -> bool:
    """Whether the subject read right before the verb at ``k`` opens a clause joined by
    "og"/"men" after the parser's subject ("Meteorologisk institutt har sendt ut farevarsel og
    politiet ber bilister …"): that clause's subject is the speaker, not the first one."""
    if parsed is None or ruled is None or ruled[1] != k or parsed[1] > ruled[0]:
        return False
    between = r.tokens[parsed[1] : ruled[0]]
    joined = any(t.lower in ("og", "men") for t in between)
    return joined and any(is_finite_verb(t.lower) for t in between)  # not "A og B sa"
