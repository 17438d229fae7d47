"""``--since WHEN``: a date, a date and time, or an age (``24h``, ``3d``) → an instant; and whether
an input's date falls before it.

Dates and times without a zone are the machine's local time, as a scheduler's are. An input
dated by its day alone (most articles say only that) is kept when that day is on or after the
day WHEN falls on: a story of this morning is not older than "24h" for want of an hour.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from briefing.errors import UsageError
from briefing.options import register_conversion

UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_AGE = re.compile(r"(\d+)\s*([mhdw])", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
OLDER = "older"  # an input dated before WHEN: left out
UNDATED = "undated"  # an input that says no date: kept, and counted


def parse_since(text: str, *, now: datetime | None = None) -> datetime:
    """WHEN as a zone-aware instant: ``2026-02-12`` (its local midnight), ``2026-02-12 08:00``
    (local, unless it names a zone), or an age before ``now``: ``90m``, ``24h``, ``3d``, ``2w``."""
    value = text.strip()
    now = now or datetime.now().astimezone()
    age = _AGE.fullmatch(value)
    if age:
        return now - timedelta(**{UNITS[age.group(2).lower()]: int(age.group(1))})
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--since takes a date (2026-02-12), a date and time (2026-02-12 08:00) or an age "
                         f"(24h, 3d), not {text!r}") from None
    return found if found.tzinfo is not None else found.astimezone()  # naive: local time


def fixed_since(text: str) -> str:
    """WHEN read once, as an ISO instant: an age ("24h") is fixed when the settings are made, so
    that every worker reads one instant."""
    return parse_since(text).isoformat(timespec="seconds")


register_conversion("since", fixed_since)


def verdict(*, since: datetime, published: str | None = None, dated: datetime | None = None) -> str | None:
    """OLDER when the input is dated before ``since``, UNDATED when it says no date, None when it
    is recent enough. ``dated`` is an exact time (a feed's), ``published`` an ISO day."""
    if dated is not None:
        moment = dated if dated.tzinfo is not None else dated.astimezone()
        return OLDER if moment < since else None
    day = _day(published)
    if day is None:
        return UNDATED
    return OLDER if day < since.astimezone().date() else None


def _day(published: str | None) -> date | None:
    if not published or not _DAY.match(published):
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def shown(moment: datetime) -> str:
    """An instant as a reader says it, in local time: '12 February 2026 08:00'."""
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y %H:%M}"
