"""Nynorsk words for splitting compounds, with how often each occurs: the lemmas of the NorNE
nynorsk treebank's training split (nouns, verbs, adjectives, adverbs).

    python train/nynorsk_lemmas.py ../shared/data/norne/nynorsk > index/nynorsk_lemmas.tsv

wordfreq, which gives the bokmål words, has no nynorsk list. The lemma is one of the treebank's
linguistic annotations, which are CC0; only lemmas and their counts are kept, none of its text.
Writes ``lemma<TAB>count``, most frequent first, lemmas seen at least twice; the first line is
``#tokens<TAB>N``, the number of words counted, to turn counts into frequencies.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

_KINDS = {"subst", "verb", "adj", "adv"}


def main(folder: str) -> None:
    lemmas: Counter[str] = Counter()
    tokens = 0
    for line in (Path(folder) / "train.ndt.conll").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 4 or not fields[0].isdigit():
            continue
        tokens += 1
        lemma = fields[2]
        if fields[3] in _KINDS and lemma.isalpha() and lemma.islower():
            lemmas[lemma] += 1
    print(f"#tokens\t{tokens}")
    for lemma, count in sorted(lemmas.items(), key=lambda kv: (-kv[1], kv[0])):
        if count >= 2:
            print(f"{lemma}\t{count}")


if __name__ == "__main__":
    main(sys.argv[1])
