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

from briefing.text.languages import cues

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
_CUES = cues("english")
_APOSTROPHE_WORD = _CUES.elisions
_FIRST_PERSON = _CUES.first_person
_BEFORE_OPENER = frozenset(" \t\n([{—–-/:,;")
_AFTER_OPENER = frozenset("$£€₹¥.…([")  # "[Oil prices] will …": an editor's words open it
_AFTER_CLOSER = frozenset(" \t\n)]},.;:!?—–-…")
_SURE_BEFORE_CLOSER = frozenset(".,!?;:…")


def lost_quotes(text: str) -> bool:
    """Whether the text writes its quotation marks as '?' (curly quotes lost to an encoding)."""
    return _LOST_QUOTES.search(text) is not None


# A word or three in lost marks after a word in lower case, which no question word opens: a scare quote, and its
# closing '?' no question mark ("not to ?harm? Beijing's ?core interest?.", "the BJP with ?stealing? MLAs")
_LOST_SCARE_QUOTE = re.compile(
    r"[a-z] \?(?!(?i:who|what|why|how|when|where|which|whose|whom|whether|any|is|are|was|were|am|do|does|did|can|"
    r"could|will|would|should|shall|may|might|must|have|has|had|(?:is|are|was|were|do|does|did|ca|wo|would|could|"
    r"should|have|has)n['’]t)\b)[^\s?!.,]+(?: [^\s?!.,]+){0,2}(?<=\w)\?$")


def scare_quote_goes_on(before: str, after: str) -> bool:
    """Whether a piece of a text that writes its quote marks as '?' ends on a scare quote's closing mark
    (``before``: "… not to ?harm?") rather than on a question mark, and its sentence runs on into ``after`` (the
    white space and the next piece: " Beijing's ?core interest?."): on the same line, into a word that opens no
    sentence ("The", "He"; nor a figure, a bracket or a quote mark): 5 cuts in 3 of Inshorts' 484 articles."""
    rest = after.lstrip()
    return ("\n" not in after[: len(after) - len(rest)] and rest[:1].isalpha() and not _CUES.lede_openers.match(rest)
            and _LOST_SCARE_QUOTE.search(before[-60:]) is not None)


@dataclass(frozen=True)
class Mark:
    position: int
    family: str
    # "open", "close", "maybe" (a close that may be an apostrophe or a question mark) or "either"
    # (glued between two sentences, "said.\"The": it closes a quotation if one is open, else opens one)
    kind: str


def marks(text: str, lost: bool = False) -> list[Mark]:
    """The quote marks of one sentence, in order, each read as opening or closing."""
    found: list[Mark] = []
    glyphs = list((_LOST_MARK if lost else _MARK).finditer(text))
    if not glyphs:
        return found  # most sentences: no apostrophe to look for either
    apostrophes = {m.start() for m in _APOSTROPHE_WORD.finditer(text)} | {
        m.end() - 1 for m in _APOSTROPHE_WORD.finditer(text) if m.group()[-1] in "'’‘"}
    for match in glyphs:
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
                if before in _SURE_BEFORE_CLOSER and after.isalpha():
                    found.append(Mark(position, family, "either"))
                continue
            opens = glyph in _OPENING_GLYPHS
        if opens:
            found.append(Mark(position, family, "open"))
        elif family in ("single", "lost") and before not in _SURE_BEFORE_CLOSER:
            found.append(Mark(position, family, "maybe"))  # dogs' bowls; "Is it?"
        else:
            found.append(Mark(position, family, "close"))
    return found


def quoted_parts(texts: Sequence[str], paragraphs: Sequence[int]) -> frozenset[int]:
    """Indices of the sentences that show only part of a quotation, so that quoting one of them
    alone would cut it: every sentence of a quotation that runs over several sentences, and a
    sentence whose mark opens or closes a quotation whose other end is out of sight.

    A quotation opened and not closed in one sentence runs on until a sentence closes it. It
    crosses into the next paragraph only when that paragraph opens with a quote mark again (the
    newspaper convention for a quotation running over paragraphs). One that is never closed is
    taken to run to its paragraph's end, at most MAX_SENTENCES sentences: better to leave out a
    sentence that was not quoted than to show half a quotation as the writer's own words.
    """
    lost = lost_quotes(" ".join(texts[:200]))
    parts: set[int] = set()
    opened: dict[str, int] = {}  # family → sentence where its open quotation began
    counted: dict[str, int] = {}  # family → sentence from which MAX_SENTENCES is counted

    def close(family: str, last: int, *, closed: bool = True) -> None:
        first = opened.pop(family)
        if first < last or not closed:  # a quotation inside one sentence cuts nothing
            parts.update(range(first, last + 1))

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
                    close(family, index - 1, closed=False)  # never closed: it ran to its paragraph's end
        for family in [f for f in opened if index - counted[f] >= MAX_SENTENCES]:
            close(family, index - 1, closed=False)
        scare: set[str] = set()  # quotations opened inside this sentence with nothing that introduces speech
        for number, mark in enumerate(sentence_marks):
            if mark.kind == "open" or (mark.kind == "either" and mark.family not in opened):
                if mark.family not in opened:
                    opened[mark.family] = counted[mark.family] = index
                    if mark.kind == "open" and _scare_quote(text, mark.position):
                        scare.add(mark.family)
            elif mark.family in opened:
                if mark.kind == "maybe" and any(
                    later.family == mark.family and later.kind == "close" for later in sentence_marks[number + 1 :]
                ):
                    continue  # an apostrophe before the real close
                close(mark.family, index)
            elif mark.kind == "close":  # its opening mark is out of sight: lost, or read as a scare quote
                parts.update(_opened_before(texts, paragraphs, index, family=mark.family, lost=lost, parts=parts))
        for family in scare & set(opened):
            if opened[family] == index:
                del opened[family]  # "the 'notorious' black widow 'killer": a detached mark, not a quotation
    for family in list(opened):
        close(family, min(len(texts) - 1, counted[family] + MAX_SENTENCES - 1), closed=False)
    return frozenset(parts)


def _opened_before(texts: Sequence[str], paragraphs: Sequence[int], index: int, *, family: str, lost: bool,
                   parts: set[int]) -> range:
    """The sentences of a quotation that sentence ``index`` closes with no opening mark in sight: back
    through its paragraph to the sentence whose mark of ``family`` opened it ("… as "truly overwhelming."
    + "I'm really not used to this," she said."), over sentences that speak in the first person ("It is
    our duty … I love the hills …" + "… will remain so,? she said."; the writer's own words do not), at
    most MAX_SENTENCES in all."""
    first, stop = index, None
    while first > 0 and index - first < MAX_SENTENCES - 1 and paragraphs[first - 1] == paragraphs[index] and (
            first - 1 not in parts):
        before = [mark for mark in marks(texts[first - 1], lost) if mark.family == family]
        if before[-1:] != [] and before[-1].kind == "open":
            return range(first - 1, index + 1)
        if before:
            break  # a quotation of its own ends there: ours began after it
        if stop is None and not _FIRST_PERSON.search(texts[first - 1]):
            stop = first  # the writer may speak there, unless a mark left open before it opened ours
        first -= 1
    return range(first if stop is None else stop, index + 1)


_INTRODUCES_SPEECH = re.compile(
    r"(?:[:,;—–-]|\b(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|insisted|warned|declared|"
    r"replied|stated|that))\s*$"
)


def _scare_quote(text: str, position: int) -> bool:
    """Whether a mark that opens inside a sentence (not at its start) opens a word or two in scare
    quotes rather than speech: no colon, comma, dash or speech verb introduces it, and what follows
    it does not speak in the first person."""
    before = text[:position].rstrip()
    return (bool(before.strip("\"'“‘«„([ ")) and _INTRODUCES_SPEECH.search(before[-30:]) is None
            and _FIRST_PERSON.search(text, position) is None)  # "she wants 'to let my fans know …" is speech


def open_after(text: str, opened: frozenset[str] = frozenset(), lost: bool = False) -> frozenset[str]:
    """The families of quotation marks still open after ``text``, given those open before it (so
    that a mark right after it closes a quotation rather than opening the next one)."""
    still = set(opened)
    for mark in marks(text, lost):
        _read(mark, still)
    return frozenset(still)


def quotations_in(texts: Sequence[str]) -> tuple[int, bool]:
    """How many quotations the texts open in turn (a mark that opens one while none is open), and whether one is
    still open after them; a sentence that closes one and opens the next counts both."""
    lost = lost_quotes(" ".join(texts))
    still: set[str] = set()
    count = 0
    for text in texts:
        for mark in marks(text, lost):
            was_open = bool(still)
            _read(mark, still)
            count += bool(still) and not was_open
    return count, bool(still)


def _read(mark: Mark, still: set[str]) -> None:
    """Update the families of quotations ``still`` open with one mark: an "either" opens unless one is open."""
    if mark.kind == "open" or (mark.kind == "either" and mark.family not in still):
        still.add(mark.family)
    else:
        still.discard(mark.family)


def carried(text: str, opened: frozenset[str], age: int, lost: bool) -> tuple[frozenset[str], int]:
    """The quotations open after ``text`` (open_after), and for how many pieces of text in a row some has
    been: none once that would pass MAX_SENTENCES, where the mark was a stray one, not a quotation's."""
    still = open_after(text, opened, lost)
    return (still, age + 1) if still and age < MAX_SENTENCES else (frozenset(), 0)


REOPENED_REACH = 2000  # how far to look for the mark that closes a quotation opened glued after another
_REOPENED = re.compile(r"[.!,…]\?\?")  # "… no cause of concern.??The major reason …": a line break lost


def reopened(text: str, start: int, end: int, opened: frozenset[str]) -> frozenset[int]:
    """In ``text[start:end]``, written with its quote marks lost to "?", where a "?" glued after one that closes
    a quotation opens the next ("… of concern.??The major reason …,? doctors said."): nothing is left open
    before it (read from ``start``, with the quotations ``opened`` there) and the next mark after it closes
    speech, after its punctuation. After a "?" that is no quote mark the next one opens ("… months.??Scaramucci
    has … job. ?I …"), or is a question's or an apostrophe's ("Why now?", "the workers? union", where two
    quotations closed together: "… ?go back.??The MLA left …").
    The span's marks are read once, so that a text of many such marks takes linear time."""
    if text.find("??", start, end) < 0:
        return frozenset()  # most spans: nothing to read
    found = set()
    read = [(start + mark.position, mark) for mark in marks(text[start:end], lost=True)]
    still, passed = set(opened), 0
    for candidate in _REOPENED.finditer(text, start, end):
        position = candidate.end() - 1
        while passed < len(read) and read[passed][0] < position:
            _read(read[passed][1], still)
            passed += 1
        if still:
            continue
        later = passed + 1 if passed < len(read) and read[passed][0] == position else passed
        # past the span, read on as far as REOPENED_REACH
        following = [read[later][1]] if later < len(read) else marks(text[end : position + 1 + REOPENED_REACH], True)
        if following and following[0].kind == "close":
            found.add(position)
    return frozenset(found)
