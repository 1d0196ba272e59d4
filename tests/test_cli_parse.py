"""`sitat parse`: the text view, the JSON shape, and errors as one line with exit code 2."""

from __future__ import annotations

import json

import pytest

from search.cli import cli

ARTICLE = (
    " date 2022-05 Regjeringen vil bygge ut havvind.\n\n"
    "Vind til havs\n\n"
    "– Dette blir et industrieventyr, sier næringsminister Jan Christian Vestre til NRK.\n\n"
    "Terje Bendiksby / NTB\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "havvind.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_shape(runner, article):
    result = runner.invoke(cli, ["parse", str(article), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["article"] == "havvind"
    assert data["date"] == "2022-05"
    assert [p["kind"] for p in data["paragraphs"]] == ["text", "heading", "text", "credit"]
    quote = data["paragraphs"][2]
    assert set(quote) == {
        *("n", "kind", "section", "text", "quote", "speakers", "sources", "quotes"),
        "confidence",
    }
    assert quote["speakers"] == ["Jan Christian Vestre"]
    assert quote["sources"] == ["NRK"]
    assert quote["section"] == "Vind til havs"
    said = quote["quotes"][0]
    assert {k: said[k] for k in ("text", "kind", "speaker", "source", "start", "end")} == {
        "text": "Dette blir et industrieventyr",
        "kind": "direct",
        "speaker": "Jan Christian Vestre",
        "source": "NRK",
        "start": 2,
        "end": 31,
    }
    # the evidence: the cue and the mention as offsets into the text, the rule, a confidence
    text = quote["text"]
    assert text[slice(*said["cue"])] == "sier"
    assert text[slice(*said["mention"])] == "Jan Christian Vestre"
    assert said["rule"] == "quote.after-verb/name"
    assert 0.5 < said["confidence"] <= 1
    assert quote["confidence"] == {"Jan Christian Vestre": said["confidence"]}


def test_json_keeps_norwegian_letters_unescaped(runner, article):
    result = runner.invoke(cli, ["parse", str(article), "--format", "json"])
    assert "næringsminister" in result.output and "\\u00e6" not in result.output


def test_text_view(runner, article):
    result = runner.invoke(cli, ["parse", str(article)], env={"COLUMNS": "88"})
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "havvind  2022-05  bokmål  4 paragraphs",
        "¶0  text",
        "    Regjeringen vil bygge ut havvind.",
        "",
        "## Vind til havs  (¶1)",
        "¶2  text  direct  speakers: Jan Christian Vestre  sources: NRK",
        "    – Dette blir et industrieventyr, sier næringsminister Jan Christian Vestre til",
        "    NRK.",
        "¶3  credit  sources: NTB",
        "    Terje Bendiksby / NTB",
    ]


def test_default_is_the_bundled_article(runner):
    result = runner.invoke(cli, ["parse", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["date"] == "2016-10"


@pytest.mark.parametrize(
    "content, expected",
    [(b"", "empty"), (b"\x00\x01\x02", "not a text file"), (b"\xe6\xf8\xe5 tekst", "not UTF-8")],
)
def test_bad_files_exit_2_with_one_line(runner, tmp_path, content, expected):
    path = tmp_path / "feil.txt"
    path.write_bytes(content)
    result = runner.invoke(cli, ["parse", str(path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert expected in result.output and str(path) in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("target", ["missing.txt", "."])
def test_missing_file_or_directory(runner, tmp_path, target):
    result = runner.invoke(cli, ["parse", str(tmp_path / target)])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1


def test_every_command_has_help(runner):
    for name, command in cli.commands.items():
        assert command.help, name
        assert runner.invoke(cli, [name, "--help"]).exit_code == 0
