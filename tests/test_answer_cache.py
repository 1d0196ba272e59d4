"""The language model's answer cache is keyed by everything that shapes an answer."""

from __future__ import annotations

import shutil

from index import lexicon, syntax


def test_the_key_covers_the_model_the_code_and_the_word_lists():
    sources = syntax.answer_sources()
    assert syntax.MODEL_DIR / "meta.json" in sources
    assert syntax.MODEL_DIR / "parser" / "model" in sources  # the weights, not only meta.json
    assert any(p.name == "syntax.py" for p in sources)
    assert any(p.name == "lexicon.py" for p in sources)  # NAME_PARTICLES shapes names
    assert lexicon.NAME_PARTICLES


def test_any_change_to_a_source_or_spacy_gives_another_key(tmp_path):
    files = []
    for n, text in enumerate(("NAME_PARTICLES = {'van', 'de'}\n", "weights", "code")):
        path = tmp_path / f"f{n}"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    key = syntax.answers_key(files, "3.8.18")
    assert syntax.answers_key(files, "3.8.18") == key
    assert syntax.answers_key(files, "3.8.19") != key
    files[0].write_text("NAME_PARTICLES = {'van', 'de', 'von'}\n", encoding="utf-8")
    assert syntax.answers_key(files, "3.8.18") != key
    renamed = tmp_path / "other"
    shutil.copy(files[1], renamed)
    assert syntax.answers_key([files[0], renamed, files[2]], "3.8.18") != syntax.answers_key(
        files, "3.8.18"
    )


def test_a_bad_row_is_a_miss_and_the_sentence_is_parsed_again(tmp_path, monkeypatch):
    import sqlite3

    from index.parse import parse_article

    from .conftest import DATA

    monkeypatch.setenv("SITAT_CACHE", str(tmp_path))
    text = (DATA / "norquad" / "norquad-150.txt").read_text(encoding="utf-8")
    expected = parse_article(text, "sak").to_dict()
    (database,) = tmp_path.glob("parses-*.sqlite")
    bad = [
        None,
        42,
        "tekst",
        '"tekst"',
        "[1, 2]",
        '{"s3": 7}',
        '{"s3": {"name": [5]}}',
        '{"k0-4": "place"}',
        '{"line": 1}',
        '{"x": null}',
        "{" * 5000,
    ]
    with sqlite3.connect(database) as db:
        keys = [k for (k,) in db.execute("SELECT key FROM answers")]
        assert keys
        for n, key in enumerate(keys):
            db.execute("UPDATE answers SET answers = ? WHERE key = ?", (bad[n % len(bad)], key))
    syntax._line_cache.cache_clear()
    assert parse_article(text, "sak").to_dict() == expected
    assert syntax.valid_answers({"s3": None, "k0-4": "person", "line": None})
    assert syntax.valid_answers({"s3": {"name": [0, 4], "kind": None, "role": None, "others": []}})
