"""The parser against hand-checked gold: the seed article, and articles it was not tuned on."""

from __future__ import annotations

import json

import pytest

from index import read_article

from .conftest import DATA, SEED_GOLD, load_scorer

scorer = load_scorer()
UNSEEN = sorted((DATA / "unseen").glob("*.json"))


def f1(counts: list[int]) -> float:
    return scorer.prf(*counts)[2]


def test_seed_reproduces_gold_exactly(seed_path, seed_gold):
    result = scorer.score(seed_gold, read_article(seed_path).to_dict(), strict=True)
    assert (result["missing"], result["extra"]) == (0, 0)
    assert f1(result["speakers"]) == 1.0
    assert f1(result["sources"]) == 1.0
    assert result["accuracy"]["kind"] == 1.0
    assert result["accuracy"]["section"] == 1.0


@pytest.mark.parametrize("gold", json.loads(SEED_GOLD.read_text(encoding="utf-8"))["paragraphs"],
                         ids=lambda g: f"p{g['n']}")
def test_seed_paragraph(seed_path, gold):
    """Field by field, so a failure names the paragraph."""
    para = read_article(seed_path).paragraphs[gold["n"]]
    assert para.kind == gold["kind"]
    assert para.section == gold["section"]
    assert list(para.speakers) == gold["speakers"]
    assert list(para.sources) == gold["sources"]
    assert para.quote == gold["quote"]


@pytest.mark.parametrize("gold_path", UNSEEN, ids=lambda p: p.stem)
def test_unseen_article_scores_well(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = read_article(gold_path.with_suffix(".txt")).to_dict()
    result = scorer.score(gold, pred, strict=True)
    assert f1(result["speakers"]) >= 0.9
    assert f1(result["sources"]) >= 0.9
    assert result["accuracy"]["kind"] == 1.0
    assert result["accuracy"]["section"] == 1.0


def test_unseen_articles_together_reach_target():
    """Micro F1 over every held-out article: the issue's target is >= 0.90."""
    totals = {"speakers": [0, 0, 0], "sources": [0, 0, 0]}
    for gold_path in UNSEEN:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = scorer.score(gold, read_article(gold_path.with_suffix(".txt")).to_dict(),
                              strict=True)
        for field, counts in totals.items():
            for i, c in enumerate(result[field]):
                counts[i] += c
    assert len(UNSEEN) >= 2
    assert f1(totals["speakers"]) >= 0.9
