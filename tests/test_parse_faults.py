"""A fault in the attribution rules costs one article, reported in one line, not the run."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import index.parse
from index import ArticleError, parse_article
from search.cli import cli


def failing_attribution(*args, **kwargs):
    raise IndexError("list index out of range")


def test_a_fault_in_attribution_is_an_article_error(monkeypatch):
    monkeypatch.setattr(index.parse, "attribute", failing_attribution)
    with pytest.raises(ArticleError, match="attribution failed .*IndexError"):
        parse_article("Tittel\n\n– Det er ikkje billig, seier vekasjefen", origin="a.txt")


def test_the_parse_command_reports_the_fault_in_one_line(monkeypatch, tmp_path):
    monkeypatch.setattr(index.parse, "attribute", failing_attribution)
    article = tmp_path / "a.txt"
    article.write_text("Tittel\n\n– Det er ikkje billig, seier vekasjefen\n", "utf-8")
    result = CliRunner().invoke(cli, ["parse", str(article)])
    assert result.exit_code != 0
    assert "attribution failed" in result.output
    assert "Traceback" not in result.output


def test_an_index_build_skips_the_article_attribution_fails_on_and_keeps_the_rest(
    monkeypatch, tmp_path
):
    from index.store import update_index

    real = index.parse.attribute

    def failing_for_one(paragraphs, lang):
        if any("vekasjefen" in p.text for p in paragraphs):
            raise IndexError("list index out of range")
        return real(paragraphs, lang)

    monkeypatch.setattr(index.parse, "attribute", failing_for_one)
    folder = tmp_path / "saker"
    folder.mkdir()
    (folder / "feil.txt").write_text("Tittel\n\n– Det er ikkje billig, seier vekasjefen\n")
    (folder / "god.txt").write_text("Tittel\n\n– Det er dyrt, seier Ola Nordmann.\n")
    report = update_index(tmp_path / "index", [folder], jobs=1)
    assert report.added == 1
    assert any("feil.txt" in line and "attribution failed" in line for line in report.skipped)
