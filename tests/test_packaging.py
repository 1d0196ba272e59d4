"""What `python -m pip install .` puts on a user's machine: every package of the source tree.
(The readers' subpackage was once missing from the wheel while editable installs, which read
the source folder, worked.)"""

from __future__ import annotations

from pathlib import Path

from setuptools.config.setupcfg import read_configuration

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_of_the_source_is_installed():
    configured = set(read_configuration(str(ROOT / "setup.cfg"))["options"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("index", "search")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert {"index.reading", "index.attribution"} <= on_disk
    assert on_disk <= configured


def test_the_data_the_package_reads_is_installed():
    data = read_configuration(str(ROOT / "setup.cfg"))["options"]["package_data"]
    assert "confidence.json" in data["index.attribution"]
    assert "first_names.tsv" in data["index"]
