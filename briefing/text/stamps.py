"""A news page's timestamps and masthead: "PUBLISHED: 07:55 EST, 3 June 2014", "Updated at 6.48am BST",
and the byline and stamps above the lede ("By . Ann Lee . PUBLISHED: . 14:11 EST, 25 October 2013 .").
cleaning.py cuts them off a lede and names them as furniture."""

from __future__ import annotations

import re

from briefing.text.languages import cues

_CUES = cues("english")  # English's cues (languages/english_cues.py) read every article, whatever its language

_MONTH, _DAY = _CUES.month_pattern, _CUES.day_pattern
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
_STAMP_LABEL = r"(?:(?:Last |First )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified)|UPDATED|PUBLISHED|POSTED)"
_STAMP_UNIT = (rf"(?:{_TIME}|{_DAY}|{_MONTH}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}|"
               r"\d{1,2}(?:st|nd|rd|th)?|(?:[ECMP][SD]?T|GMT|BST|IST|UTC|CES?T|AEST|HKT|SGT))(?!\w)")
_STAMP_PART = rf"(?:{_STAMP_LABEL}\s*:?\s*(?:at\s+|on\s+)?)?{_STAMP_UNIT}"
STAMP = re.compile(
    rf"{_STAMP_PART}(?:[\s,|:-]+(?:AT\s+)?{_STAMP_PART})*[\s,|:-]*(?=\s*(?:(?!{_DAY}|{_MONTH})[A-Z\"“‘'«„]|$))"
)
HAS_TIME = re.compile(rf"{_TIME}|\b{_STAMP_LABEL}\b")  # a stamp holds a clock time or says Updated …
_HAS_CLOCK = re.compile(_TIME)
# A page's masthead above the lede, as pasted or as a data set flattened it (line breaks became
# " . "): "By . Ann Lee . and Bo Kim . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . …",
# "By Daily Mail Reporter", "Last updated at 1:25 AM on 3rd August 2011". Read part by part from a
# paragraph's start (masthead_end); every part is bounded, so the scan is linear.
_MASTHEAD_NAME = r"(?:[A-Z][\w'’.-]*|and|for|of|in|the|&)(?:[ \t]+(?:[A-Z][\w'’.-]*|and|for|of|in|the|&)){0,6}"
# not "By Sept. 21, every school …", "By U.S. standards …", "By Mr. Obama's count …": an abbreviation is no name
_MASTHEAD_BYLINE = re.compile(
    rf"(?:By|BY)[ \t]*\.?[ \t]+(?![A-Z][a-z]{{1,3}}\.|[A-Z]\.[A-Z]\.){_MASTHEAD_NAME}[ \t]*(?:\.(?=\s|$)|(?=\n|\||$))")
_MASTHEAD_MORE = re.compile(
    rf"(?:and|&)[ \t]+{_MASTHEAD_NAME}[ \t]*(?:\.(?=\s|$)|(?=\n|\||$))"  # "and Hugo Gye ."
    rf"|{_STAMP_LABEL}[ \t]*:?[ \t]*(?:\.[ \t]+)?(?:at[ \t]+|on[ \t]+)?"
    rf"(?:{_STAMP_UNIT}[ \t,]*(?:on[ \t]+|at[ \t]+)?){{1,8}}\.?(?=\s|$)"
    r"|\|[ \t]*\.?(?=\s|$)"
)
_MASTHEAD_START = re.compile(rf"(?:By|BY)\b|{_STAMP_LABEL}\b")


def opens_masthead(text: str) -> bool:
    """Whether a line opens the way a masthead's parts do, on a byline or a stamp's label ("By …", "PUBLISHED: …");
    cleaning.junk asks it of a line already found to be furniture."""
    return _MASTHEAD_START.match(text) is not None


def masthead_end(text: str) -> int:
    """Where a masthead (byline, "PUBLISHED:" and "UPDATED:" stamps) at the start of ``text``
    ends; 0 when the text does not open with one. It must open with a byline or a stamp with a
    label, so that a lede is never taken for one."""
    position = len(text) - len(text.lstrip())
    first = _MASTHEAD_BYLINE.match(text, position)
    if not first:
        first = _MASTHEAD_MORE.match(text, position)
        if not first or first.group().startswith(("and", "&", "|")) or not _HAS_CLOCK.search(first.group()):
            return 0  # a stamp without a clock time may be prose: "Updated 2020 figures show …"
    end = first.end()
    while (part := _MASTHEAD_MORE.match(text, end + len(text[end:end + 20]) - len(text[end:end + 20].lstrip()))):
        if part.end() == part.start():
            break
        end = part.end()
    return end
