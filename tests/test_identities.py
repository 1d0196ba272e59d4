"""One identity per speaker across the index (`search.identities`, issue 25)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from search import Searcher
from search.cli import cli
from search.identities import identities

REAL = Path(__file__).parent / "data" / "norquad"


def test_initials_titles_case_and_accents_are_one_identity():
    found = identities(
        {
            "Donald J. Trump": 5,
            "Donald Trump": 9,
            "British Prime Minister Theresa May": 2,
            "Theresa May": 7,
            "Politiet": 4,
            "politiet": 10,
            "Recep Tayyip Erdoğan": 3,
            "Recep Tayyip Erdogan": 1,
        }
    )
    assert found == {
        "Donald Trump": ("Donald Trump", "Donald J. Trump"),
        "Theresa May": ("Theresa May", "British Prime Minister Theresa May"),
        "politiet": ("politiet", "Politiet"),
        "Recep Tayyip Erdoğan": ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    }


def test_a_surname_alone_and_a_named_district_stay_apart():
    found = identities({"Trump": 3, "Donald Trump": 9, "politiet": 5, "Oslo politidistrikt": 2})
    assert set(found) == {"Trump", "Donald Trump", "politiet", "Oslo politidistrikt"}


def test_the_name_shown_never_carries_a_title_even_when_quoted_more():
    found = identities({"Partileder Erna Solberg": 9, "Erna Solberg": 2})
    assert list(found) == ["Erna Solberg"]


@given(st.dictionaries(st.text(min_size=1, max_size=30).filter(str.strip), st.integers(1, 50)))
def test_every_name_is_in_exactly_one_identity(counts):
    found = identities(counts)
    names = [name for variants in found.values() for name in variants]
    assert sorted(names) == sorted(counts)
    assert all(shown == variants[0] for shown, variants in found.items())


def test_the_speakers_and_facets_of_an_index_are_identities(tmp_path, runner):
    """Two real articles (NorQuAD, CC0): one quotes "Donald J. Trump", the other "Donald
    Trump"; the index has one speaker, whose paragraphs are both articles'."""
    folder = tmp_path / "artikler"
    folder.mkdir()
    for name in ("norquad-311.txt", "norquad-150.txt"):
        shutil.copy(REAL / name, folder)
    index_dir = tmp_path / "ix"
    runner.invoke(cli, ["--index", str(index_dir), "index", str(folder)])
    result = runner.invoke(cli, ["--index", str(index_dir), "speakers", "--format", "json"])
    speakers = json.loads(result.output)
    [trump] = [s for s in speakers if "Trump" in s["name"]]
    assert sorted(trump["variants"]) == ["Donald J. Trump", "Donald Trump"]
    assert trump["id"] in ("donald-trump", "donald-j-trump")
    assert len({s["id"] for s in speakers}) == len(speakers)  # one id each
    with Searcher(index_dir) as searcher:
        found = searcher.search("speaker:Trump", facets=True, limit=50)
    assert {h.article for h in found.hits} == {"artikler/norquad-311", "artikler/norquad-150"}
    assert [(n, c) for n, c in found.facets.speakers if "Trump" in n] == [
        (trump["name"], trump["paragraphs"])
    ]


def test_a_short_form_and_its_full_name_are_one_body():
    found = identities({"Ap": 5, "Arbeiderpartiet": 3, "PST": 1, "H": 2, "Høyre": 3})
    assert found["Ap"] == ("Ap", "Arbeiderpartiet")  # shown under the one quoted more
    assert found["PST"] == ("PST",)  # its full name is not in the index: nothing to join
    assert found["H"] == ("H",) and found["Høyre"] == ("Høyre",)  # "H" is a letter as often
