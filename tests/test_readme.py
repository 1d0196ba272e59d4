"""Every Python example in the README runs, as written, in a folder holding the article."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

README = Path(__file__).parent.parent / "README.md"
EXAMPLES = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_has_python_examples():
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("example", EXAMPLES)
def test_a_readme_example_runs(example, tmp_path, monkeypatch, seed_path, capsys):
    (tmp_path / "artikler").mkdir()
    shutil.copy(seed_path, tmp_path / "artikler" / "artikkel.txt")
    shutil.copy(seed_path, tmp_path / "artikkel.txt")
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip()  # it printed what it says it prints
