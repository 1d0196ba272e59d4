"""Which first names are a man's and which a woman's, learnt from how Norwegian news refers
back to people: a full name, then "han" or "hun" (nynorsk "ho") as the next subject before any
other person is named.

    python train/first_names.py ../shared/data/norne ../shared/dev/articles \
        ../shared/dev/gold train/firstsight/gold ../shared/dev/nynorsk/gold > index/first_names.tsv
    python train/first_names.py --given ../shared/data/norne > index/given_names.txt

Sources: the NorNE treebank (entity and subject annotations, CC0; only first names and counts
are kept, none of its text), the NorQuAD development articles (CC0), and the hand-checked
attribution gold given after them (the check part of the development gold is skipped): there a
paragraph whose one speaker is a full name and that says ", sier hun" or "Han mener" is a vote
checked by a person, and counts twice. Writes ``name<TAB>m|f<TAB>votes``, keeping names with
at least two votes that agree at least 80 %.
"""

from __future__ import annotations

import json
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


_CUE = (
    r"(?:sier|sa|forteller|fortalte|mener|mente|seier|meiner|legger|legg|la|skriver|skrev|"
    r"understreker|påpeker|forklarer|svarer|svarte|utdyper|fortsetter|fortsatte|opplyser|tror|"
    r"trur|innrømmer|konstaterer)"
)
_SPEAKER_PRONOUN = re.compile(
    rf"[,–-]\s*{_CUE}\s+(han|hun|ho)\b|(?:^|[.!?]\s+)(Han|Hun|Ho)\s+{_CUE}\b"
)
_SPLIT = Path(__file__).resolve().parent / "dev_split.json"


def _votes_from_gold(folder: Path, votes: dict[str, Counter]) -> None:
    """ "– …, sier hun" in a paragraph whose one speaker the gold names: her first name is a
    woman's, as a person checked."""
    check = set(json.loads(_SPLIT.read_text(encoding="utf-8"))["check"])
    articles = folder.parent / "articles"
    for path in sorted(folder.glob("*.json")):
        if path.stem in check:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = re.sub(r"^ date \S+ ", "", (articles / gold["article"]).read_text(encoding="utf-8"))
        blocks = [b for b in text.split("\n\n") if b.strip()]
        for p in gold["paragraphs"]:
            speakers = p["speakers"]
            if len(speakers) != 1 or " " not in speakers[0] or p["n"] >= len(blocks):
                continue
            first, second = speakers[0].split()[:2]
            if "-" in second and second.split("-")[1].islower():
                continue  # "Jung Byung-joon": a Korean name, the family name first
            if first.isalpha() and first[0].isupper():
                for m in _SPEAKER_PRONOUN.finditer(blocks[p["n"]]):
                    votes[first][_PRONOUN[(m.group(1) or m.group(2)).lower()]] += 1


def main(norne: Path, articles: Path, gold: list[Path]) -> None:
    votes: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(norne.rglob("*.ndt.conll")):
        _votes_from_treebank(path, votes)
    _votes_from_articles(articles, votes)
    checked: dict[str, Counter] = defaultdict(Counter)
    for folder in gold:
        _votes_from_gold(folder, checked)
    for name in sorted(set(votes) | set(checked)):
        both = votes[name] + checked[name] + checked[name]  # a checked vote counts twice
        (gender, count), total = both.most_common(1)[0], sum(both.values())
        if count >= 2 and count / total >= 0.8:
            print(f"{name}\t{gender}\t{count}")


if __name__ == "__main__":
    if sys.argv[1] == "--given":
        print("\n".join(given_names(Path(sys.argv[2]))))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]])
