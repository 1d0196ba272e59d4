"""The development gold for the attribution scripts: articles parsed with their raw speakers
(no confidence table, nothing withheld), and each predicted speaker judged against the gold
as `../shared/gold/score.py` judges it (case, accents and a unique surname forgiven; "accept"
alternatives honoured).

Used by `calibrate.py` and `stages.py`; never by the package."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = HERE / "dev_split.json"
SHARED = HERE.parent.parent / "shared"
sys.path.insert(0, str(HERE.parent))


def scorer():
    """`../shared/gold/score.py`, the one scoring rule for every figure."""
    sys.path.insert(0, str(SHARED / "gold"))
    import score  # type: ignore[import-not-found]

    return score


def raw_parse():
    """`read_article` with no confidence table: every speaker the rules name, so that their
    rules can be judged."""
    from index import read_article
    from index.attribution import linker

    linker.TABLE = HERE / "no-table.json"  # absent: no threshold, no figures
    linker._model.cache_clear()
    return read_article


@dataclass
class GoldArticle:
    name: str
    gold: dict
    parsed: object  # index.article.Article
    unique: set[str]  # surnames that name one person in this article
    referents: list  # pronouns' candidates, when `linker.RECORD` is set (`referents.py`)

    def options(self, n: int, field: str = "speakers") -> list[list[str]]:
        """The gold lists a paragraph's ``field`` may be, the first the canonical one."""
        para = next((p for p in self.gold["paragraphs"] if p["n"] == n), None)
        if para is None:
            return [[]]
        return [para.get(field) or []] + list((para.get("accept") or {}).get(field, []))

    def right(self, n: int, speaker: str) -> bool:
        """Whether ``speaker`` is one of the paragraph's speakers in some accepted reading."""
        score = scorer()
        return any(score.match_counts([speaker], o, self.unique)[0] for o in self.options(n))


def load(gold_dir: Path, part: str, raw: bool = True) -> list[GoldArticle]:
    """The articles of one part of the split ("train", "check") or "all", parsed raw (every
    speaker the rules name) or as `sitat parse` does."""
    names = sorted(p.stem for p in gold_dir.glob("*.json"))
    if part != "all":
        chosen = set(json.loads(SPLIT.read_text("utf-8"))[part])
        names = [n for n in names if n in chosen]
    score = scorer()
    if raw:
        read = raw_parse()
    else:
        from index import read_article as read
    from index.attribution import linker

    articles = gold_dir.parent / "articles"
    out = []
    for name in names:
        gold = json.loads((gold_dir / f"{name}.json").read_text("utf-8"))
        recording = linker.RECORD is not None
        if recording:
            linker.RECORD = []
        parsed = read(articles / gold["article"])
        unique = score.unique_surnames(score.article_names(gold))
        out.append(GoldArticle(name, gold, parsed, unique, linker.RECORD if recording else []))
    return out


def learned_weights(vec, model) -> dict[str, float]:
    """A fitted logistic model's weight for each feature (rounded, as the tables store them),
    printed from the most negative up."""
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
    }
    for name, w in sorted(weights.items(), key=lambda kv: kv[1]):
        print(f"  {w:+.3f}  {name}")
    return weights
