"""Start-up: each command imports only what it needs, pinned by an allow-list of modules (the
way click's own test suite pins its imports), not by timing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Third-party top-level modules each command may load; everything else must be the standard
# library or already loaded by a bare interpreter on this machine (site hooks).
SEARCH_MODULES = {
    "index",
    "search",
    "click",
    "unidecode",
    "whoosh",
    "Stemmer",
    "cython_runtime",
    "cached_property",
}
ALLOWED = {"search": SEARCH_MODULES, "speakers": SEARCH_MODULES}
# Modules of our own that searching must never load: the attribution parser and its rules,
# and building or updating an index (the store, its file list and writer, finding articles).
NOT_FOR_SEARCHING = {
    "index.store",
    "index.manifest",
    "index.writer",
    "index.sources",
    "index.parse",
    "index.attribution",
    "index.names",
    "index.syntax",
    "index.parse_cache",
    "spacy",
    "whoosh.writing",
}

PROBE = """
import json, sys
before = set(sys.modules)
from search.cli import cli
try:
    cli(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def loaded(*args: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def third_party(modules: set[str]) -> set[str]:
    tops = {m.split(".")[0] for m in modules}
    return {m for m in tops if m not in sys.stdlib_module_names and not m.startswith("_")}


def test_parse_loads_no_search_engine(seed_path):
    """Parsing may run the language model (spaCy), never the search engine."""
    modules = third_party(loaded("parse", str(seed_path), "--format", "json"))
    assert "whoosh" not in modules and "Stemmer" not in modules


@pytest.mark.parametrize("command", [["search", "humanitær hjelp"], ["speakers"]])
def test_searching_loads_neither_parser_nor_word_list(seed_index, command):
    modules = loaded("--index", str(seed_index), *command)
    assert third_party(modules) <= ALLOWED[command[0]]
    assert not modules & NOT_FOR_SEARCHING


def test_whooshs_query_parser_loads_only_for_more_than_plain_words(seed_index):
    """Plain words are read by sitat (`QueryParser._plain`); Whoosh's parser and its plugins
    are imported only for a phrase, a field or an operator."""
    assert "whoosh.qparser" not in loaded("--index", str(seed_index), "search", "Putin Erdogan")
    assert "whoosh.qparser" in loaded("--index", str(seed_index), "search", '"sa Putin"')


def test_the_cached_property_stand_in_gives_the_real_package_for_anything_else():
    """Whoosh gets functools' cached_property without asyncio; any other name (asked by some
    other library) loads the real package, which then stands in sys.modules."""
    import functools

    import whoosh.reading

    assert whoosh.reading.cached_property is functools.cached_property
    import cached_property

    assert cached_property.threaded_cached_property.__module__ == "cached_property"
    assert sys.modules["cached_property"].__file__.endswith("cached_property.py")
