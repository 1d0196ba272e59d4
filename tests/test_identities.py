"""One identity per speaker across the index (`search.identities`, issue 25)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
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


def test_a_hyphen_in_a_first_name_parts_no_one():
    """A Stavanger Aftenblad portrait heads "Lill-Mari Hafsø Solstad" as "Lill Mari …"."""
    found = identities({"Lill-Mari Hafsø Solstad": 6, "Lill Mari Hafsø Solstad": 1})
    assert found == {
        "Lill-Mari Hafsø Solstad": ("Lill-Mari Hafsø Solstad", "Lill Mari Hafsø Solstad")
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


def indexed(tmp_path, runner, *names: str) -> Path:
    """An index of these real articles (NorQuAD, CC0), built with `sitat index`."""
    folder = tmp_path / "artikler"
    folder.mkdir()
    for name in names:
        shutil.copy(REAL / name, folder)
    runner.invoke(cli, ["--index", str(tmp_path / "ix"), "index", str(folder)])
    return tmp_path / "ix"


def test_the_speakers_and_facets_of_an_index_are_identities(tmp_path, runner):
    """Real text (NorQuAD, CC0): an embedded tweet of article 311 quotes "Donald J. Trump",
    article 583 "Donald Trump"; the index has one speaker, whose paragraphs are both's. (The
    whole of article 311 names him first "Donald Trumps", so it spells him "Donald Trump".)"""
    index_dir = indexed(tmp_path, runner, "../excerpts/norquad-311-tweet.txt", "norquad-583.txt")
    result = runner.invoke(cli, ["--index", str(index_dir), "speakers", "--format", "json"])
    speakers = json.loads(result.output)
    [trump] = [s for s in speakers if "Trump" in s["name"]]
    assert sorted(trump["variants"]) == ["Donald J. Trump", "Donald Trump"]
    assert trump["id"] in ("donald-trump", "donald-j-trump")
    assert len({s["id"] for s in speakers}) == len(speakers)  # one id each
    with Searcher(index_dir) as searcher:
        found = searcher.search("speaker:Trump", facets=True, limit=50)
    assert {h.article for h in found.hits} == {"artikler/norquad-311-tweet", "artikler/norquad-583"}
    assert [(n, c) for n, c in found.facets.speakers if "Trump" in n] == [
        (trump["name"], trump["paragraphs"])
    ]


def test_a_short_form_and_its_full_name_are_one_body():
    found = identities({"Ap": 5, "Arbeiderpartiet": 3, "PST": 1, "H": 2, "Høyre": 3})
    assert found["Ap"] == ("Ap", "Arbeiderpartiet")  # shown under the one quoted more
    assert found["PST"] == ("PST",)  # its full name is not in the index: nothing to join
    assert found["H"] == ("H",) and found["Høyre"] == ("Høyre",)  # "H" is a letter as often


NAMES = [
    "Donald J. Trump",
    "Donald Trump",
    "Trump",
    "Prime Minister Theresa May",
    "Theresa May",
    "Ap",
    "Arbeiderpartiet",
    "politiet",
    "Politiet",
    "Oslo politidistrikt",
]


@given(
    st.dictionaries(st.sampled_from(NAMES), st.integers(1, 9), min_size=2),
    st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES)), max_size=3),
    st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES)), max_size=3),
)
def test_a_person_s_merge_joins_and_split_parts(counts, same, different):
    """Names given as one speaker are one identity; names given as two are never joined by
    a rule (only by a person's own merges, or by being one spelling in other case)."""
    found = identities(counts, same, different)
    of = {name: shown for shown, names in found.items() for name in names}
    assert sorted(of) == sorted(counts)
    for a, b in same:
        if a in counts and b in counts:
            assert of[a] == of[b]
    if not same:
        for a, b in different:
            if a in counts and b in counts and a.casefold() != b.casefold():
                assert of[a] != of[b], (a, b)


def test_merged_and_split_speakers_are_searched_listed_and_kept(tmp_path, runner):
    """Real articles (NorQuAD, CC0): `sitat speakers --merge` makes two speakers one in the
    list, in speaker: and in quotes, at once and after a full rebuild; `--split` parts what
    the rules joined ("Donald J. Trump", "Donald Trump"); the file says both plainly."""
    names = (
        "../excerpts/norquad-311-tweet.txt",
        "norquad-583.txt",
        "norquad-265.txt",
        "norquad-216.txt",
    )
    index_dir = indexed(tmp_path, runner, *names)
    folder = tmp_path / "artikler"

    def speakers() -> dict[str, list[str]]:
        out = runner.invoke(cli, ["--index", str(index_dir), "speakers", "--format", "json"])
        return {s["name"]: sorted(s["variants"]) for s in json.loads(out.output)}

    before = speakers()
    assert "Jens Stoltenberg" in before and "Jonas Gahr Støre" in before
    with Searcher(index_dir) as searcher:
        stoltenberg = {(h.article, h.n) for h in searcher.search("speaker:Stoltenberg", limit=99)}
        store = {(h.article, h.n) for h in searcher.search("speaker:Støre", limit=99)}
    merged = runner.invoke(
        cli, ["--index", str(index_dir), "speakers", "--merge", "jens stoltenberg", "Støre"]
    )
    assert merged.exit_code == 2  # "Støre" alone names no speaker: said, nothing kept
    assert "no speaker is called «Støre»" in merged.output
    assert not (tmp_path / "ix.corrections.json").exists()
    merged = runner.invoke(
        cli,
        ["--index", str(index_dir), "speakers", "--merge", "jens stoltenberg", "Jonas Gahr Store"],
    )
    assert merged.exit_code == 0, merged.output
    assert "are one speaker" in merged.output
    split = runner.invoke(
        cli, ["--index", str(index_dir), "speakers", "--split", "Donald Trump", "Donald J. Trump"]
    )
    assert split.exit_code == 0 and "are two speakers" in split.output
    kept = json.loads((tmp_path / "ix.corrections.json").read_text(encoding="utf-8"))
    assert [sorted(link) for link in kept["speakers"]] == [["made", "same"], ["different", "made"]]

    for rebuilt in (False, True):
        if rebuilt:
            runner.invoke(cli, ["--index", str(index_dir), "index", "--full", str(folder)])
        now = speakers()
        [one] = [n for n, v in now.items() if "Jens Stoltenberg" in v]
        assert now[one] == ["Jens Stoltenberg", "Jonas Gahr Støre"]
        assert now["Donald Trump"] == ["Donald Trump"] and now["Donald J. Trump"] == [
            "Donald J. Trump"
        ]
        with Searcher(index_dir) as searcher:
            found = {(h.article, h.n) for h in searcher.search("speaker:Stoltenberg", limit=99)}
            quoted = {q.speaker for q in searcher.quotes(speaker="Stoltenberg")}
        assert found == stoltenberg | store
        assert "Jonas Gahr Støre" in quoted


def test_a_damaged_speakers_entry_is_one_line(tmp_path, runner):
    index_dir = indexed(tmp_path, runner, "norquad-150.txt")
    (tmp_path / "ix.corrections.json").write_text(
        '{"corrections": [], "speakers": [{"same": ["Donald Trump"]}]}', encoding="utf-8"
    )
    result = runner.invoke(cli, ["--index", str(index_dir), "speakers"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "speakers entry 1" in result.output


def test_the_speakers_page_merges_and_splits_only_when_served_with_corrections(tmp_path, runner):
    from starlette.testclient import TestClient

    from search.web import create_app

    index_dir = indexed(tmp_path, runner, "../excerpts/norquad-311-tweet.txt", "norquad-583.txt")
    split = {"a": "Donald Trump", "b": "Donald J. Trump", "same": "0"}
    with TestClient(create_app(index_dir), base_url="http://localhost") as plain:
        assert "/speakers/link" not in plain.get("/speakers").text
        assert plain.post("/speakers/link", data={"key": "", **split}).status_code == 404
    with TestClient(
        create_app(index_dir, corrections_key="k-1"), base_url="http://localhost"
    ) as writing:
        assert 'action="/speakers/link"' in writing.get("/speakers").text
        assert writing.post("/speakers/link", data={"key": "x", **split}).status_code == 403
        unknown = writing.post("/speakers/link", data={"key": "k-1", **split, "b": "Nobody"})
        assert unknown.status_code == 400 and "Nobody" in unknown.text
        assert not (tmp_path / "ix.corrections.json").exists()
        done = writing.post("/speakers/link", data={"key": "k-1", **split}, follow_redirects=False)
        assert done.status_code == 303
        with Searcher(index_dir) as searcher:
            names = {s.name: s.variants for s in searcher.speakers(name="Trump")}
        assert names == {"Donald Trump": ("Donald Trump",), "Donald J. Trump": ("Donald J. Trump",)}


def test_parties_platforms_agencies_and_people_are_what_they_are(tmp_path, runner):
    """Real articles (NorQuAD, CC0, tests/data/speakers): the recogniser took SV, MDG, Rødt and
    Twitter for people, and "Ap" the party for AP the agency; they are listed as what they
    are, and "Ap" is one speaker with Arbeiderpartiet, apart from AP."""
    index_dir = tmp_path / "ix"
    runner.invoke(cli, ["--index", str(index_dir), "index", str(REAL.parent / "speakers")])
    out = runner.invoke(cli, ["--index", str(index_dir), "speakers", "--format", "json"])
    kind_of = {v: s["kind"] for s in json.loads(out.output) for v in s["variants"]}
    shown = {v: s["name"] for s in json.loads(out.output) for v in s["variants"]}
    for party in ("SV", "MDG", "Rødt", "Ap"):
        assert kind_of[party] == "organisation", party
    # "På Twitter utdyper partilederen" (article 460) no longer makes Twitter a speaker; where
    # a platform is listed, it is a platform
    assert kind_of.get("Twitter", "outlet") == "outlet"
    assert kind_of["AP"] == "outlet" and shown["AP"] != shown["Ap"]
    # people the recogniser took for organisations; the article calls them han, hun or by
    # surname ("sa Macron")
    for person in ("Emmanuel Macron", "Neil Young", "Sissel Berdal Haga"):
        assert kind_of[person] == "person", person
    # "Vedum har lagt øret til jernbanelinja" (article 177, an editorial) quotes him nowhere
    assert "Trygve Slagsvold Vedum" not in kind_of


def test_no_speaker_is_listed_with_layout_or_a_title_glued_to_the_name(tmp_path, runner):
    """Real articles (tests/data/speakers): each speaker listed is a name, not a photo
    credit and a caption run together, nor a programme's name before its host's."""
    import re

    index_dir = tmp_path / "ix"
    runner.invoke(cli, ["--index", str(index_dir), "index", str(REAL.parent / "speakers")])
    out = runner.invoke(cli, ["--index", str(index_dir), "speakers", "--format", "json"])
    listed = json.loads(out.output)
    names = [s["name"] for s in listed]
    kind_of = {s["name"]: s["kind"] for s in listed}
    for person in (
        "Fredrik Hjort Kraby",
        "Yvette Hermundstad",
        "Greg Johnson",
        "Johannes Høsflot Klæbo",
        "Ingar Guttormsen",
    ):
        assert kind_of.get(person) == "person", person
    for name in names:
        assert not re.search(r"[«»|/:–—]| - ", name), name
        glued = ("Politiadvokat", "programleder", "Poppe", "Nyheter", "Langrennsstjerne")
        assert not any(w in name for w in glued), name
        assert not name.endswith("Fredrikstad"), name  # the festival's name, then its town
    assert kind_of.get("South China Morning Post") in (None, "outlet")
    assert kind_of.get("The Tall Ships Races") in (None, "organisation")
    # the festival's project manager speaks, not the festival named before him
    hits = runner.invoke(
        cli,
        ["--index", str(index_dir), "search", '"Ingar Guttormsen"', "--format", "json"],
    )
    (hit,) = json.loads(hits.output)["hits"]
    assert hit["speakers"] == ["Ingar Guttormsen"]


@pytest.mark.parametrize(
    "name, kept",
    [
        ("Cornelius Poppe Politiadvokat Fredrik Hjort Kraby", "Fredrik Hjort Kraby"),
        ("Vinterstudion » - programleder Yvette Hermundstad", "Yvette Hermundstad"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Norges vassdrags- og energidirektorat", "Norges vassdrags- og energidirektorat"),
        ("Oslo politidistrikt", "Oslo politidistrikt"),
        ("Statsminister Erna Solberg", "Statsminister Erna Solberg"),  # the parser's to cut
        # a body's title-cased name run into a person's (seen in a development article)
        ("Leger Uten Grenser Kari Hansen", "Kari Hansen"),
        ("Hjem For Eldre", "Hjem For Eldre"),  # the body alone stays
        ("Anne Og Per Hansen", "Anne Og Per Hansen"),  # no name of two words after the body
        ("Carl I Hansen", "Carl I Hansen"),
        (
            "Institute For Health Metrics And Evaluation",
            "Institute For Health Metrics And Evaluation",
        ),
    ],
)
def test_words_glued_before_a_name_are_cut_only_when_a_name_is_left(name, kept):
    from index.names import without_glued_words

    assert without_glued_words(name) == kept
