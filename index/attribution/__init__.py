"""Who is quoted in each paragraph, and where the words were published.

Rules follow Norwegian news conventions rather than any one article:

* a replikkstrek quote "– …, sier X (til Y)." ends at the first comma, question or exclamation
  mark followed by a verb of saying and a subject (V2 order: verb before subject);
* «…» quotes work the same way, and «…» of two words or more inside narrative are partial
  quotes of the sentence's (or paragraph's) speaker; one word in «» is a term, not a quote;
* indirect speech: "X sier at", "Både A og B sa at", "sier X rett ut at", "ifølge X",
  "X vil ikke kommentere";
* "Det sier X til NRK." names the speaker of the unattributed quote before it;
* a dash quote with no attribution continues the previous quote's speaker and source;
* names inside the quoted words are never speakers, because only the attribution is read.

A paragraph flows through stages, one module each: ``spans`` (quote spans), ``quotes`` and
``cues`` (what opens a quote; verbs and phrases of saying), ``mentions`` and ``parsed`` (the
candidate speakers of a cue, by position and by the parse), ``resolve`` (a mention to one entity
of the article), ``epithets`` (who a description stands for) and ``body_nouns`` (which body
"selskapet" is), ``outlets`` (the source), and
``pipeline``, which joins them. ``story`` keeps
what is remembered between paragraphs; ``words`` holds the patterns and word lists.
"""

from __future__ import annotations

from .pipeline import attribute

__all__ = ["attribute"]
