"""Rebuild the 32 treebank stories this gold describes from the Norwegian Dependency Treebank.

    python train/firstsight/ndt/build.py [NORNE_DIR]    (default ../shared/data/norne)
    ../shared/tools/dev-score train/firstsight/ndt/gold

The stories are newspaper text of about 2000–2010 in the treebank's test and development
parts (16 bokmål, 16 nynorsk). The treebank keeps sentences, not paragraphs, and its texts
may not be republished, so only the gold and the recipe are kept here: for each paragraph,
the pieces of the treebank's sentences it is made of (sentence number, first and last
character of the sentence as detokenised below), in `stories.json`. The paragraphs were cut
by hand where a sentence run held a heading, a caption or two paragraphs. Each story was
annotated before sitat read it; `set` and `first_read_at` say in which batch and at which
commit (train/README.md gives the first-sight scores).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = {
    "bm-test": "test.ndt.conll",
    "nn-test": "nynorsk/test.ndt.conll",
    "bm-dev": "dev.ndt.conll",
    "nn-dev": "nynorsk/dev.ndt.conll",
}
CLOSING = ",.:;!?)"


def detokenised(tokens: list[str]) -> str:
    """A sentence's words joined as print has them: «» for quotation marks, no space before
    punctuation, and a replikkstrek for a leading hyphen."""
    text, quoting = "", False
    for token in tokens:
        if token == "|":  # the treebank's mark of a line without a full stop
            continue
        if token == "«" or (token == '"' and not quoting):
            text, quoting = text + (" " if text else "") + "«", True
        elif token == "»" or token == '"':
            text, quoting = text + "»", False
        elif token in CLOSING or token.startswith("'") or text.endswith(("«", "(")):
            text += token
        else:
            text += (" " if text else "") + token
    text = text.replace(" %", "%")
    return "–" + text[1:] if text.startswith(("-", "–")) else text


def sentences(path: Path) -> list[str]:
    """Every sentence of a CoNLL file (the word forms of its second column), detokenised."""
    found, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line:
            words.append(line.split("\t")[1])
        elif words:
            found.append(detokenised(words))
            words = []
    if words:
        found.append(detokenised(words))
    return found


def main() -> None:
    norne = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared/data/norne"
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))["stories"]
    texts = {split: sentences(norne / name) for split, name in SPLITS.items()}
    out = HERE / "articles"
    out.mkdir(exist_ok=True)
    for name, story in stories.items():
        said = texts[story["split"]]
        paragraphs = [
            " ".join(said[s][a:b] for s, a, b in pieces) for pieces in story["paragraphs"]
        ]
        (out / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    print(f"{len(stories)} stories in {out}")


if __name__ == "__main__":
    main()
