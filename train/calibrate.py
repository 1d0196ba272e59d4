"""Train attribution's confidence (`index/attribution/linker.py`) on the train part of the
development gold.

    python train/calibrate.py ../shared/dev/gold [--write]

Every speaker the rules name in the train part is judged against the gold (right or wrong);
a logistic regression (scikit-learn) learns the odds from the features `linker.features`
gives. The threshold below which nobody is named is chosen on probabilities each article got
from a model trained without it (5 folds by article), so the choice is not fitted to answers
the model has seen. A speaker is withheld only where that costs no right name: the highest
threshold at which the held-out recall is still that of naming everyone (and F1 no lower),
so every name it withholds in the folds was wrong. (The rule before
was F1 within 0.005 of the best, which kept the threshold at 0 while withholding cost
nothing right.) --write stores the
weights, the threshold and the figures in `index/attribution/confidence.json`, the only thing
that ships. The check part is never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from devgold import GoldArticle, learned_weights, load, scorer

TABLE = Path(__file__).resolve().parent.parent / "index" / "attribution" / "confidence.json"
FOLDS = 5
REGULARISATION = 1.0  # scikit-learn's C


def decisions(articles: list[GoldArticle]):
    """(article index, paragraph n, speaker, features, right) for each named speaker."""
    from index.attribution import linker

    rows = []
    for ai, a in enumerate(articles):
        text_paragraphs = [p for p in a.parsed.paragraphs if p.kind == "text"]
        texts = [p.text for p in text_paragraphs]
        quotes = [list(p.quotes) for p in text_paragraphs]
        speakers = {q.speaker for p in a.parsed.paragraphs for q in p.quotes if q.speaker}
        named = linker.named_counts(texts, speakers)
        for i, p in enumerate(text_paragraphs):
            for q in p.quotes:
                if q.speaker:
                    kind = a.parsed.speaker_kinds.get(q.speaker, "person")
                    f = linker.features(q, p.text, kind, named[q.speaker])
                    f |= linker.carried_features(q, kind, texts, quotes, i)
                    rows.append((ai, p.n, q.speaker, f, a.right(p.n, q.speaker)))
    return rows


def fit(rows):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r[3] for r in rows])
    model = LogisticRegression(C=REGULARISATION, max_iter=2000).fit(x, [r[4] for r in rows])
    return vec, model


def held_out(rows) -> list[float]:
    """Each row's probability from a model trained on the other folds' articles."""
    from sklearn.model_selection import GroupKFold

    probs = [0.0] * len(rows)
    groups = [r[0] for r in rows]
    for train_ix, test_ix in GroupKFold(n_splits=FOLDS).split(rows, groups=groups):
        vec, model = fit([rows[i] for i in train_ix])
        p = model.predict_proba(vec.transform([rows[i][3] for i in test_ix]))[:, 1]
        for i, value in zip(test_ix, p, strict=True):
            probs[i] = float(value)
    return probs


def pooled(articles: list[GoldArticle], rows, probs, t: float):
    """Speakers P, R, F1, naming in each paragraph only speakers with a probability >= t."""
    score = scorer()
    best: dict[tuple[int, int], dict[str, float]] = {}
    for (ai, n, speaker, _, _), p in zip(rows, probs, strict=True):
        slot = best.setdefault((ai, n), {})
        slot[speaker] = max(slot.get(speaker, 0.0), p)
    tp = fp = fn = 0
    for ai, a in enumerate(articles):
        for para in a.gold["paragraphs"]:
            named = [s for s, p in best.get((ai, para["n"]), {}).items() if p >= t]
            counts = score.best_counts(named, para, "speakers", a.unique)
            tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
    return score.prf(tp, fp, fn)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    articles = load(args.gold, "train")
    rows = decisions(articles)
    right = sum(r[4] for r in rows)
    print(f"{len(articles)} train articles, {len(rows)} named speakers, {right} right")
    probs = held_out(rows)
    curve = []
    for t in [i / 100 for i in range(0, 96, 5)]:
        p, r, f = pooled(articles, rows, probs, t)
        curve.append((round(f, 4), -t, p, r))
        print(f"threshold {t:.2f}: speakers P {p:.3f} R {r:.3f} F1 {f:.3f} (held-out folds)")
    best = max(f for f, *_ in curve)
    f0, _, _, r0 = curve[0]  # naming everyone
    free = [c for c in curve if c[3] >= r0 - 1e-9 and c[0] >= f0]  # costs no right name
    f1, neg_t, p, r = min(free, key=lambda c: c[1])  # the highest such threshold
    print(f"chosen threshold {-neg_t:.2f}: P {p:.3f} R {r:.3f} F1 {f1:.3f} (best F1 {best:.3f})")
    vec, model = fit(rows)
    weights = learned_weights(vec, model)
    if args.write:
        table = {
            "threshold": -neg_t,
            "bias": round(float(model.intercept_[0]), 4),
            "weights": weights,
            "trained_on": f"train part of the development gold: {len(articles)} articles, "
            f"{len(rows)} named speakers ({right} right)",
            "held_out": {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)},
        }
        TABLE.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
