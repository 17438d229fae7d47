"""Quotation marks and the quotations they make, over ' ‘ ’ " “ ” „ « » alike.

A mark is read from its neighbours, not from its glyph alone: after a space (or a bracket, dash,
colon or comma) and before a letter it opens a quotation; after a letter or punctuation and
before a space or punctuation it closes one. A single quote after a letter may be an apostrophe
(dogs' bowls, James' car): it closes a quotation only when one is open and no surer close
follows, and is otherwise left alone. Apostrophes inside or before words (it's, ’90s, rock ’n’
roll, 'em) are never marks.

Text that lost its curly quotes to a wrong encoding writes them as '?' ("said, ?We will"):
when a text has a '?' glued to the front of a word, '?' is read as a quote mark as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MAX_SENTENCES = 6  # a quotation not closed after this many sentences is a stray mark, not a quotation

FAMILY = {'"': "double", "“": "double", "”": "double", "„": "double", "‟": "double",
          "'": "single", "‘": "single", "’": "single", "‚": "single", "`": "single",
          "«": "angle", "»": "angle", "‹": "angle", "›": "angle", "?": "lost"}
_OPENING_GLYPHS = frozenset("“„‘‚`«‹")
_DIRECTED = frozenset("“”„‘’‚`«»‹›")  # marks whose glyph says which way they face
_MARK = re.compile(r"[\"“”„‟'‘’‚`«»‹›]")
_LOST_MARK = re.compile(r"[\"“”„‟'‘’‚`«»‹›?]")
# A '?' glued to the front of a word after a space: an opening curly quote lost to '?'.
_LOST_QUOTES = re.compile(r"(?:^|[\s(])\?[A-Za-z]")
_APOSTROPHE_WORD = re.compile(r"['’‘](?:n['’‘]|em\b|til\b|cause\b|tis\b|twas\b|\d\ds?\b)", re.IGNORECASE)
_BEFORE_OPENER = frozenset(" \t\n([{—–-/:,;")
_AFTER_OPENER = frozenset("$£€₹¥.…(")
_AFTER_CLOSER = frozenset(" \t\n)]},.;:!?—–-…")
_SURE_BEFORE_CLOSER = frozenset(".,!?;:…")


def lost_quotes(text: str) -> bool:
    """Whether the text writes its quotation marks as '?' (curly quotes lost to an encoding)."""
    return _LOST_QUOTES.search(text) is not None


@dataclass(frozen=True)
class Mark:
    position: int
    family: str
    kind: str  # "open", "close", or "maybe" (a close that may be an apostrophe or a question mark)


def marks(text: str, lost: bool = False) -> list[Mark]:
    """The quote marks of one sentence, in order, each read as opening or closing."""
    found = []
    apostrophes = {m.start() for m in _APOSTROPHE_WORD.finditer(text)} | {
        m.end() - 1 for m in _APOSTROPHE_WORD.finditer(text) if m.group()[-1] in "'’‘"}
    for match in (_LOST_MARK if lost else _MARK).finditer(text):
        position, glyph = match.start(), match.group()
        if position in apostrophes:
            continue  # ’90s, rock ’n’ roll, 'em
        before = text[position - 1] if position else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        family = FAMILY[glyph]
        if family in ("single", "lost") and before.isalnum() and after.isalnum():
            continue  # it's, don't, rock'n'roll
        opens = before in _BEFORE_OPENER and (after.isalnum() or after in _AFTER_OPENER)
        closes = after in _AFTER_CLOSER and not before.isspace()
        if (opens and closes) or not (opens or closes):  # ("") or glued on both sides: the glyph decides
            if glyph not in _DIRECTED:
                continue
            opens = glyph in _OPENING_GLYPHS
        if opens:
            found.append(Mark(position, family, "open"))
        elif family in ("single", "lost") and before not in _SURE_BEFORE_CLOSER:
            found.append(Mark(position, family, "maybe"))  # dogs' bowls; "Is it?"
        else:
            found.append(Mark(position, family, "close"))
    return found


def quotation_spans(texts: Sequence[str], paragraphs: Sequence[int]) -> list[tuple[int, int]]:
    """(first, last) sentence indices of every quotation that runs over more than one sentence.

    A quotation opened and not closed in one sentence runs on until a sentence closes it. It may
    cross into the next paragraph only when that paragraph opens with a quote mark again (the
    newspaper convention for a quotation running over paragraphs); one still open after
    MAX_SENTENCES sentences without such a sign is a stray mark.
    """
    lost = lost_quotes(" ".join(texts[:200]))
    spans: list[tuple[int, int]] = []
    opened: dict[str, int] = {}  # family → sentence where its open quotation began
    counted: dict[str, int] = {}  # family → sentence from which MAX_SENTENCES is counted
    for index, text in enumerate(texts):
        sentence_marks = marks(text, lost)
        starts_with_opener = bool(sentence_marks) and sentence_marks[0].kind == "open" and (
            not text[: sentence_marks[0].position].strip())
        if index and paragraphs[index] != paragraphs[index - 1]:
            for family in list(opened):
                if starts_with_opener and sentence_marks[0].family == family:
                    counted[family] = index
                    sentence_marks = sentence_marks[1:]  # the running quotation's re-opening mark
                else:
                    del opened[family]
        for family in [f for f, start in counted.items() if f in opened and index - start >= MAX_SENTENCES]:
            del opened[family]
        for number, mark in enumerate(sentence_marks):
            if mark.kind == "open":
                if mark.family not in opened:
                    opened[mark.family] = counted[mark.family] = index
                continue
            if mark.family not in opened:
                continue  # a close with no open: its opening mark was lost, it cuts nothing we know of
            if mark.kind == "maybe" and any(
                later.family == mark.family and later.kind == "close" for later in sentence_marks[number + 1 :]
            ):
                continue  # an apostrophe before the real close
            start = opened.pop(mark.family)
            if start < index:
                spans.append((start, index))
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


def open_at_end(text: str, lost: bool = False) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end (so a mark right after it
    closes it rather than opening the next sentence's quotation)."""
    opened: set[str] = set()
    for mark in marks(text, lost):
        if mark.kind == "open":
            opened.add(mark.family)
        else:
            opened.discard(mark.family)
    return bool(opened)
