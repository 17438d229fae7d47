"""The lines above an article's body: its headline, byline and date.

Pasted pages and plain files put them in many shapes: "By Sarah Whitlock, Health editor" with the
date on the next line, "Sarah Whitlock / Published: Thu 12 February 2026", a site name above the
headline. Dates are read by dateutil and given as ISO dates; a date that cannot be read whole (a
year alone, 03/04/2026 with no way to tell day from month) is left out rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

HEADLINE_MAX_WORDS = 40  # a long headline is still a headline
HEAD_LINES = 8  # the head is among the first lines
BYLINE_MAX_WORDS = 12
_PROSE_END = (".", ",", ";", ":", "…")
# Every repeat is bounded, and a name starts and ends a word, so that a long run of letters, digits
# or spaces is passed over in time proportional to its length ("marxmarx…" is no March).
_MONTH = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b\.?"
_WEEKDAY = r"(?:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\b\.?,?\s{1,5})?"
_TIME = r"(?:(?:,|\s|\bat\b|-|–){1,5}\d{1,2}(?:[:.]\d{2})?(?:\s{0,3}[ap]\.?m\.?)?(?:\s{1,3}[A-Z]{2,5}\b)?)?"
HEAD_LINE_MAX_CHARS = 300  # a byline or date line is short; a longer line is prose, and not searched
_DATE = re.compile(
    r"(?P<label>\b(?:published|updated|posted|last\s{1,3}(?:updated|modified)|first\s{1,3}published)"
    r"(?:\s{1,3}on)?\s{0,3}:?\s{0,3})?"
    rf"(?P<date>{_WEEKDAY}(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s{{1,5}}{_MONTH},?\s{{1,5}}\d{{4}}"
    rf"|{_MONTH}\s{{1,5}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,5}}\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}))"
    rf"(?P<time>{_TIME})",
    re.IGNORECASE,
)
_BY = re.compile(r"^(?:by|words by|written by|reporting by|story by)\s+(?P<name>\S.*)$", re.IGNORECASE)
_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|al|bin|le|la))+(?:,\s+[\w\s'’-]+)?$")
_SEPARATORS = " \t/|·•,–—-"
# A byline's role on a line of its own: "Business editor", "Chief political correspondent".
_ROLE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:editor|correspondent|reporter|writer|columnist|analyst|"
                   r"journalist|producer|staff|desk|contributor)$", re.IGNORECASE)


@dataclass(frozen=True)
class Head:
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date
    lines: int = 0  # how many leading paragraphs the head takes


def read_head(paragraphs: list[str], *, title: str | None = None) -> Head:
    """Headline, byline and date among the leading paragraphs. When the format gave a title
    already (a Markdown heading: pass it), only byline and date lines are taken. Site names and
    section labels above a headline are dropped with it: of several headline-like lines, the
    longest is the headline."""
    byline = published = None
    candidates: list[str] = []
    taken = 0
    for paragraph in paragraphs[:HEAD_LINES]:
        if taken + 1 >= len(paragraphs):
            break  # the body keeps at least one paragraph
        found_byline, found_date, _rest = byline_and_date(paragraph)
        dated = found_date is not None or is_date_line(paragraph)  # a date not read whole is still one
        if found_byline or dated:
            if dated and byline is None and found_byline is None and _is_name_under_headline(candidates):
                found_byline = candidates.pop()  # "Headline / Sarah Whitlock / Published: 12 February 2026"
            byline = byline or found_byline
            published = published or found_date
        elif byline is not None and published is None and _ROLE.match(paragraph) and taken + 2 < len(paragraphs):
            byline = f"{byline}, {paragraph}"  # "By Simon Jack / Business editor / 10 February 2005"
        elif title is None and is_headline(paragraph) and byline is None and published is None:
            candidates.append(paragraph)
        else:
            break
        taken += 1
    if title is None and candidates:
        title = max(candidates, key=lambda line: len(line.split()))
    return Head(title or None, byline, published, taken)


def _is_name_under_headline(candidates: list[str]) -> bool:
    """Whether the last headline-like line is a person's name under a headline, rather than the
    headline itself."""
    if len(candidates) < 2 or not _NAME.match(candidates[-1]):
        return False
    words = len(candidates[-1].split())  # a Title Case headline under a site's name is the longer line
    return words <= 4 and any(len(line.split()) > words for line in candidates[:-1])


def is_headline(line: str) -> bool:
    """A line without the punctuation that ends prose, as a headline is written."""
    return (
        len(line.split()) <= HEADLINE_MAX_WORDS
        and not line.endswith(_PROSE_END)
        and any(character.isalpha() for character in line)
    )


def byline_and_date(line: str) -> tuple[str | None, str | None, str]:
    """The byline and ISO date a head line gives, and what is left of it (when it gives neither)."""
    if len(line) > HEAD_LINE_MAX_CHARS or len(line.split()) > BYLINE_MAX_WORDS + 8:
        return None, None, line
    published = None
    rest = line
    match = _DATE.search(line)
    if match:
        published = iso_date(match.group("date"))
        rest = (line[: match.start()] + " " + line[match.end() :]).strip(_SEPARATORS)
    if published is None and match and rest == "":
        return None, None, line  # a date we cannot read is not a head line we understand
    if not rest:
        return None, published, ""
    by = _BY.match(rest)
    name = by.group("name").strip(_SEPARATORS) if by else (rest if published and _NAME.match(rest) else None)
    if name and len(name.split()) <= BYLINE_MAX_WORDS and name[:1].isupper():
        return name.rstrip("."), published, ""
    return None, None, line


def is_head_line(line: str) -> bool:
    """Whether the line is a byline or a date line (its date read whole or not): a line of a head
    that prose never is."""
    byline, published, _rest = byline_and_date(line)
    return bool(byline or published or is_date_line(line))


def is_date_line(line: str) -> bool:
    """Whether the whole line is a date (and time), read whole or not ("11/02/2005")."""
    if len(line) > HEAD_LINE_MAX_CHARS:
        return False
    match = _DATE.search(line)
    return match is not None and not (line[: match.start()] + line[match.end() :]).strip(_SEPARATORS)


def iso_date(text: str) -> str | None:
    """``text`` as an ISO date, when day, month and year can all be read without a guess."""
    from dateutil import parser

    numeric = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text.strip())
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}", text):
            found = date.fromisoformat(text[:10])
        elif numeric:
            first, second, year = (int(part) for part in numeric.groups())
            if first <= 12 and second <= 12 and first != second:
                return None  # 03/04/2026: April or March, depending on who wrote it
            found = date(year, *((second, first) if first > 12 else (first, second)))
        else:
            found = parser.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError):
        return None
    return found.isoformat()
