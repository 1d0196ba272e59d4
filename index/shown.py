"""Names and text as they can be printed on a terminal: one line, no control characters.

Its own module so that printing a search's results imports nothing of the indexer."""

from __future__ import annotations

import os
import re
from pathlib import Path


def shown(path: str | Path) -> str:
    """A path as it can be printed, whatever bytes its name has, on one line (a line feed or
    tab in a file name is shown as \\x0a, \\x09)."""
    return name_shown(os.fsencode(str(path)).decode("utf-8", "replace"))


# Every control character, tab and line feed included: none belongs in a name.
NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def name_shown(name: str) -> str:
    """A file name or article id as it can be printed on one line: every control character
    escaped, line feeds and tabs too."""
    if not NAME_CONTROL.search(name):
        return name
    return NAME_CONTROL.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}"
        ),
        name,
    )


# Control characters: every C0 but tab and line feed, DEL and the C1 range.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """The text safe for a terminal: control characters (an escape sequence that clears the
    screen or sets the window title) are shown as \\x1b and so on, never sent raw."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text) if CONTROL.search(text) else text
