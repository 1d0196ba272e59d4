"""One time budget for everything a query does.

A search may expand prefixes and fuzzy words, score with Whoosh, count every match, count the
facets, and do it all again for a corrected spelling or any word: each step asks the same
clock how long is left, so a query answers within ``QUERY_SECONDS`` however it is made, with
what it found by then, and says it stopped (issue 28).
"""

from __future__ import annotations

import time

QUERY_SECONDS = 1.5  # everything one query does, from parsing to facets
CHECK_EVERY = 4096  # matches counted between looks at the clock


class Clock:
    def __init__(self, seconds: float | None = None) -> None:
        self.deadline = time.monotonic() + (QUERY_SECONDS if seconds is None else seconds)

    def left(self) -> float:
        """Seconds left (0 when the time is up)."""
        return max(0.0, self.deadline - time.monotonic())

    @property
    def out(self) -> bool:
        return time.monotonic() >= self.deadline


def counted(items, clock: Clock) -> tuple[int, bool]:
    """How many ``items`` there are, and whether all were counted before the clock ran out."""
    n = 0
    for n, _ in enumerate(items, 1):
        if n % CHECK_EVERY == 0 and clock.out:
            return n, False
    return n, True
