"""Quote spans: what stands inside «…», so quoted words are never read as attribution."""

from __future__ import annotations

from .words import GUILLEMETS


def mask_quotes(text: str) -> str:
    """The text with what stands inside «…» blanked out, so quoted words are never read as
    attribution."""
    return GUILLEMETS.sub(lambda m: "«" + " " * (len(m.group()) - 2) + "»", text)


def inside_quote(masked: str, offset: int) -> bool:
    return 0 <= offset < len(masked) and masked[offset] == " "
