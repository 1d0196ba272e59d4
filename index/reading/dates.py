"""Publication dates as written in news (ISO 8601, NITF's compact form, "12.03.2019 kl. 14.05",
"12. mars 2019"), made ISO 8601 and exactly as precise as they were written."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "jan"),
            ("februar", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("mai",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("desember", "des"),
        ),
        1,
    )
    for name in names
}

_ISO = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:\d{2})?(Z|[+-]\d{4})?)?")
_TIME = r"(?:,?\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})(?![\d.]))?"
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})" + _TIME)
_WORDS = re.compile(
    r"(?<!\d)(\d{1,2})\.?\s+("
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+(\d{4})"
    + _TIME,
    re.IGNORECASE,
)


def iso_date(value: object) -> str | None:
    """``value`` as an ISO 8601 date or time, or None when it is no date (a number is a Unix
    time in seconds, or milliseconds)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            stamp = datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return stamp.strftime("%Y-%m-%dT%H:%MZ")
    text = str(value).strip()
    whole = _ISO.fullmatch(text)
    if whole:
        return _made(*whole.groups())
    compact = _COMPACT.fullmatch(text)
    if compact:
        return _made(*compact.groups())
    return date_in(text)


def date_in(text: str) -> str | None:
    """The first Norwegian-written date in a line ("Publisert 12.03.2019 kl. 14.05")."""
    for pattern, month_of in ((_NUMERIC, int), (_WORDS, lambda m: MONTHS[m.lower()])):
        found = pattern.search(text)
        if found:
            day, month, year, hour, minute = found.groups()
            try:
                number = month_of(month)
            except (KeyError, ValueError):
                continue
            return _made(year, f"{number:02d}", f"{int(day):02d}", hour, minute, None)
    found = _ISO.search(text)
    if found and found.group(3):  # a bare year inside a sentence is no date
        return _made(*found.groups())
    return None


def _made(year, month, day, hour, minute, zone) -> str | None:
    """The ISO form of the parts given, or None when they are no real date."""
    try:
        if not month:
            return f"{int(year):04d}" if 1800 <= int(year) <= 2200 else None
        if not day:
            date(int(year), int(month), 1)
            return f"{int(year):04d}-{int(month):02d}"
        day_ = date(int(year), int(month), int(day))
        if hour is None:
            return day_.isoformat()
        clock = time(int(hour), int(minute))
    except ValueError:
        return None
    stamp = f"{day_.isoformat()}T{clock.strftime('%H:%M')}"
    if zone:
        zone = "Z" if zone == "Z" else zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
        stamp += zone
    return stamp
