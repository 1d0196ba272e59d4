"""The query language on a small real index: fields, dates, boolean logic, prefixes, fuzzy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.store import update_index
from search.api import Searcher
from search.query import QueryError

ARTICLES = {
    "2021/vei": """ date 2021-06 Statens vegvesen stenger E6 ved Dombås i helgen.

– Vi beklager ulempene for trafikantene, sier seksjonsleder Kari Bakken til NRK.

Omkjøringen går over Otta, ifølge Gudbrandsdølen Dagningen.
""",
    "2023/skole": """ date 2023-09 Flere skoler mangler lærere i høst.

– Vi har aldri hatt så mange ubesatte stillinger, sier rektor Per Hansen til NRK.

Kunnskapsminister Kari Nessa Nordtun mener at lønn ikke er hele forklaringen.
""",
    "2023/vei": """ date 2023-11 Ny bru over Glomma åpner før jul.

– Brua gjør hverdagen enklere for mange, sier ordfører Per Olsen til Østlendingen.
""",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("query")
    for name, text in ARTICLES.items():
        path = root / "artikler" / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    update_index(root / "index", [root / "artikler"])
    with Searcher(root / "index") as opened:
        yield opened


def found(searcher, query: str) -> set[tuple[str, int]]:
    return {(h.article, h.n) for h in searcher.search(query, limit=50).hits}


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            "date:2023",
            {
                ("artikler/2023/skole", 0),
                ("artikler/2023/skole", 1),
                ("artikler/2023/skole", 2),
                ("artikler/2023/vei", 0),
                ("artikler/2023/vei", 1),
            },
        ),
        ("date:2023-11", {("artikler/2023/vei", 0), ("artikler/2023/vei", 1)}),
        (
            "date:2021..2022",
            {("artikler/2021/vei", 0), ("artikler/2021/vei", 1), ("artikler/2021/vei", 2)},
        ),
        ("sier date:[2021 TO 2023-09]", {("artikler/2021/vei", 1), ("artikler/2023/skole", 1)}),
        ("article:artikler/2023/vei", {("artikler/2023/vei", 0), ("artikler/2023/vei", 1)}),
    ],
)
def test_dates_and_articles(searcher, query, expected):
    assert found(searcher, query) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("speaker:Hansen OR speaker:Olsen", {("artikler/2023/skole", 1), ("artikler/2023/vei", 1)}),
        ("source:NRK AND NOT speaker:Bakken", {("artikler/2023/skole", 1)}),
        # "bru" finds "Brua" too: one stem for every form of an open root
        (
            "(skoler OR bru) AND date:2023",
            {("artikler/2023/skole", 0), ("artikler/2023/vei", 0), ("artikler/2023/vei", 1)},
        ),
        ("NOT source:NRK date:2023-11", {("artikler/2023/vei", 0), ("artikler/2023/vei", 1)}),
        ('speaker:"Kari Nessa Nordtun"', {("artikler/2023/skole", 2)}),
        ("quote:indirect", {("artikler/2023/skole", 2)}),
        ("source:Gudbrandsdølen", {("artikler/2021/vei", 2)}),
    ],
)
def test_fields_and_boolean_logic(searcher, query, expected):
    assert found(searcher, query) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("omkjør*", {("artikler/2021/vei", 2)}),
        ("Dombas", {("artikler/2021/vei", 0)}),
        ("Glommma~", {("artikler/2023/vei", 0)}),
        ("trafikantane~2", {("artikler/2021/vei", 1)}),
    ],
)
def test_prefix_folding_and_fuzzy(searcher, query, expected):
    assert found(searcher, query) == expected


def test_all_words_else_any_word(searcher):
    strict = searcher.search("bru jul")
    assert not strict.any_word and {(h.article, h.n) for h in strict.hits} == {
        ("artikler/2023/vei", 0)
    }
    loose = searcher.search("bru lærere")
    assert loose.any_word and {h.article for h in loose.hits} == {
        "artikler/2023/vei",
        "artikler/2023/skole",
    }


def test_headings_and_records_are_never_hits(searcher):
    assert all(h.text for h in searcher.search("NOT bru", limit=50).hits)
    assert len(searcher.search("NOT zzz", limit=50).hits) == 8


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["speaker:", "date:", "quote:", "article:", "source:"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
)
def test_any_field_value_searches_or_says_why(searcher, field, value):
    try:
        searcher.search(field + value)
    except QueryError as err:
        assert str(err) and "\n" not in str(err)


def test_double_negation_cancels_out(searcher):
    assert found(searcher, "NOT NOT Glomma") == found(searcher, "Glomma")
    assert found(searcher, "NOT NOT NOT source:NRK") == found(searcher, "NOT source:NRK")


@pytest.mark.parametrize("query", ["date:2023..2021", "date:[2023-09 TO 2021]"])
def test_a_backwards_date_range_says_so(searcher, query):
    with pytest.raises(QueryError, match="runs backwards; write date:2021"):
        searcher.search(query)


# A filter is a hard constraint however the words are answered.
FILTERS = {
    "speaker option": ({"speaker": "Hansen"}, "", lambda h: "Per Hansen" in h.speakers),
    "speaker field": ({}, "speaker:Hansen", lambda h: "Per Hansen" in h.speakers),
    "source option": ({"source": "NRK"}, "", lambda h: "NRK" in h.sources),
    "source field": ({}, "source:NRK", lambda h: "NRK" in h.sources),
    "quote option": ({"quote": "indirect"}, "", lambda h: h.quote == "indirect"),
    "quote field": ({}, "quote:direct", lambda h: h.quote == "direct"),
    "date field": ({}, "date:2023", lambda h: h.date.startswith("2023")),
    "article field": ({}, "article:artikler/2023/vei", lambda h: h.article == "artikler/2023/vei"),
}
ANSWERS = {
    "all words": "sier",
    "any-word fallback": "Glomma lærere",  # no paragraph has both
    "corrected": "Glommma",
    "not": "NOT Glomma",
    "filter only": "",
}


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("name", FILTERS)
def test_every_hit_satisfies_every_filter(searcher, name, answer):
    options, field, holds = FILTERS[name]
    query = " ".join(part for part in (ANSWERS[answer], field) if part)
    results = searcher.search(query, limit=50, **options)
    assert all(holds(hit) for hit in results.hits), [(h.article, h.n) for h in results.hits]
    if answer == "filter only":
        assert results.hits, "the filter alone should find something here"


def test_the_any_word_fallback_keeps_filters(searcher):
    unfiltered = searcher.search("Glomma stillinger")
    assert ("artikler/2023/vei", 0) in {(h.article, h.n) for h in unfiltered.hits}
    loose = searcher.search("Glomma stillinger", speaker="Hansen")
    assert loose.any_word
    assert {(h.article, h.n) for h in loose.hits} == {("artikler/2023/skole", 1)}


@pytest.mark.parametrize(
    "typed, written",
    [
        ("sier -Olsen", "sier NOT Olsen"),
        ('sier -"Per Hansen"', 'sier NOT "Per Hansen"'),
        ("Glomma || stillinger", "Glomma OR stillinger"),
        ("sier && NRK", "sier AND NRK"),
    ],
)
def test_web_search_habits_mean_what_they_mean_elsewhere(searcher, typed, written):
    assert found(searcher, typed) == found(searcher, written)
    assert found(searcher, typed)


def test_minus_excludes_and_plus_is_required_even_when_words_are_matched_loosely(searcher):
    assert ("artikler/2023/vei", 1) in found(searcher, "sier")
    assert ("artikler/2023/vei", 1) not in found(searcher, "sier -Olsen")
    loose = searcher.search("Glomma stillinger rektor", limit=50)
    assert loose.any_word and ("artikler/2023/vei", 0) in {(h.article, h.n) for h in loose.hits}
    required = searcher.search("Glomma stillinger +rektor", limit=50)
    assert required.any_word
    assert {(h.article, h.n) for h in required.hits} == {("artikler/2023/skole", 1)}


@pytest.mark.parametrize(
    "typed, expected",
    [
        ('speaker:"Kari Nessa Nordtun"', {"Kari Nessa Nordtun"}),
        ('speaker:"Kari Nordtun"', {"Kari Nessa Nordtun"}),  # first name and surname
        ("speaker:Nortun", {"Kari Nessa Nordtun"}),  # a surname spelt nearly right
        ("speaker:Per", {"Per Hansen", "Per Olsen"}),  # a shared name finds everyone with it
        ("speaker:bakken", {"Kari Bakken"}),
        ('source:"Gudbrandsdolen Dagningen"', set()),  # a source, not a speaker: no speakers
    ],
)
def test_speakers_by_the_names_people_type(searcher, typed, expected):
    hits = searcher.search(typed, limit=50).hits
    assert {name for hit in hits for name in hit.speakers} == expected
    if typed.startswith("source:"):
        assert [hit for hit in hits if "Gudbrandsdølen Dagningen" in hit.sources]


def test_the_speaker_option_takes_the_same_names(searcher):
    hits = searcher.search("", speaker="Kari Nordtun").hits
    assert hits and all("Kari Nessa Nordtun" in hit.speakers for hit in hits)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "sier",
                "Glomma",
                "NRK",
                "bru",
                "Kari",
                "lærere",
                "vi",
                "over",
                "stengt",
                "NOT",
                "OR",
                "-Olsen",
                "+sier",
            ]
        ),
        min_size=1,
        max_size=4,
    ),
    limit=st.integers(min_value=1, max_value=4),
)
def test_totals_are_the_number_of_matching_paragraphs(searcher, words, limit):
    query = " ".join(words)
    try:
        every = searcher.search(query, limit=1000)
    except QueryError:
        return
    assert every.total_exact and every.total == len(every.hits)
    top = searcher.search(query, limit=limit, exact_total=True)
    assert top.total_exact and top.total == every.total
    assert len(top.hits) == min(limit, every.total)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "sier",
                    "Glomma",
                    "NRK",
                    "bru",
                    "og",
                    "Og",
                    "vi",
                    "Putins",
                    "FNs",
                    "Erdoğan",
                    "følger",
                    "folger",
                    "AND",
                    "OR",
                    "NOT",
                    "TO",
                    "and",
                    "Nato",
                    "kuppforsøket",
                    "lærere",
                    "Köse",
                    "podkasten",
                    "ÆØÅ",
                    "i",
                    "x",
                ]
            ),
            st.text(alphabet="abcøåæÆÅAZ", min_size=1, max_size=7),
        ),
        min_size=1,
        max_size=5,
    ),
    st.booleans(),
)
def test_plain_words_are_read_as_whoosh_reads_them(searcher, words, any_word):
    """Words and nothing else skip Whoosh's query parser; what they become is what the parser
    would have made of them, for the all-words and the any-word reading."""
    from search.query import QueryParser, _adapt, _everything

    parser = QueryParser(searcher._current().language, any_word=any_word)
    text = " ".join(words)
    plain = parser._plain(text)
    try:
        whoosh = parser._parse(parser._parser, text, None, None)
    except QueryError:  # "NOT AND sier": not plain words, and the parser says so
        assert plain is None
    else:
        assert plain is None or _adapt(plain, _everything) == whoosh
    assert parser._plain("Glomma bru følger") is not None


@pytest.mark.parametrize("query", ["[a TO z]", "speaker:[a TO z]", "Putin {a TO zz}", "[aa TO]"])
def test_a_range_of_words_is_refused_at_once(searcher, query):
    import time

    started = time.monotonic()
    with pytest.raises(QueryError, match="is a range of words, which sitat does not search"):
        searcher.search(query)
    assert time.monotonic() - started < 1


def test_a_range_of_dates_still_works(searcher):
    in_range = searcher.search("date:[2022 TO 2023]").total
    assert in_range > 0 and in_range == searcher.search("date:2023").total


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Putin",
                "hjelp",
                "sier",
                "hu*",
                "Ale?po",
                "Erdgoan~2",
                '"vi må handle"~2',
                "speaker:Hansen",
                "date:[2015 TO 2016]",
                "date:{2015 TO 2016]",
                "regjeringen^2",
                "AND",
                "OR",
                "NOT",
                "ANDNOT",
                "ANDMAYBE",
                "REQUIRE",
                "(",
                ")",
            ]
        ),
        min_size=1,
        max_size=7,
    )
)
def test_the_tree_holds_what_the_parser_read(searcher, words):
    """Whoosh's parse of any query, made sitat's tree and compiled back, is the same query:
    the tree loses nothing the language can say."""
    from search.whoosh.query import LanguageParser, from_whoosh, to_whoosh

    schema = searcher._current().whoosh.schema
    for any_word in (False, True):
        try:
            whoosh = LanguageParser(schema, any_word=any_word)._parser.parse(" ".join(words))
        except (AssertionError, IndexError):  # the parser's own failures ("NOT AND Putin"),
            continue  # which sitat reports as a query it cannot read (tested above)
        assert repr(to_whoosh(from_whoosh(whoosh))) == repr(whoosh)


def test_tree_nodes_are_frozen_and_equal_by_kind_and_fields():
    from search import tree as t

    assert t.Term("text", "putin") == t.Term("text", "putin", 1.0)
    assert t.Term("text", "putin") != t.Term("text", "erdogan")
    assert t.Or((t.Term("text", "a"),)) != t.Or((t.Term("text", "b"),))
    assert hash(t.Term("text", "putin")) == hash(t.Term("text", "putin"))
    assert t.Term("text", "putin") != t.Prefix("text", "putin")  # same fields, another kind
    assert t.And((t.Term("text", "a"),)) != t.Or((t.Term("text", "a"),))
    assert len({t.Phrase("text", ("a", "b")), t.Phrase("text", ("a", "b"))}) == 1
    with pytest.raises(AttributeError):
        t.Term("text", "putin").text = "erdogan"
