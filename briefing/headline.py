"""A balanced headline: lines of about equal width instead of a long line and a lone word.

WeasyPrint has no ``text-wrap: balance``, so the PDF's headline is broken here, from the bold
face's advance widths (fontTools, which WeasyPrint itself depends on; the face found through
fontconfig). The HTML leaves the breaks to the browser's ``text-wrap: balance``.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from functools import lru_cache

MM = 72 / 25.4  # points per millimetre
SAFETY = 0.96  # measured widths ignore kerning: leave room so that no line wraps again
FONT = "DejaVu Sans:bold"


def balanced_lines(text: str, size: float, width_mm: float) -> list[str] | None:
    """``text`` in lines of about equal width for a column ``width_mm`` wide at ``size`` points,
    or None when it fits on one line or no font can be measured."""
    measure = _measure()
    words = text.split()
    if measure is None or len(words) < 2:
        return None
    widths = [measure(word) * size for word in words]
    space = measure(" ") * size
    column = width_mm * MM * SAFETY
    if sum(widths) + space * (len(words) - 1) <= column or max(widths) > column:
        return None
    lines = len(_fill(widths, space, column))
    low, high = max(*widths, (sum(widths) + space * (len(words) - lines)) / lines), column
    for _ in range(20):  # the narrowest measure that still takes no more lines
        middle = (low + high) / 2
        if len(_fill(widths, space, middle)) <= lines:
            high = middle
        else:
            low = middle
    breaks = _fill(widths, space, high)
    return [" ".join(words[start:end]) for start, end in breaks]


def _fill(widths: list[float], space: float, limit: float) -> list[tuple[int, int]]:
    """Greedy lines, as (first word, word after the last), none wider than ``limit``."""
    lines: list[tuple[int, int]] = []
    start, used = 0, 0.0
    for index, width in enumerate(widths):
        if index > start and used + space + width > limit:
            lines.append((start, index))
            start, used = index, width
        else:
            used = width if index == start else used + space + width
    lines.append((start, len(widths)))
    return lines


@lru_cache(maxsize=1)
def _measure() -> Callable[[str], float] | None:
    """Advance width of a text in ems, from the face fontconfig picks for the headline."""
    path = _font_file()
    if path is None:
        return None
    try:
        from fontTools.ttLib import TTFont

        font = TTFont(path, lazy=True, fontNumber=0)
        cmap = font.getBestCmap()
        advances = font["hmtx"].metrics
        units = font["head"].unitsPerEm
    except Exception:  # an unreadable or unusual font: leave the breaks to the layout
        return None
    average = sum(advance for advance, _ in advances.values()) / max(len(advances), 1)

    def measure(text: str) -> float:
        return float(sum(advances[cmap[ord(c)]][0] if ord(c) in cmap else average for c in text) / units)

    return measure


def _font_file() -> str | None:
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        found = subprocess.run(
            [fc_match, "-f", "%{file}", FONT], capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return found.stdout.strip() or None
