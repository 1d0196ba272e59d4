"""Train the referent linker (`index/attribution/linker.choose_referent`): whom "han"/"hun"
stands for, among the candidates the rules consider (`resolve.pronoun_subject`).

    python train/referents.py ../shared/dev/gold [--write]

Every pronoun the rules resolve in a paragraph of the train part where the gold names a
speaker gives one decision: its candidates (most recent first) with their features, each
judged right or wrong against the gold. A logistic regression (scikit-learn) scores each
candidate; the linker takes the best. It is judged on decisions each article got from a model
trained without it (5 folds by article), against the rules' own choice on the same decisions;
--write stores the weights only when those held-out decisions are better than the rules', in
`index/attribution/referents.json`, the only thing that ships. The check part is never read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from devgold import learned_weights, load

TABLE = Path(__file__).resolve().parent.parent / "index" / "attribution" / "referents.json"
FOLDS = 5
REGULARISATION = 1.0  # scikit-learn's C


def decisions(gold: Path):
    """The train articles, and (article index, candidates' features, each candidate right?,
    the rules' choice) per pronoun, recorded while they are parsed with the rules alone."""
    from index.attribution import linker

    linker.REFERENTS = Path(__file__).with_name("no-table.json")  # absent: the rules decide
    linker._referent_model.cache_clear()
    linker.RECORD = []
    try:
        articles = load(gold, "train")
    finally:
        linker.RECORD = None
    rows = []
    for ai, a in enumerate(articles):
        for n, names, features, ruled in a.referents:
            if a.options(n)[0]:  # where the gold quotes nobody, there is no referent to judge
                rows.append((ai, features, [a.right(n, name) for name in names], ruled))
    return articles, rows


def fit(rows):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([f for r in rows for f in r[1]])
    y = [ok for r in rows for ok in r[2]]
    model = LogisticRegression(C=REGULARISATION, max_iter=2000).fit(x, y)
    return vec, model


def held_out(rows) -> list[list[float]]:
    """Each candidate's probability from a model trained on the other folds' articles."""
    from sklearn.model_selection import GroupKFold

    probs: list[list[float]] = [[] for _ in rows]
    for train_ix, test_ix in GroupKFold(n_splits=FOLDS).split(rows, groups=[r[0] for r in rows]):
        vec, model = fit([rows[i] for i in train_ix])
        for i in test_ix:
            probs[i] = [float(p) for p in model.predict_proba(vec.transform(rows[i][1]))[:, 1]]
    return probs


def tally(rows, picks) -> tuple[int, int, int]:
    """(right, wrong, nobody) of the chosen candidates."""
    right = wrong = nobody = 0
    for (_, _, ok, _), pick in zip(rows, picks, strict=True):
        if pick is None:
            nobody += 1
        elif ok[pick]:
            right += 1
        else:
            wrong += 1
    return right, wrong, nobody


def picks_at(probs, t: float) -> list[int | None]:
    out: list[int | None] = []
    for p in probs:
        best = max(range(len(p)), key=lambda i: (p[i], -i))
        out.append(best if p[best] >= t else None)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    articles, rows = decisions(args.gold)
    reachable = sum(any(r[2]) for r in rows)
    print(
        f"{len(articles)} train articles, {len(rows)} pronouns, {reachable} with a right candidate"
    )
    rules = tally(rows, [r[3] for r in rows])
    print(f"rules: right {rules[0]}, wrong {rules[1]}, nobody {rules[2]}")
    probs = held_out(rows)
    best_t, best = 0.0, None
    for t in [i / 20 for i in range(0, 15)]:
        right, wrong, nobody = tally(rows, picks_at(probs, t))
        print(
            f"linker, threshold {t:.2f}: right {right}, wrong {wrong}, nobody {nobody} (held-out)"
        )
        # a wrong name costs a false positive and a miss; nobody only the miss
        if best is None or right - wrong > best[0] - best[1]:
            best_t, best = t, (right, wrong, nobody)
    assert best is not None
    print(f"chosen threshold {best_t:.2f}: right {best[0]}, wrong {best[1]}, nobody {best[2]}")
    vec, model = fit(rows)
    weights = learned_weights(vec, model)
    better = best[0] - best[1] > rules[0] - rules[1]
    if args.write and not better:
        print("not written: the held-out decisions are no better than the rules'")
    elif args.write:
        table = {
            "threshold": best_t,
            "bias": round(float(model.intercept_[0]), 4),
            "weights": weights,
            "trained_on": f"train part of the development gold: {len(articles)} articles, "
            f"{len(rows)} pronouns",
            "held_out": {"right": best[0], "wrong": best[1], "nobody": best[2]},
            "rules": {"right": rules[0], "wrong": rules[1], "nobody": rules[2]},
        }
        TABLE.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
