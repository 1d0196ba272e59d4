"""Snippets mark exactly the words whose indexed forms matched: analysing a paragraph a word
at a time (what `matched_spans` does, with a cache) marks what analysing it whole marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import text_analyzer
from search.snippets import MIN_COMPOUND_PART, _merge, make_snippet, matched_spans

from .conftest import DATA


def spans_by_whole_analysis(text: str, terms: set[str]) -> list[tuple[int, int]]:
    parts = {t for t in terms if len(t) >= MIN_COMPOUND_PART}
    return _merge(
        {
            (t.startchar, t.endchar)
            for t in text_analyzer()(text, chars=True, compounds=False)
            if t.text in terms or any(t.text.startswith(p) or t.text.endswith(p) for p in parts)
        }
    )


def _paragraphs() -> list[str]:
    return [
        p
        for path in sorted((DATA / "norquad").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if len(p) > 40
    ]


PARAGRAPHS = _paragraphs()


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(PARAGRAPHS), st.data())
def test_real_paragraphs_are_marked_as_whole_analysis_marks_them(paragraph, data):
    forms = sorted({t.text for t in text_analyzer()(paragraph, compounds=False)})
    terms = set(data.draw(st.lists(st.sampled_from(forms), min_size=1, max_size=4)))
    assert matched_spans(paragraph, terms) == spans_by_whole_analysis(paragraph, terms)


@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "Putins",
                    "FNs",
                    "nato-landet",
                    "Erdoğan",
                    "Köse",
                    "podkast",
                    "følger",
                    "luftvernmissiler",
                    "12.5",
                    "–",
                    "«sitat»",
                    "NATO",
                    "og",
                    "Og",
                    "ÆØÅ",
                ]
            ),
            st.text(alphabet="abcæøåABÆ-s1 ", max_size=8),
        ),
        max_size=12,
    ),
    st.sets(
        st.sampled_from(
            [
                "putin",
                "fn",
                "nato",
                "land",
                "erdogan",
                "kos",
                "podkast",
                "følg",
                "missil",
                "a",
                "ab",
            ]
        ),
        min_size=1,
    ),
)
def test_any_text_is_marked_as_whole_analysis_marks_it(words, terms):
    text = " ".join(words)
    assert matched_spans(text, terms) == spans_by_whole_analysis(text, terms)


def test_a_long_paragraph_is_cut_to_the_fragments_with_the_matches():
    paragraph = max(PARAGRAPHS, key=len)
    word = paragraph.split()[len(paragraph.split()) // 2].strip(".,«»")
    forms = {t.text for t in text_analyzer()(word, compounds=False)}
    spans = matched_spans(paragraph, forms)
    snippet = make_snippet(paragraph, spans)
    assert len(paragraph) > 320 and len(snippet.text) < len(paragraph)
    marked = {paragraph[a:b] for a, b in spans}
    assert snippet.highlights
    assert all(snippet.text[a:b] in marked for a, b in snippet.highlights)
