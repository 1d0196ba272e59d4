"""Which first names are a man's and which a woman's, learnt from how Norwegian news refers
back to people: a full name, then "han" or "hun" (nynorsk "ho") as the next subject before any
other person is named.

    python train/first_names.py ../shared/data/norne ../shared/dev/articles > index/first_names.tsv
    python train/first_names.py --given ../shared/data/norne > index/given_names.txt

Sources: the NorNE treebank (entity and subject annotations, CC0; only first names and counts
are kept, none of its text) and the NorQuAD development articles (CC0). Writes
``name<TAB>m|f<TAB>votes``, keeping names with at least two votes that agree at least 80 %.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

_PRONOUN = {"han": "m", "hun": "f", "ho": "f"}
_FULL_NAME = re.compile(
    r"\b([A-ZÆØÅ][a-zæøåéèü]+(?:-[A-ZÆØÅ][a-zæøåéèü]+)?)"
    r"(?:\s+[A-ZÆØÅ][a-zæøåéèü]+(?:-[A-ZÆØÅ][a-zæøåéèü]+)?)+"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SUBJECT_PRONOUN = re.compile(
    r"(?:^|[,–-]\s*\w+\s+|^\W*)(han|hun|ho)\b|\b\w+\s+(han|hun|ho)\b", re.IGNORECASE
)
_NOT_FIRST = {
    "Det",
    "Den",
    "De",
    "Etter",
    "Han",
    "Hun",
    "Ho",
    "I",
    "På",
    "Men",
    "Og",
    "Da",
    "Når",
    "Både",
    "Ifølge",
    "Til",
    "For",
    "Med",
    "Om",
}


def _votes_from_treebank(path: Path, votes: dict[str, Counter]) -> None:
    sentence: list[list[str]] = []
    pending: str | None = None
    quiet = 0
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            sentence.append(line.split("\t"))
            continue
        if not sentence:
            continue
        people = [
            row[1]
            for i, row in enumerate(sentence)
            if row[9] == "name=B-PER"
            and i + 1 < len(sentence)
            and sentence[i + 1][9] == "name=I-PER"
        ]
        pronouns = [
            row[1].lower() for row in sentence if row[1].lower() in _PRONOUN and row[7] == "SUBJ"
        ]
        if pending and pronouns and not people:
            votes[pending][_PRONOUN[pronouns[0]]] += 1
            pending = None
        if len(people) == 1:
            pending, quiet = people[0], 0
        elif people:
            pending = None
        else:
            quiet += 1
            if quiet > 1:
                pending = None
        sentence = []


def _votes_from_articles(folder: Path, votes: dict[str, Counter]) -> None:
    for path in sorted(folder.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            pending: str | None = None
            for sentence in _SENTENCE.split(block):
                names = [
                    m.group(1)
                    for m in _FULL_NAME.finditer(sentence)
                    if m.group(1) not in _NOT_FIRST
                ]
                pronoun = _SUBJECT_PRONOUN.search(sentence)
                if pending and pronoun and not names:
                    votes[pending][_PRONOUN[(pronoun.group(1) or pronoun.group(2)).lower()]] += 1
                pending = names[0] if len(set(names)) == 1 else None


def given_names(norne: Path) -> list[str]:
    """Every word NorNE's annotators marked as the first word of a person's name of two words
    or more, at least twice (575 words): what may start a name, whatever the sex."""
    counts: Counter = Counter()
    for path in sorted(norne.rglob("*.ndt.conll")):
        sentence: list[list[str]] = []
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            if line.strip() and not line.startswith("#"):
                sentence.append(line.split("\t"))
                continue
            for i, row in enumerate(sentence[:-1]):
                if row[9] == "name=B-PER" and sentence[i + 1][9] == "name=I-PER":
                    counts[row[1]] += 1
            sentence = []
    return sorted(
        name
        for name, count in counts.items()
        if count >= 2 and name[:1].isupper() and name.isalpha() and name not in _NOT_FIRST
    )


def main(norne: Path, articles: Path) -> None:
    votes: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(norne.rglob("*.ndt.conll")):
        _votes_from_treebank(path, votes)
    _votes_from_articles(articles, votes)
    for name in sorted(votes):
        (gender, count), total = votes[name].most_common(1)[0], sum(votes[name].values())
        if count >= 2 and count / total >= 0.8:
            print(f"{name}\t{gender}\t{count}")


if __name__ == "__main__":
    if sys.argv[1] == "--given":
        print("\n".join(given_names(Path(sys.argv[2]))))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
