"""Turn NorNE's CoNLL files (the Norwegian Dependency Treebank with entities) into spaCy's
training format.

    python train/convert.py ../shared/data/norne train/corpus

Writes ``train.spacy``, ``dev.spacy`` and ``test.spacy`` (bokmål and nynorsk together) and
each split per written standard (``train-nn.spacy``, ``test-nb.spacy`` …), to train and score
each standard on its own. The corpus files
stay out of the repository: the treebank's texts may not be republished (its README).
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

SENTENCES_PER_DOC = 10  # several sentences a doc, so the parser also learns where one ends
_NO_SPACE_BEFORE = {",", ".", "!", "?", ":", ";", ")", "»", "…", "%"}
_NO_SPACE_AFTER = {"(", "«"}


def read_sentences(path: Path) -> list[list[list[str]]]:
    """Each sentence as its rows of ten columns."""
    sentences: list[list[list[str]]] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                sentences.append(rows)
            rows = []
        elif not line.startswith("#"):
            rows.append(line.split("\t"))
    if rows:
        sentences.append(rows)
    return sentences


def _spaces(words: list[str]) -> list[bool]:
    spaces = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        spaces.append(
            bool(following) and following not in _NO_SPACE_BEFORE and word not in _NO_SPACE_AFTER
        )
    return spaces


def to_doc(vocab, sentences: list[list[list[str]]]) -> Doc:
    words: list[str] = []
    tags: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    ents: list[str] = []
    starts: list[bool] = []
    for rows in sentences:
        offset = len(words)
        for n, row in enumerate(rows):
            words.append(row[1])
            tags.append(row[3])
            head = int(row[6])
            heads.append(offset + head - 1 if head else offset + n)
            deps.append("ROOT" if head == 0 else row[7])
            name = row[9].removeprefix("name=") if row[9].startswith("name=") else "O"
            ents.append(name)
            starts.append(n == 0)
    return Doc(
        vocab,
        words=words,
        spaces=_spaces(words),
        tags=tags,
        heads=heads,
        deps=deps,
        ents=ents,
        sent_starts=starts,
    )


def convert(paths: list[Path]) -> DocBin:
    nlp = spacy.blank("nb")
    docs = DocBin(store_user_data=False)
    for path in paths:
        sentences = read_sentences(path)
        for i in range(0, len(sentences), SENTENCES_PER_DOC):
            docs.add(to_doc(nlp.vocab, sentences[i : i + SENTENCES_PER_DOC]))
    return docs


def main(norne: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        files = [norne / f"{split}.ndt.conll", norne / "nynorsk" / f"{split}.ndt.conll"]
        convert(files).to_disk(out / f"{split}.spacy")
    # each written standard alone, to train a model per standard and compare (compare.sh)
    for split in ("train", "dev", "test"):
        convert([norne / f"{split}.ndt.conll"]).to_disk(out / f"{split}-nb.spacy")
        convert([norne / "nynorsk" / f"{split}.ndt.conll"]).to_disk(out / f"{split}-nn.spacy")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
