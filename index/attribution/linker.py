"""The learned part of attribution: how far to trust each speaker the rules name.

A logistic model over what is known about the choice (the rule and how the mention was read,
the speaker's kind, a full name or one word, where the mention stands from the cue, the cue
word, the quote's kind, how often the article names the speaker, whether a pronoun agrees
with the name's sex) gives a probability that the speaker is right. It is trained on the train
part of the development gold (`train/calibrate.py`); only its weights ship, in
``confidence.json``. Below the stored threshold a quote names nobody: "not known" is better
than a wrong name a journalist would copy."""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from ..article import Quote
from ..lexicon import known_kind, known_outlet
from ..names import Position, gender_of, is_given_name
from .story import Reading

TABLE = Path(__file__).with_name("confidence.json")
REFERENTS = Path(__file__).with_name("referents.json")
# cue words common enough to carry a weight of their own; any other is "cue=other"
COMMON_CUES = frozenset(
    "sier sa mener forteller fortalte skriver opplyser ifølge uttaler kommentere".split()
)
_FEMININE = re.compile(r"\b(?:hun|ho)\b", re.IGNORECASE)


@cache
def _model() -> dict:
    return _table(TABLE)


@cache
def _referent_model() -> dict:
    return _table(REFERENTS)


def _table(path: Path) -> dict:
    try:
        loaded = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


# Set to a list, every pronoun's candidates are appended to it as (paragraph number, their
# names, their features, the rules' choice): what `train/referents.py` learns from.
RECORD: list[tuple[int, list[str], list[dict[str, float]], int | None]] | None = None


def choose_referent(rows: list[dict[str, float]], ruled: int | None) -> int | None:
    """Which of a pronoun's candidate referents it stands for (their ``rows`` of
    `referent_features`, most recent first), or None for nobody: the candidate the
    referent model (``referents.json``) scores highest, unless below its threshold; the
    rules' choice ``ruled`` without a model."""
    model = _referent_model()
    weights = model.get("weights")
    if not isinstance(weights, dict) or not rows:
        return ruled
    scores = [_probability(model, weights, f) for f in rows]
    best = max(range(len(rows)), key=lambda i: (scores[i], -i))
    return best if scores[best] >= float(model.get("threshold", 0.0)) else None


def _probability(model: dict, weights: dict, f: dict[str, float]) -> float:
    z = float(model.get("bias", 0.0)) + sum(weights.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def threshold() -> float:
    """The confidence below which a speaker is not named (0 without a model)."""
    return float(_model().get("threshold", 0.0))


def features(q: Quote, text: str, kind: str, named: int) -> dict[str, float]:
    """What the model weighs for the speaker of ``q`` in a paragraph of ``text``; ``kind`` is
    the speaker's kind, ``named`` how many paragraphs of the article name them."""
    rule = q.rule or "none"
    stage, _, how = rule.partition("/")
    how = "pronoun" if how == "pronoun-learned" else how  # weighed as the rules' pronouns
    speaker = q.speaker or ""
    f = {
        f"rule={stage}": 1.0,
        f"stage={stage.split('.')[0]}": 1.0,
        f"how={how or 'none'}": 1.0,
        f"kind={kind}": 1.0,
        f"quote={q.kind}": 1.0,
        "one word": float(" " not in speaker),
        "named in article": math.log1p(named),
        "mention here": float(q.mention is not None),
    }
    if q.cue is not None:
        cue = text[q.cue[0] : q.cue[1]].casefold()
        f[f"cue={cue if cue in COMMON_CUES else 'other'}"] = 1.0
    if q.cue is not None and q.mention is not None:
        before = q.mention[1] <= q.cue[0]
        gap = q.cue[0] - q.mention[1] if before else q.mention[0] - q.cue[1]
        f["mention before cue"] = float(before)
        f["chars between"] = math.log1p(max(gap, 0))
    if how.startswith("pronoun") and q.mention is not None:
        sex = gender_of(speaker)
        said = "f" if _FEMININE.fullmatch(text[q.mention[0] : q.mention[1]]) else "m"
        f["pronoun sex unknown"] = float(sex is None)
        f["pronoun sex differs"] = float(sex is not None and sex != said)
    return f


# paragraphs searched back for a carried speaker's last quote (further counts as this far)
CARRY_LOOKBACK = 10
_FULL_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+)+")


def carried_features(
    q: Quote, kind: str, texts: list[str], quotes: list[list[Quote]], i: int
) -> dict[str, float]:
    """What the model weighs for a speaker carried over to a quote with no attribution of its
    own (``q`` in text paragraph ``i`` of ``texts``, whose quotes are ``quotes``): how far
    back the speaker was quoted, whether someone else was named since, whether the quote asks
    the reader something, and what kind of speaker is carried."""
    if q.rule != "quote.carried" or q.speaker is None:
        return {}
    back = next(
        (
            i - j
            for j in range(i - 1, max(-1, i - 1 - CARRY_LOOKBACK), -1)
            if any(o.speaker == q.speaker for o in quotes[j])
        ),
        None,
    )
    between = texts[i - back + 1 : i] if back else []
    # an interviewer's question between ("– Hvor mye har forholdene å si?") is no distance:
    # the answer after it is the one asked
    asked = sum(1 for j in range(i - (back or 0) + 1, i) if _only_a_question(quotes[j]))
    back = back - asked if back else back
    last = q.speaker.split()[-1]
    others = any(
        m.group() != q.speaker and last not in m.group()
        for t in between
        for m in _FULL_NAME.finditer(t)
    )
    if back and _only_a_question(quotes[i - 1]):
        back, others = 1, False  # the answer to the question just put: the one asked, as close
    return {
        "carried: paragraphs back": math.log1p(back or 10),
        "carried: someone else named since": float(others),
        "carried: a question": float("?" in q.text.split(".")[0]),
        f"carried: kind={kind}": 1.0,
    }


def _only_a_question(quotes: list[Quote]) -> bool:
    return bool(quotes) and all(q.rule == "quote.question" for q in quotes)


def named_counts(texts: list[str], speakers: set[str]) -> dict[str, int]:
    """How many of the paragraphs ``texts`` name each speaker (by the last word of the name)."""
    return {s: sum(s.split()[-1] in t for t in texts) for s in speakers}


def confidence(f: dict[str, float]) -> float | None:
    """The model's probability that the speaker is right; None without a model."""
    model = _model()
    weights = model.get("weights")
    if not isinstance(weights, dict):
        return None
    return round(_probability(model, weights, f), 3)


def referent_features(
    r: Reading,
    at: Position,
    want: str,
    name: str,
    rank: int,
    earlier: list[str],
    here: dict[str, bool],
    ruled: str | None,
) -> dict[str, float]:
    """What the linker weighs for ``name`` as the referent of a pronoun of sex ``want`` at
    ``at``: ``rank`` is its place among the candidates (most recent first), ``earlier`` the
    person named in the sentence before, ``here`` those named before the pronoun in its own
    sentence (True: opening it)."""
    story = r.story
    sex = gender_of(name)
    count, last_at = story.book.mentions_before(name, at)
    back = at[0] - last_at[0] if last_at else 10
    first = name.split()[0]
    return {
        "rules' choice": float(name == ruled),
        "named earlier here": float(name in earlier),
        "this sentence": float(name in here),
        "opens this sentence": float(here.get(name, False)),
        "last person": float(name == story.last_person),
        "last speaker": float(name in story.last_speakers),
        "rank": math.log1p(rank),
        "sex agrees": float(sex == want),
        "given name": float(" " in name and (sex is not None or is_given_name(first))),
        "known body": float(known_kind(name) is not None or known_outlet(name) is not None),
        "not a person": float(story.kinds.get(name, "person") != "person"),
        "one word": float(" " not in name),
        "mentions": math.log1p(count),
        "paragraphs back": math.log1p(max(back, 0)),
        "this paragraph": float(back == 0),
    }
