"""Lines of PDF pages → paragraphs, whatever library gave the lines.

Removes running headers, footers and page numbers (lines in the top or bottom band of the page
that repeat on many pages, or look like a page number), puts columns in reading order (XY-cut on
line boxes), joins lines into paragraphs (vertical gaps, short last lines, indents, font size)
and rejoins words hyphenated at line ends (keeping real hyphens such as "well-known").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

MAX_CUT_LINES = 500  # XY-cut is quadratic and recursive, one level per cut at worst
TERMINAL = tuple(".!?:;…\"'”’)»")
SOFT_HYPHENS = ("\u00ad", "\x02")  # always a line-end hyphenation
HYPHENS = ("-", "\u2010", "\u2011")  # hyphenation, or a compound that happens to break there
COMPOUND_FIRSTS = frozenset("well self long short full half cross state follow decision twenty thirty forty "
                            "fifty sixty seventy eighty ninety".split())
_ROMAN = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_PAGE_NUMBER = re.compile(rf"^(?:page\s*)?[-–—(\[]?\s*(?:#+|{_ROMAN})\s*[-–—)\]]?(?:\s*(?:of|/)\s*#+)?$", re.I)
_UNLIGATE = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
             0x2010: "-", 0x00AD: None, 0x02: None}
_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")


@dataclass(frozen=True)
class Line:
    """One line of text; positions in points from the page's top-left (0 where unknown)."""

    text: str
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    size: float = 0.0  # font size, in any unit consistent within the document; 0 = unknown
    page: int = 0


def drop_running(pages: list[list[Line]], heights: list[float], band: float = 0.1) -> list[list[Line]]:
    """Without lines in the top or bottom ``band`` of a page that repeat (digits aside) on 40 %
    of the pages, or that look like a page number. Without heights: the first and last 3 lines."""
    def in_band(line: Line, number: int, index: int, count: int) -> bool:
        if heights[number] <= 0:
            return index < 3 or index >= count - 3
        return line.top < band * heights[number] or line.bottom > (1 - band) * heights[number]

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", " ".join(text.lower().split()))

    seen: Counter[str] = Counter()
    for number, lines in enumerate(pages):
        seen.update({key(ln.text) for i, ln in enumerate(lines) if in_band(ln, number, i, len(lines))})
    often = max(2, 0.4 * len(pages))
    return [[ln for i, ln in enumerate(lines)
             if not (in_band(ln, n, i, len(lines))
                     and (seen[key(ln.text)] >= often or _PAGE_NUMBER.match(key(ln.text))))]
            for n, lines in enumerate(pages)]


def reading_order(lines: list[Line]) -> list[Line]:
    """XY-cut: split at the widest empty band, across (rows) or down (columns), and recurse.
    A page of more than MAX_CUT_LINES lines (a dense table) keeps the content stream's order."""
    if len(lines) < 2 or len(lines) > MAX_CUT_LINES or all(ln.x1 == 0 for ln in lines):
        return lines
    best: tuple[float, str, float] | None = None
    for axis, lo, hi in (("y", "top", "bottom"), ("x", "x0", "x1")):
        spans = sorted((getattr(ln, lo), getattr(ln, hi)) for ln in lines)
        reach = spans[0][1]
        for start, end in spans[1:]:
            if start > reach and (best is None or start - reach > best[0]):
                best = (start - reach, axis, (start + reach) / 2)
            reach = max(reach, end)
    if best is None:
        return lines
    _, axis, cut = best
    first: list[Line] = []
    rest: list[Line] = []
    for line in lines:
        (first if (line.bottom if axis == "y" else line.x1) <= cut else rest).append(line)
    return reading_order(first) + reading_order(rest)


def paragraphs(lines: list[Line]) -> tuple[list[str], list[str]]:
    """(paragraphs, headings) from lines in reading order; headings are set larger than the body."""
    if not lines:
        return [], []
    size = _body_size(lines)
    widths = [ln.x1 - ln.x0 for ln in lines if ln.x1 > 0]
    full = median(widths) if widths else 0.0
    pitches = [b.top - a.top for a, b in itertools.pairwise(lines)
               if a.page == b.page and 0 < b.top - a.top < 3 * max(a.size, 1)]
    pitch = median(pitches) if pitches else 0.0
    blocks: list[list[Line]] = []
    for previous, line in zip([None, *lines], lines, strict=False):
        if previous is None or _breaks(previous, line, size, full, pitch):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    vocabulary = Counter(w.lower().replace("\u2010", "-") for ln in lines for w in _WORD.findall(ln.text))
    found: list[str] = []
    headings: list[str] = []
    for block in blocks:
        text = _join([ln.text for ln in block], vocabulary)
        if text:
            (headings if size and block[0].size > 1.15 * size else found).append(text)
    return found, headings


def _body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _breaks(a: Line, b: Line, size: float, full: float, pitch: float) -> bool:
    text = a.text.rstrip()
    if not text or text.endswith(HYPHENS + SOFT_HYPHENS):
        return not text
    if a.size and b.size and abs(a.size - b.size) > 0.1 * max(a.size, b.size):
        return True  # a heading and the text around it
    ended = text.endswith(TERMINAL)
    short = full > 0 and a.x1 - a.x0 < 0.85 * full
    if a.page != b.page or b.top < a.top - 1 or b.x0 > a.x1:  # next page or next column
        return ended and short if full else ended and not b.text[:1].islower()
    if pitch and b.top - a.top > 1.3 * pitch * (a.size / size if a.size and size else 1):
        return True
    indent = size and b.x0 - a.x0 > 0.8 * size
    return ended and bool(short or indent)


def _join(texts: list[str], vocabulary: Counter[str]) -> str:
    out = ""
    for text in (" ".join(t.split()) for t in texts):
        if not text:
            continue
        if out.endswith(SOFT_HYPHENS) or (out.endswith(HYPHENS) and _is_hyphenation(out, text, vocabulary)):
            out = out[:-1] + text
        elif out.endswith(HYPHENS) or not out:
            out += text
        else:
            out += " " + text
    return out.translate(_UNLIGATE)


def _is_hyphenation(before: str, after: str, vocabulary: Counter[str]) -> bool:
    """Whether "left-" + "right" was one word cut at a line end, not a compound's own hyphen: the
    document's other words decide ("govern-ment" vs "well-known"), else a few known prefixes."""
    last_word = before.rsplit(" ", 1)[-1].replace("\u2010", "-").replace("\u2011", "-")
    left = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$", last_word)
    right = re.match(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*", after)
    if not left or not right or not after[0].islower():
        return False  # "COVID-" + "19", "Anglo-" + "American"
    head, tail = left.group(1).lower(), right.group().lower().replace("\u2010", "-")
    for joined, kept in ((head + tail, f"{head}-{tail}"),
                         (head.rsplit("-")[-1] + tail.split("-")[0], f"{head.rsplit('-')[-1]}-{tail.split('-')[0]}")):
        if vocabulary[joined] or vocabulary[kept]:
            return vocabulary[joined] >= vocabulary[kept]
    last = head.rsplit("-")[-1]
    if "-" in head and ("-" in tail or len(last) <= 3):
        return False  # "state-of-" + "the-art", "mother-in-" + "law"
    return last not in COMPOUND_FIRSTS
