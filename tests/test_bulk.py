"""The bulk scorer answers exactly as Whoosh's own search: the same hits, scores (to 1e-6) and
totals, on a real index of real articles in several segments with deleted documents; and the
totals sitat reports are the number of paragraphs that really match."""

from __future__ import annotations

import re
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as q

from index.analysis import STOP_WORDS, query_forms, text_analyzer
from index.schema import TEXT_KIND
from index.store import update_index
from search.api import Searcher, _text_only
from search.whoosh import bulk
from search.whoosh.bulk import BulkScorer
from search.whoosh.query import to_whoosh

from .conftest import DATA
from .helpers import GOLD_ARTICLES as NUMBERS

# The benchmark's queries (bench/search_speed.py) and real words of these articles.
QUERIES = [
    "gassleveranser",
    "Olsen",
    "kostnadene",
    '"vi må handle nå"',
    "regjeringen planen",
    "SSB økning",
    "speaker:Hansen",
    "Bergen OR Ålesund",
    "skolemat",
    "Putin",
    "humanitær hjelp",
    "Norge",
    "regjeringen Norge",
    '"statsminister Erna Solberg"',
    "Norge OR Sverige",
    "Norge -regjeringen",
    "(Norge OR Sverige) -(regjeringen OR sier)",
    "folger",
    "tromso",
    "Norge^3 regjeringen",
    "Norge quote:direct",
    "quote:indirect",
    "Oslo +Bergen",
    "Norge date:2019..2021",
    "date:2020",
    '"det er"',
    "sier",
    "landslaget trener",
    '"i fjor"',
    "kampen NOT seier",
    "speaker:Solberg",
    "source:NTB",
    "section:valg",
    "article:artikler/norquad-148",
    "Norge Norge -regjeringen",
    "Norge^0.5 OR Sverige^4",
    '"norske regjeringen"~2',
    '"forste gang"',
    '"for forste gang"',
    '"Tromso kommune"',
    '"folger med"~2',
]
WORDS = [
    "Norge",
    "regjeringen",
    "sier",
    "kampen",
    "landslaget",
    "Oslo",
    "Bergen",
    "år",
    "første",
    "mener",
    "politiet",
    "fotball",
    "trener",
    "folk",
    "tid",
    "store",
    "norske",
    "får",
    "folger",
    "forste",
    "sa",
    "det",
    "kommunen",
    "saken",
    "NTB",
    "NRK",
]
FILTERS = [
    "",
    "quote:direct",
    "quote:indirect",
    "quote:none",
    "date:2019..2021",
    "date:2018",
    "speaker:Solberg",
    "source:NTB",
    "section:valg",
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    """The articles indexed in three batches (three segments), one of them then edited (a
    deleted and a new version of its paragraphs)."""
    root = tmp_path_factory.mktemp("bulk")
    articles = root / "artikler"
    articles.mkdir()
    for batch in (NUMBERS[:6], NUMBERS[6:12], NUMBERS[12:]):
        for number in batch:
            shutil.copy(DATA / "norquad" / f"norquad-{number}.txt", articles)
        update_index(root / "index", [articles])
    edited = articles / f"norquad-{NUMBERS[0]}.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nRegjeringen i Norge sier at kampen er viktig.\n",
        encoding="utf-8",
    )
    update_index(root / "index", [articles])
    return root / "index"


@pytest.fixture(scope="module")
def searcher(index_dir):
    with Searcher(index_dir) as opened:
        yield opened


def parsed(searcher, text: str) -> q.Query:
    snap = searcher._current()
    return to_whoosh(_text_only(searcher._parser.parse(text, snap.known, searcher._names(snap))))


def same_answer(searcher, text: str, limit: int = 10) -> bool:
    """Asserts that the bulk scorer and Whoosh agree on ``text``; False when the bulk scorer
    does not answer that shape."""
    whoosh_searcher = searcher._current().whoosh
    query = parsed(searcher, text)
    if query is q.NullQuery:
        return False
    answer = BulkScorer(whoosh_searcher).search(query, limit)
    if answer is None:
        return False
    # Whoosh's own scores of every match, best first (equal scores: lowest document first).
    # Not its top-k search: that skips blocks by quality bounds, and under a NOT the bound is
    # wrong ("Norge Norge -regjeringen", limit 3, lost a paragraph scoring 8.85 to one
    # scoring 8.13; Hypothesis found it).
    everything = whoosh_searcher.search(query, limit=None)
    expected = sorted(
        ((hit.score, hit.docnum) for hit in everything), key=lambda item: (-item[0], item[1])
    )[:limit]
    assert answer.total == sum(1 for _ in whoosh_searcher.docs_for_query(query)), text
    assert len(answer.top) == len(expected), text
    for (score, doc), (want_score, want_doc) in zip(answer.top, expected):
        assert score == pytest.approx(want_score, abs=1e-6), (text, doc, want_doc)
    # Of equal scores Whoosh keeps the lowest document numbers; so does the bulk scorer. A
    # score equal to the last one kept may differ in its last bit between the two sums, so
    # only the documents scored above it must be the same ones.
    boundary = expected[-1][0] + 1e-6 if expected else 0
    assert {d for s, d in answer.top if s > boundary} == {d for s, d in expected if s > boundary}, (
        text
    )
    return True


def test_the_index_has_segments_and_deletions(searcher):
    reader = searcher._current().whoosh.reader()
    assert len(reader.leaf_readers()) >= 2
    assert reader.has_deletions()


@pytest.mark.parametrize("text", QUERIES)
def test_bulk_answers_as_whoosh(searcher, text):
    answered = same_answer(searcher, text)
    # Every one of these is ours, ASCII phrases with spellings (span queries) included,
    # unless no word of it is in the index.
    assert answered or not any(
        searcher._current().whoosh.doc_frequency("text", form)
        for word in re.findall(r"\w+", text)
        for form in query_forms(word.lower())
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    operators=st.lists(st.sampled_from(["", "OR", "-", "+"]), min_size=4, max_size=4),
    phrase=st.booleans(),
    filter_=st.sampled_from(FILTERS),
    limit=st.sampled_from([1, 3, 10, 50]),
)
def test_bulk_answers_generated_queries_as_whoosh(
    searcher, words, operators, phrase, filter_, limit
):
    if phrase:
        text = '"' + " ".join(words) + '"'
    else:
        parts = [words[0]]
        for word, operator in zip(words[1:], operators):
            parts.append(f"{operator} {word}" if operator == "OR" else operator + word)
        text = " ".join(parts)
    same_answer(searcher, f"{text} {filter_}".strip(), limit)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=2, max_size=4),
    operators=st.lists(st.sampled_from(["", "+", "-", "OR"]), min_size=3, max_size=3),
    phrase=st.booleans(),
    filter_=st.sampled_from(FILTERS),
    limit=st.sampled_from([1, 10, 50]),
)
def test_common_words_matched_in_arrays_answer_as_whoosh(
    searcher, words, operators, phrase, filter_, limit
):
    """Long posting lists are intersected and phrases matched in NumPy arrays; here every
    AND and phrase is, so that the small test index holds that path to Whoosh's answers."""
    if phrase:
        text = '"' + " ".join(words) + '"'
    else:
        text = " ".join(
            [words[0]] + [f"{o} {w}" if o == "OR" else o + w for o, w in zip(operators, words[1:])]
        )
    import numpy  # noqa: F401  (loaded, as in a server: the array paths are taken)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk, "ARRAYS_FROM", 0)
        patch.setattr(bulk, "ARRAY_SCORES_FROM", 0)
        same_answer(searcher, f"{text} {filter_}".strip(), limit)


@pytest.mark.parametrize("limit", [1, 10, 50])
@pytest.mark.parametrize("word", [w for w in WORDS if w.lower() not in STOP_WORDS])
def test_a_word_alone_scored_in_arrays_answers_as_whoosh(searcher, word, limit):
    """A long posting list alone is scored in NumPy arrays when NumPy is loaded (a server);
    here every list is, so the test index (with deletions) holds that path to Whoosh."""
    import numpy  # noqa: F401

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk, "ARRAYS_FROM", 0)
        assert same_answer(searcher, word, limit)


def test_a_phrase_typed_in_ascii_is_answered_with_its_spellings(searcher):
    """Typed in ASCII, "forste gang" stands for "første gang" too: Whoosh's span query over
    the spellings of each word, which the bulk scorer answers (it once left them to Whoosh:
    947 ms for a common phrase at 10,000 articles)."""
    query = parsed(searcher, '"forste gang"')
    assert any(type(child) is q.SpanNear2 for child in query.children())
    assert searcher.search('"forste gang"').total >= 1
    assert same_answer(searcher, '"forste gang"', limit=50)


def test_a_shape_it_does_not_answer_is_left_to_whoosh(searcher):
    whoosh_searcher = searcher._current().whoosh
    assert BulkScorer(whoosh_searcher).search(q.Prefix("text", "norg"), 10) is None
    assert BulkScorer(whoosh_searcher).search(q.FuzzyTerm("text", "norg"), 10) is None


def _analysed(body: str) -> list[tuple[int, str]]:
    return [(t.pos, t.text) for t in text_analyzer()(body, positions=True)]


@pytest.fixture(scope="module")
def paragraphs(searcher):
    """(analysed tokens, stored fields) of every text paragraph, read one by one."""
    reader = searcher._current().whoosh
    return [
        (_analysed(fields["body"]), fields)
        for fields in reader.all_stored_fields()
        if fields.get("kind") == TEXT_KIND
    ]


def _has(tokens, word: str) -> bool:
    forms = set(query_forms(word.lower()))
    return any(text in forms for _, text in tokens)


@pytest.mark.parametrize(
    "words", [["Norge"], ["land", "sier"], ["kampen"], ["første"], ["forste"], ["tid", "sier"]]
)
def test_totals_are_the_paragraphs_that_have_every_word(searcher, paragraphs, words):
    results = searcher.search(" ".join(words), limit=3)
    brute = sum(1 for tokens, _ in paragraphs if all(_has(tokens, w) for w in words))
    assert results.total_exact and results.total == brute > 3, brute


def test_totals_of_or_and_not_and_filters_are_exact(searcher, paragraphs):
    either = searcher.search("kampen OR landslaget", limit=2)
    assert either.total == sum(
        1 for t, _ in paragraphs if _has(t, "kampen") or _has(t, "landslaget")
    )
    without = searcher.search("Norge -regjeringen", limit=2)
    assert without.total == sum(
        1 for t, _ in paragraphs if _has(t, "Norge") and not _has(t, "regjeringen")
    )
    direct = searcher.search("sier", quote="direct", limit=2)
    assert direct.total == sum(
        1 for t, f in paragraphs if _has(t, "sier") and f.get("quote") == "direct"
    )
    assert either.total_exact and without.total_exact and direct.total_exact


def test_a_phrase_total_counts_paragraphs_with_the_words_in_order(searcher, paragraphs):
    def in_order(tokens, first: str, second: str) -> bool:
        positions = {text: set() for text in (first, second)}
        for pos, text in tokens:
            if text in positions:
                positions[text].add(pos)
        return any(p + 1 in positions[second] for p in positions[first])

    for first, second in (("Alhaji", "Jeng"), ("Jeng", "Alhaji")):
        results = searcher.search(f'"{first} {second}"', limit=1)
        brute = sum(
            1
            for t, _ in paragraphs
            if in_order(t, query_forms(first.lower())[0], query_forms(second.lower())[0])
        )
        assert results.total_exact and results.total == brute
    assert searcher.search('"Alhaji Jeng"').total > 3 > searcher.search('"Jeng Alhaji"').total


def test_totals_of_what_whoosh_answers_are_exact_too(searcher, paragraphs):
    """A prefix and a sort by date are left to Whoosh; their totals are still the number of
    paragraphs that match."""
    prefix = searcher.search("kamp*", limit=2)
    assert prefix.total_exact
    assert (
        prefix.total
        == sum(1 for t, _ in paragraphs if any(text.startswith("kamp") for _, text in t))
        > 2
    )
    by_date = searcher.search("kampen", limit=2, sort="date")
    assert by_date.total_exact
    assert (
        by_date.total
        == searcher.search("kampen", limit=2).total
        == sum(1 for t, _ in paragraphs if _has(t, "kampen"))
        > 2
    )


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """80 short articles that share their words, so terms have many documents each (the
    scorer looks scores up in a table from 64 documents on)."""
    from .helpers import write_corpus

    root = tmp_path_factory.mktemp("many")
    write_corpus(root / "artikler", 80)
    update_index(root / "index", [root / "artikler"])
    with Searcher(root / "index") as opened:
        yield opened


@pytest.mark.parametrize(
    "text",
    [
        "regjeringen",
        "sykehjem",
        "plasser",
        "Kommunene",
        "regjeringen plasser",
        "sykehjem OR plasser",
        '"nye sykehjem"',
        "plasser -positive",
        "plasser quote:direct",
    ],
)
@pytest.mark.parametrize("limit", [3, 70])
def test_many_documents_are_scored_as_whoosh_scores_them(many, text, limit):
    assert same_answer(many, text, limit=limit)
    whoosh_searcher = many._current().whoosh
    query = parsed(many, text)
    if isinstance(query, q.Term):
        # One term: the very same floats, and of the many equal scores the same (lowest)
        # documents, though most blocks are never read.
        answer = BulkScorer(whoosh_searcher).search(query, limit)
        assert len(answer.top) == limit and answer.total >= 64
        assert list(answer.top) == [
            (h.score, h.docnum) for h in whoosh_searcher.search(query, limit=limit)
        ]


@pytest.fixture(scope="module")
def tied(tmp_path_factory):
    """621 paragraphs of the same sentence (five blocks of postings that tie), and near the
    end one short paragraph that says "kampen" twice: its block can score higher than the
    others, which can then at best tie what it put in the top."""
    root = tmp_path_factory.mktemp("tied")
    (root / "artikler").mkdir()
    paragraphs = (
        ["Kampen ble spilt i dag."] * 600 + ["Kampen kampen."] + ["Kampen ble spilt i dag."] * 20
    )
    (root / "artikler" / "kamp.txt").write_text(
        " date 2020-01 Kampen i dag\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
    )
    update_index(root / "index", [root / "artikler"])
    with Searcher(root / "index") as opened:
        yield opened


@pytest.mark.parametrize("limit", [1, 2, 3, 10, 130])
@pytest.mark.parametrize("boost", [1.0, 2.0])
def test_a_term_alone_skips_blocks_but_keeps_the_lowest_of_equal_scores(tied, limit, boost):
    whoosh_searcher = tied._current().whoosh
    query = q.Term("text", "kamp", boost=boost)
    answer = BulkScorer(whoosh_searcher).search(query, limit)
    assert answer.total == 621
    assert list(answer.top) == [
        (h.score, h.docnum) for h in whoosh_searcher.search(query, limit=limit)
    ]


def test_a_not_does_not_lose_a_better_paragraph(searcher):
    """Whoosh's own top 3 for this query skips a paragraph that scores higher than its third
    hit (its block bound is wrong under a NOT); the bulk scorer keeps it."""
    assert same_answer(searcher, "Norge Norge -regjeringen", limit=3)
    whoosh_searcher = searcher._current().whoosh
    query = parsed(searcher, "Norge Norge -regjeringen")
    best = sorted((h.score for h in whoosh_searcher.search(query, limit=None)), reverse=True)
    answer = BulkScorer(whoosh_searcher).search(query, 3)
    assert [round(s, 6) for s, _ in answer.top] == [round(s, 6) for s in best[:3]]
