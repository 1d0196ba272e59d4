"""`sitat correct`: a person's correction of who is quoted, kept beside the index in a plain
file, applied at once and by every rebuild, reported (not applied) once its paragraph's text
changes (issue 25)."""

from __future__ import annotations

import json
import shutil

import pytest

from search.cli import cli


@pytest.fixture
def indexed(tmp_path, runner, seed_path):
    """A folder with the seed article (as nrk/putin.txt), indexed."""
    folder = tmp_path / "nrk"
    folder.mkdir()
    shutil.copy(seed_path, folder / "putin.txt")
    index_dir = tmp_path / "ix"
    result = runner.invoke(cli, ["--index", str(index_dir), "index", str(folder)])
    assert result.exit_code == 0, result.output
    return index_dir, folder / "putin.txt"


def run(runner, index_dir, *args):
    return runner.invoke(cli, ["--index", str(index_dir), *args])


def paragraph(runner, index_dir, n):
    result = run(runner, index_dir, "show", "nrk/putin", str(n), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["paragraphs"][0]


def test_a_correction_applies_at_once_and_is_kept_in_a_plain_file(runner, indexed):
    index_dir, _ = indexed
    assert paragraph(runner, index_dir, 15)["speakers"] == []
    result = run(runner, index_dir, "correct", "nrk/putin", "15", "--speaker", "Sergej Sjojgu")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Corrected nrk/putin ¶15: Sergej Sjojgu (was nobody)")
    p = paragraph(runner, index_dir, 15)
    assert p["speakers"] == ["Sergej Sjojgu"] and p["corrected"] is True
    assert all(q["speaker"] == "Sergej Sjojgu" for q in p["quotes"])
    kept = json.loads((index_dir.parent / "ix.corrections.json").read_text("utf-8"))
    assert kept["format"] == "sitat corrections 1"
    [row] = kept["corrections"]
    assert (row["article"], row["paragraph"], row["speakers"]) == (
        "nrk/putin",
        15,
        ["Sergej Sjojgu"],
    )
    assert row["text"].startswith("Mandag varslet russerne")
    # searchable by the corrected name
    found = run(runner, index_dir, "search", "speaker:Sjojgu", "--format", "json")
    assert [h["n"] for h in json.loads(found.output)["hits"]] == [15]


def test_corrections_survive_every_rebuild(runner, indexed):
    index_dir, _ = indexed
    run(runner, index_dir, "correct", "nrk/putin", "7", "--speaker", "V. Putin", "--source", "NRK")
    for args in (["index"], ["index", "--full"]):
        assert run(runner, index_dir, *args).exit_code == 0
        p = paragraph(runner, index_dir, 7)
        assert (p["speakers"], p["sources"], p["corrected"]) == (["V. Putin"], ["NRK"], True)


def test_correcting_again_replaces_and_none_names_nobody(runner, indexed):
    index_dir, _ = indexed
    run(runner, index_dir, "correct", "nrk/putin", "7", "--speaker", "Feil Navn")
    run(runner, index_dir, "correct", "nrk/putin", "¶7", "--none")
    kept = json.loads((index_dir.parent / "ix.corrections.json").read_text("utf-8"))
    assert [(c["paragraph"], c["speakers"]) for c in kept["corrections"]] == [(7, [])]
    p = paragraph(runner, index_dir, 7)
    assert p["speakers"] == [] and all(q["speaker"] is None for q in p["quotes"])


def test_a_correction_whose_paragraph_changed_is_reported_not_applied(runner, indexed):
    index_dir, article = indexed
    run(runner, index_dir, "correct", "nrk/putin", "15", "--speaker", "Sergej Sjojgu")
    run(runner, index_dir, "correct", "nrk/putin", "7", "--speaker", "V. Putin")
    text = article.read_text("utf-8").replace("Mandag varslet russerne", "Tirsdag varslet russerne")
    article.write_text(text, encoding="utf-8")
    result = run(runner, index_dir, "index")
    assert result.exit_code == 0
    assert "the correction of nrk/putin ¶15: the paragraph's text changed" in result.output
    assert paragraph(runner, index_dir, 15)["speakers"] == []
    assert paragraph(runner, index_dir, 7)["speakers"] == ["V. Putin"]  # the other still holds


def test_a_hand_edited_file_is_applied_by_the_next_run(runner, indexed):
    index_dir, _ = indexed
    run(runner, index_dir, "correct", "nrk/putin", "7", "--speaker", "V. Putin")
    file = index_dir.parent / "ix.corrections.json"
    kept = json.loads(file.read_text("utf-8"))
    kept["corrections"][0]["speakers"] = ["Vladimir V. Putin"]
    file.write_text(json.dumps(kept), encoding="utf-8")
    result = run(runner, index_dir, "index")
    assert result.output.startswith("0 added, 1 updated"), result.output
    assert paragraph(runner, index_dir, 7)["speakers"] == ["Vladimir V. Putin"]


def test_parse_marks_the_corrected_paragraphs_of_the_file(runner, indexed):
    index_dir, article = indexed
    run(runner, index_dir, "correct", "nrk/putin", "15", "--speaker", "Sergej Sjojgu")
    result = run(runner, index_dir, "parse", str(article))
    assert "¶15  text  indirect  speakers: Sergej Sjojgu  (corrected by hand)" in result.output
    data = json.loads(run(runner, index_dir, "parse", str(article), "--format", "json").output)
    assert [p["n"] for p in data["paragraphs"] if p.get("corrected")] == [15]


def test_a_damaged_corrections_file_is_one_line_and_changes_nothing(runner, indexed):
    index_dir, article = indexed
    (index_dir.parent / "ix.corrections.json").write_text("{not json", encoding="utf-8")
    article.write_text(article.read_text("utf-8") + "\nEt nytt avsnitt.\n", encoding="utf-8")
    before = paragraph(runner, index_dir, 7)
    result = run(runner, index_dir, "index")
    assert result.exit_code == 2
    assert result.output.startswith("Error: cannot read the corrections in ")
    assert len(result.output.strip().splitlines()) == 1
    assert paragraph(runner, index_dir, 7) == before


@pytest.mark.parametrize(
    "args",
    [
        ["nrk/putin", "sju", "--speaker", "X"],
        ["nrk/putin", "7"],
        ["nrk/putin", "7", "--speaker", "X", "--none"],
        ["nrk/putin", "999", "--speaker", "X"],
        ["nrk/putin", "5", "--speaker", "X"],  # a heading quotes nobody
    ],
)
def test_a_correction_that_cannot_be_made_is_one_line(runner, indexed, args):
    index_dir, _ = indexed
    result = run(runner, index_dir, "correct", *args)
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Error:" in result.output
    assert not (index_dir.parent / "ix.corrections.json").exists()


def test_an_unknown_article_is_said(runner, indexed):
    index_dir, _ = indexed
    result = run(runner, index_dir, "correct", "nrk/ukjent", "3", "--speaker", "X")
    assert result.exit_code == 1 and "nrk/ukjent" in result.output


def test_the_article_page_corrects_only_when_served_with_corrections(runner, indexed):
    import re

    from starlette.testclient import TestClient

    from search.web import create_app

    index_dir, _ = indexed
    with TestClient(create_app(index_dir), base_url="http://localhost") as plain:
        assert '<form class="correct"' not in plain.get("/article/nrk/putin").text
        refused = plain.post("/correct/nrk/putin", data={"key": "", "n": "15"})
        assert refused.status_code == 404
    with TestClient(
        create_app(index_dir, corrections_key="nøkkel-123"), base_url="http://localhost"
    ) as writing:
        page = writing.get("/article/nrk/putin").text
        assert 'name="key" value="nøkkel-123"' in page
        assert len(re.findall(r'<form class="correct"', page)) > 10  # one per text paragraph
        foreign = writing.post(
            "/correct/nrk/putin", data={"key": "gjettet", "n": "15", "speakers": "X Y"}
        )
        assert foreign.status_code == 403
        assert paragraph(runner, index_dir, 15)["speakers"] == []
        done = writing.post(
            "/correct/nrk/putin",
            data={"key": "nøkkel-123", "n": "15", "speakers": "Sergej Sjojgu, Valerij Gerasimov"},
            follow_redirects=False,
        )
        assert done.status_code == 303 and done.headers["location"] == "/article/nrk/putin#p15"
        assert paragraph(runner, index_dir, 15)["speakers"] == [
            "Sergej Sjojgu",
            "Valerij Gerasimov",
        ]
        shown = writing.get("/article/nrk/putin").text
        assert shown.count('<dd class="corrected">') == 1  # ¶15, marked
        heading = writing.post("/correct/nrk/putin", data={"key": "nøkkel-123", "n": "5"})
        assert heading.status_code == 400
