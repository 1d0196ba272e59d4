"""Interviews printed as alternating dash lines: the interviewer's turns, found by the
questions among them ("- Molde hadde ballen mye. Var det planlagt?"), name no speaker even
where a turn ends with a full stop ("- Dere tapte på straffespark for Molde i NM også i
fjor.")."""

from __future__ import annotations

from dataclasses import replace

from ..article import Paragraph
from .story import Found

_DASHES = "–-—"
MIN_TURNS = 4  # a run of dash lines shorter than this is no interview


def clear_question_turns(paragraphs: tuple[Paragraph, ...], found: dict[int, Found]) -> None:
    """In each run of paragraphs that are one dash quote each, when two or more are the
    interviewer's questions and all of them fall on every other line, the carried speaker of
    the other lines in the questions' turn is taken away: they are the interviewer's too."""
    run: list[int] = []
    for index, p in enumerate((*paragraphs, None)):
        result = found.get(index) if p is not None else None
        if p is not None and result is not None and _one_dash_quote(p, result):
            run.append(index)
            continue
        _clear(run, found)
        run = []


def _one_dash_quote(p: Paragraph, result: Found) -> bool:
    return (
        p.kind == "text"
        and p.text[:1] in _DASHES
        and len(result.quotes) == 1
        and result.quotes[0].kind == "direct"
        and result.quotes[0].start <= 2
    )


def _clear(run: list[int], found: dict[int, Found]) -> None:
    if len(run) < MIN_TURNS:
        return
    asked = {
        i % 2 for i, index in enumerate(run) if found[index].quotes[0].rule == "quote.question"
    }
    questions = sum(found[index].quotes[0].rule == "quote.question" for index in run)
    if questions < 2 or len(asked) != 1:
        return
    turn = asked.pop()
    for i, index in enumerate(run):
        quote = found[index].quotes[0]
        if i % 2 == turn and quote.rule == "quote.carried":
            found[index].quotes[0] = replace(
                quote, speaker=None, source=None, rule="quote.question-turn"
            )
            found[index].unattributed = False
