"""The shared seed queries, through the API and the CLI: each relevant paragraph among the first
max(10, len(relevant)) text hits, and the first hit one of them."""

import json

import pytest

from search.api import Searcher
from search.cli import cli

from .conftest import DATA

QUERIES = json.loads((DATA / "seed-queries.json").read_text(encoding="utf-8"))
ARTICLE = QUERIES["article"].removesuffix(".txt")
CASES = [
    pytest.param(case["query"], case["relevant"], id=case["query"]) for case in QUERIES["queries"]
]


def check(ranked: list[int], relevant: list[int]) -> None:
    depth = max(10, len(relevant))
    assert ranked, "no hits"
    assert ranked[0] in relevant, f"first hit ¶{ranked[0]} is not relevant"
    assert set(relevant) <= set(ranked[:depth]), f"missing {set(relevant) - set(ranked[:depth])}"


@pytest.fixture(scope="module")
def searcher(seed_index):
    with Searcher(seed_index) as opened:
        yield opened


@pytest.mark.parametrize("query, relevant", CASES)
def test_api(searcher, query, relevant):
    results = searcher.search(query, limit=max(10, len(relevant)))
    assert all(hit.article == ARTICLE for hit in results.hits)
    check([hit.n for hit in results.hits], relevant)


@pytest.mark.parametrize("query, relevant", CASES)
def test_cli(runner, seed_index, query, relevant):
    result = runner.invoke(
        cli,
        [
            "--index",
            str(seed_index),
            "search",
            query,
            "--format",
            "json",
            "--limit",
            str(max(10, len(relevant))),
        ],
    )
    assert result.exit_code == 0, result.output
    check([hit["n"] for hit in json.loads(result.stdout)["hits"]], relevant)
