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
FULL_SIZE_LINES = 3  # a headline of more lines steps down in size ...
MAX_LINES = 4  # ... until it takes no more than this
STEPS = (14.0, 13.0, 12.0, 11.0)  # the sizes it steps down through, in points
MAX_NAME_WORDS = 4  # a longer run of capitalised words is not one name
TITLE_CASE_SHARE = 0.7  # more capitalised words than this: Title Case, where capitals say nothing


def fitted_headline(text: str, size: float, width_mm: float) -> tuple[float, list[str] | None]:
    """The headline's size and balanced lines: ``size`` while it takes at most FULL_SIZE_LINES
    lines; a longer one steps down (STEPS) until it takes at most MAX_LINES, or to the last step."""
    lines = balanced_lines(text, size, width_mm)
    if lines is None or len(lines) <= FULL_SIZE_LINES:
        return size, lines
    for step in STEPS:
        if step >= size:
            continue
        smaller = balanced_lines(text, step, width_mm)
        if smaller is None or len(smaller) <= MAX_LINES or step == STEPS[-1]:
            return step, smaller
    return size, lines


def balanced_lines(text: str, size: float, width_mm: float) -> list[str] | None:
    """``text`` in lines of about equal width for a column ``width_mm`` wide at ``size`` points,
    or None when it fits on one line or no font can be measured. A name is never broken
    (name_units)."""
    measure = _measure()
    words = name_units(text.split())
    if measure is None or len(words) < 2:
        return None
    column = width_mm * MM * SAFETY
    if max(measure(word) * size for word in words) > column:  # a "name" as wide as the column is not one
        words = text.split()
    widths = [measure(word) * size for word in words]
    space = measure(" ") * size
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


def name_units(words: list[str]) -> list[str]:
    """Words with each name kept whole: a run of capitalised words ("Jean-Baptiste
    Müller-Lüdenscheidt", "River Aske") becomes one unit, up to MAX_NAME_WORDS. In a headline
    written in title case every word is capitalised and no run is a name: words stay as they are."""
    capitalised = [word[:1].isupper() for word in words]
    if sum(capitalised) > TITLE_CASE_SHARE * len(words):
        return words
    units: list[str] = []
    run = 0  # words in the unit being built
    for word, upper in zip(words, capitalised, strict=True):
        if upper and units and 0 < run < MAX_NAME_WORDS and not units[-1].endswith((",", ":", ";", "–", "—")):
            units[-1] += " " + word
            run += 1
        else:
            units.append(word)
            run = 1 if upper else 0
    return units


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
