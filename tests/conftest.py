from __future__ import annotations

import atexit
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from index import default_article_path

# The language model's answers are cached per user; the tests keep theirs apart (and start
# with none, so the model itself runs). One cache for the run: pytest-xdist's workers start
# with the environment of the process that loaded this first, and keep its cache.
# The process that makes the cache removes it when it exits (the controller, after its
# workers): a run leaves nothing behind in the temp folder.
if "PYTEST_XDIST_WORKER" not in os.environ or "SITAT_TEST_CACHE" not in os.environ:
    os.environ["SITAT_TEST_CACHE"] = tempfile.mkdtemp(prefix="sitat-test-cache-")
    atexit.register(shutil.rmtree, os.environ["SITAT_TEST_CACHE"], ignore_errors=True)
os.environ["SITAT_CACHE"] = os.environ["SITAT_TEST_CACHE"]
# Text output wraps to the terminal's width; the tests expect the width of no terminal, also
# where a plugin (pytest-xdist) sets one.
os.environ["COLUMNS"] = "88"

DATA = Path(__file__).parent / "data"
SEED_GOLD = DATA / "000_4afb50867eb46622.json"


def load_scorer():
    """The gold scorer, a verbatim copy of shared/gold/score.py."""
    spec = importlib.util.spec_from_file_location("gold_score", DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return default_article_path()


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory, seed_path) -> Path:
    """A real Whoosh index of the seed article, built once for the session."""
    from index.store import update_index

    directory = tmp_path_factory.mktemp("seed-index")
    update_index(directory, [seed_path])
    return directory
