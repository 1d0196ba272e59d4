"""Where attribution loses: each stage scored against the development gold.

    python train/stages.py ../shared/dev/gold [--part train|check|all] [--nynorsk DIR]

For every paragraph the gold says quotes someone, in order of the pipeline:
1. quote found: the rules found a quote or report in it at all (`quotes`, `cues`);
2. speaker named: a quote there names someone (`mentions`, `parsed`, the threshold);
3. right speaker: the one named is the gold's (`resolve`); when wrong, whether the gold
   speaker's surname stands in the paragraph (a mention the rules could have taken) or not
   (only carrying over, a pronoun or a role could reach it).
Then every wrong name (false positive) by the rule that chose it, and every missed gold
speaker by where it was lost (not for the check part, which is never tuned on).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from devgold import GoldArticle, load, scorer


def locate(articles: list[GoldArticle]) -> tuple[Counter, Counter, Counter]:
    score = scorer()
    stages: Counter = Counter()
    wrong: Counter = Counter()  # false positives by rule
    lost: Counter = Counter()  # missed gold speakers by where
    for a in articles:
        parsed = {p.n: p for p in a.parsed.paragraphs}
        for para in a.gold["paragraphs"]:
            p = parsed.get(para["n"])
            quotes = [q for q in p.quotes] if p else []
            named = list(dict.fromkeys(q.speaker for q in quotes if q.speaker))
            rule = {q.speaker: q.rule for q in quotes if q.speaker}
            gold = para.get("speakers") or []
            for s in named:
                if not a.right(para["n"], s):
                    where = "quote in a paragraph the gold quotes nobody in" if not gold else ""
                    wrong[f"{rule[s]}{' (' + where + ')' if where else ''}"] += 1
            if not gold:
                continue
            stages["gold paragraphs with speakers"] += 1
            tp, _, fn = score.best_counts(named, para, "speakers", a.unique)
            stages["gold speakers"] += tp + fn
            stages["right"] += tp
            if not quotes:
                lost["no quote found"] += fn
                continue
            stages["quote found"] += 1
            if not named:
                unnamed = Counter(q.rule for q in quotes)
                lost[f"quote found, nobody named ({unnamed.most_common(1)[0][0]})"] += fn
                continue
            stages["speaker named"] += 1
            if fn:
                text = p.text.casefold() if p else ""
                here = any(g.split()[-1].casefold() in text for g in gold)
                side = "named in the paragraph" if here else "not named in the paragraph"
                lost[f"someone else named; gold speaker {side}"] += fn
    return stages, wrong, lost


BINS = (0.0, 0.6, 0.7, 0.8, 0.9, 1.01)


def calibration(articles: list[GoldArticle]) -> list[tuple[str, int, float, float]]:
    """(confidence bin, speakers named, mean confidence, share right) per bin."""
    seen: dict[tuple[str, int, str], tuple[float, bool]] = {}
    for a in articles:
        for p in a.parsed.paragraphs:
            for q in p.quotes:
                if q.speaker and q.confidence is not None:
                    key = (a.name, p.n, q.speaker)
                    best = max(q.confidence, seen.get(key, (0.0, False))[0])
                    seen[key] = (best, a.right(p.n, q.speaker))
    rows = []
    for low, high in zip(BINS, BINS[1:], strict=False):
        inside = [(c, ok) for c, ok in seen.values() if low <= c < high]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            right = sum(ok for _, ok in inside) / len(inside)
            rows.append((f"{low:.1f}–{min(high, 1.0):.1f}", len(inside), mean, right))
    return rows


def report(title: str, articles: list[GoldArticle], by_rule: bool = True) -> None:
    stages, wrong, lost = locate(articles)
    paragraphs = stages["gold paragraphs with speakers"]
    print(f"## {title}: {len(articles)} articles, {paragraphs} paragraphs with gold speakers\n")
    print("| stage | paragraphs | share |\n|---|---|---|")
    for key in ("quote found", "speaker named"):
        print(f"| {key} | {stages[key]} | {stages[key] / max(paragraphs, 1):.3f} |")
    print(
        f"| right speaker (of {stages['gold speakers']} gold speakers) | {stages['right']} "
        f"| {stages['right'] / max(stages['gold speakers'], 1):.3f} |\n"
    )
    print("| missed gold speakers, lost at | count |\n|---|---|")
    for key, n in lost.most_common():
        print(f"| {key} | {n} |")
    print("\n| confidence | speakers named | mean confidence | share right |\n|---|---|---|---|")
    for span, n, mean, right in calibration(articles):
        print(f"| {span} | {n} | {mean:.3f} | {right:.3f} |")
    if not by_rule:
        print()
        return
    print("\n| wrong names, by the rule that chose them | count |\n|---|---|")
    for key, n in wrong.most_common():
        print(f"| {key} | {n} |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--part", choices=("train", "check", "all"), default="train")
    parser.add_argument("--nynorsk", type=Path, help="a gold folder of nynorsk articles too")
    args = parser.parse_args()
    report(f"{args.part} part", load(args.gold, args.part, raw=False), args.part != "check")
    if args.nynorsk:
        report("nynorsk", load(args.nynorsk, "all", raw=False))


if __name__ == "__main__":
    main()
