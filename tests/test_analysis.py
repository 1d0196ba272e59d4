"""Each filter of the Norwegian analysis, on words chosen here (not from the seed)."""

import pytest
from whoosh.analysis import LanguageAnalyzer

from index.analysis import (
    fold,
    fold_foreign,
    genitive_owner,
    query_forms,
    respellings,
    snowball,
    stem,
    text_analyzer,
)
from index.compounds import compound_parts, split_compound

from .conftest import DATA


def forms(analyzer, text, mode="index"):
    return [t.text for t in analyzer(text, mode=mode)]


def positions(analyzer, text):
    return [(t.text, t.pos) for t in analyzer(text, positions=True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Over 70.000 mennesker", ["70.000"]),
        ("Renta er 4,5 prosent", ["4,5"]),
        ("Møtet er 17. mai klokka 12:30", ["17", "12:30"]),
    ],
)
def test_numbers_stay_whole(text, expected):
    assert set(expected) <= set(forms(text_analyzer(), text))


@pytest.mark.parametrize(
    "word, whole, joined, parts",
    [
        ("EU-landet", "eu-land", "euland", ["eu", "land"]),
        ("Oslo-politiet", "oslo-politi", "oslopoliti", ["oslo", "politi"]),
        ("Nord-Norge", "nord-norg", "nordnorg", ["nord", "norg"]),
    ],
)
def test_hyphenated_words_index_whole_joined_and_parts(word, whole, joined, parts):
    out = positions(text_analyzer(), word)
    assert {text for text, _ in out} >= {whole, joined, *parts}
    assert {pos for _, pos in out} == {0}, "all forms share the word's position"
    assert query_forms(*forms(text_analyzer(), word, mode="query"))[0] == whole


@pytest.mark.parametrize(
    "word, folded",
    [
        ("søknad", "soknad"),
        ("soeknad", "soknad"),
        ("soknad", "soknad"),
        ("blåbær", "blabar"),
        ("blaabaer", "blabar"),
        ("blabar", "blabar"),
        ("Ålesund".lower(), "alesund"),
        ("aalesund", "alesund"),
        ("gülen", "gulen"),
        ("müller", "muller"),
        ("škoda", "skoda"),
    ],
)
def test_fold_meets_both_ways(word, folded):
    assert fold(word) == folded


def test_fold_keeps_ascii_words_as_they_are():
    assert fold("bonn") == "bonn" and fold("far") == "far"


def test_norwegian_words_are_indexed_as_written():
    assert positions(text_analyzer(), "søknaden mottatt") == [
        (stem("søknaden"), 0),
        (stem("mottatt"), 1),
    ]


@pytest.mark.parametrize(
    "word, folded",
    [("erdoğan", "erdogan"), ("köse", "køse"), ("gülen", "gulen"), ("søknad", "søknad")],
)
def test_foreign_letters_fold_and_norwegian_ones_stay(word, folded):
    assert fold_foreign(word) == folded


def test_foreign_name_is_indexed_in_both_spellings_at_one_position():
    assert positions(text_analyzer(), "Erdoğan talte") == [
        (stem("erdoğan"), 0),
        (stem("erdogan"), 0),
        (stem("talte"), 1),
    ]


@pytest.mark.parametrize(
    "typed, written",
    [
        ("soknad", "søknad"),
        ("soeknad", "søknad"),
        ("blaabaer", "blåbær"),
        ("blabar", "blåbær"),
        ("Gulen", "Gülen"),
        ("militaer", "militære"),
        ("militaere", "militær"),
        ("bronnen", "brønnen"),
        ("ubater", "ubåter"),
        ("sor-europa", "Sør-Europa"),
        ("Erdogan", "Erdoğan"),
    ],
)
def test_ascii_query_reaches_the_written_word(typed, written):
    assert set(query_forms(typed.lower())) & set(forms(text_analyzer(), written))


def test_respellings_are_bounded():
    assert set(respellings("folger")) == {"folger", "følger"}
    assert len(respellings("aaaaaaaaaaoooooo")) <= 84


def test_exact_spelling_is_searched_first_and_apart():
    """'får' and 'far' are different words: each one's own stem comes first; the other
    spelling is only a fallback the query layer ranks lower."""
    assert query_forms("får")[0] == "får" and query_forms("far")[0] == "far"
    assert "får" in query_forms("far") and "far" in query_forms("får")
    assert forms(text_analyzer(), "får") == ["får"]


@pytest.mark.parametrize(
    "word, owner",
    [
        ("NRKs", "NRK"),
        ("EUs", "EU"),
        ("WHOs", "WHO"),
        ("Støres", "Støre"),
        ("Bidens", "Biden"),
        ("Merkels", "Merkel"),
    ],
)
def test_genitive_owner(word, owner):
    assert genitive_owner(word) == owner


@pytest.mark.parametrize("word", ["hus", "pris", "tips", "Os", "NRK", "OS", "Bass"])
def test_not_a_genitive(word):
    assert genitive_owner(word) is None


@pytest.mark.parametrize(
    "text, query", [("NRKs sendinger", "NRK"), ("Støres regjering", "Støre"), ("EUs regler", "EU")]
)
def test_genitive_found_by_owner(text, query):
    [word] = forms(text_analyzer(), query, mode="query")
    assert query_forms(word)[0] in forms(text_analyzer(), text)


@pytest.mark.parametrize(
    "word, head, tail",
    [
        ("strømprisene", "strøm", "prisene"),
        ("bilulykken", "bil", "ulykken"),
        ("regjeringsmedlem", "regjering", "medlem"),  # linking -s-
        ("barnehagen", "barn", "hagen"),  # linking -e-
        ("oljefondet", "olje", "fondet"),
    ],
)
def test_compounds_split_by_frequency(word, head, tail):
    assert split_compound(word) == (head, tail)


@pytest.mark.parametrize(
    "word",
    ["stortinget", "kristiansand", "solberg", "journalisten", "politiet", "november", "kontrovers"],
)
def test_common_words_and_names_stay_whole(word):
    assert split_compound(word) == ()


def test_genitive_compound_splits_like_its_owner():
    assert split_compound("strømprisens") == split_compound("strømprisen") == ("strøm", "prisen")


@pytest.mark.parametrize("name", ["hollande", "hollandes", "solbakken"])
def test_capitalised_words_need_longer_parts(name):
    """As a name ("Hollande") no part may be shorter than four letters: not "hol" + "lande"."""
    assert all(len(part) >= 4 for part in split_compound(name, name_like=True))


def test_compound_parts_share_the_position_and_names_stay_whole():
    out = positions(text_analyzer(), "nye strømpriser")
    assert ("strøm", 1) in out and ("pris", 1) in out
    assert {"strøm", "pris"} <= {t for t, _ in positions(text_analyzer(), "Strømprisene")}
    assert [t for t, _ in positions(text_analyzer(), "Stoltenberg")] == ["stoltenberg"]


@pytest.mark.parametrize("word", ["by", "is", "from", "and", "not", "this"])
def test_only_norwegian_stop_words(word):
    """Whoosh's LanguageAnalyzer("no") drops these English words from Norwegian; ours keeps
    them ("by" is a town, "is" is ice)."""
    assert forms(text_analyzer(), word) == [stem(word)]
    assert forms(LanguageAnalyzer("no"), word) == []


def test_stop_words_go_and_phrases_close_over_them():
    out = positions(text_analyzer(), "hjelp til byen og folket")
    assert out == [(stem("hjelp"), 0), (stem("byen"), 1), (stem("folket"), 2)]


def test_query_words_pass_one_per_position_unstemmed():
    assert forms(text_analyzer(), "EUs strømpriser Nord-Norge", mode="query") == [
        "eu",
        "strømpriser",
        "nord-norge",
    ]


def test_snowball_reference_vocabulary():
    """PyStemmer agrees with the Snowball project's own 20,895 Norwegian words and stems."""
    folder = DATA / "snowball-norwegian"
    words = (folder / "voc.txt").read_text(encoding="utf-8").split()
    stems = (folder / "output.txt").read_text(encoding="utf-8").split()
    assert len(words) == len(stems) == 20895
    wrong = [(w, s, snowball(w)) for w, s in zip(words, stems) if snowball(w) != s]
    assert not wrong, wrong[:10]


def test_our_stems_differ_from_snowball_only_on_open_roots_and_nynorsk_ar_nouns():
    """Where `stem` leaves Snowball (221 of its 20,895 reference words), the word is either a
    root of one open syllable and an inflection, and the stem is that root ("skyene" ->
    "sky"), or a nynorsk "-ar" noun's plural or definite form, and the stem is the noun's
    ("brukarane", "brukarar", "brukaren" -> "bruk", as "brukar")."""
    words = (DATA / "snowball-norwegian" / "voc.txt").read_text(encoding="utf-8").split()
    changed = {w: stem(w) for w in words if stem(w) != snowball(w)}
    assert 0 < len(changed) < 250
    ar_nouns = 0
    for word, stemmed in changed.items():
        ar_ending = next(
            (e for e in ("aranes", "arane", "arens", "arars", "arar", "aren") if word.endswith(e)),
            None,
        )
        if ar_ending is not None:
            assert stemmed == snowball(word[: -len(ar_ending)] + "ar"), (word, stemmed)
            ar_nouns += 1
            continue
        ending = word[len(stemmed) :]
        assert word.startswith(stemmed) and ending in (
            "ene",
            "ets",
            "ens",
            "ers",
            "en",
            "et",
            "er",
            "a",
        ), (word, stemmed)
        assert not any(
            letter in "bcdfghjklmnpqrstvwxz" for letter in stemmed.lstrip("bcdfghjklmnpqrstvwxz")
        ), (word, stemmed)
    assert ar_nouns > 100


@pytest.mark.parametrize(
    "forms",
    [
        ("fly", "flyet", "flyene", "flyets"),
        ("by", "byen", "byer", "byene"),
        ("sky", "skyer", "skyene"),
        ("øy", "øya", "øyene"),
    ],
)
def test_every_form_of_an_open_root_has_one_stem(forms):
    assert len({stem(form) for form in forms}) == 1


def test_a_bokmål_noun_in_ast_keeps_its_ending_too():
    """ "podkast" is "podk" to Snowball and "podkasten" is "podkast": both forms are indexed, so
    each finds the other; the nynorsk passive "brukast" still finds "bruk"."""
    assert {"podk", "podkast"} <= set(forms(text_analyzer(), "podkast"))
    assert "podkast" in query_forms("podkast") and "podkast" in forms(text_analyzer(), "podkasten")
    assert "bruk" in forms(text_analyzer(), "brukast")


def test_a_derived_adjective_is_not_a_compound():
    """ "allergiske" is "allergi" + -ske, not "aller" + "giske" (so "gisk" finds nothing)."""
    assert split_compound("allergiske") == () and split_compound("politiske") == ()
    assert "gisk" not in forms(text_analyzer(), "allergiske")


def test_a_long_part_is_cut_again():
    assert {"bjørk", "pollenallergi", "pollen", "allergi"} <= set(
        compound_parts("bjørkepollenallergi")
    )
    assert compound_parts("kuppforsøket") == ("kupp", "forsøket")  # "forsøket" stays whole
