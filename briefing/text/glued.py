"""Where pasted or scraped text glued two sentences together without the full stop between them:
the word that opens the second one tells, when its line break and full stop were lost. segment.py
cuts there (the pieces keep their offsets in the source)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

# "his nemesis ShoaibEmraan played …": two words glued where a line break was lost (glued_words: not
# a brand such as PlayStation or DaimlerChrysler, nor "TimeWarner" for "Time Warner").
_CAMEL_RIGHT = re.compile(r"[A-Z](?<=[a-z]{2}[A-Z])[a-z]{2,}\b")
_WORD_END = re.compile(r"[A-Za-z]+$")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_REFERENCES = frozenset(("vol", "fig", "no", "sec", "art", "ch", "pt", "para", "p", "pp", "cl", "ex", "app"))
_ROMAN = re.compile(r"(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")  # not "civil", "ill"


def glued_words(text: str) -> frozenset[str]:
    """Two words glued where a line break was lost, once in the text: two words it writes alone
    ("GalleOne"), or a word in lower case before a capital ("Ten deadProsecutors said", "it saidEarlier";
    not "easyJet" written twice, nor a JSON key, "bestRating")."""
    camel = Counter(_camel_halves(text, match) for match in _CAMEL_RIGHT.finditer(text))
    return frozenset(
        left + right
        for (left, right), count in camel.items()
        if count == 1 and f"{left} {right}" not in text and f'"{left}{right}"' not in text and (
            (_is_word(text, right) and (_is_word(text, left) or _brand(text, left, right)))
            or (left.islower() and len(left) >= 3))
    )


def _brand(text: str, left: str, right: str) -> bool:
    """ "WhatsAppDeepti": a word written with a capital inside it, glued to a word the text writes alone (not a
    handle or hashtag, "@realDonaldTrump", "#BiharWithTejashwi")."""
    return _INNER_CAPITAL.search(left) is not None and f"@{left}{right}" not in text and f"#{left}{right}" not in text


def glued_word_cuts(text: str, start: int, end: int, glued: frozenset[str]) -> Iterator[int]:
    """Where the second of two ``glued`` words (glued_words) starts, between ``start`` and ``end``."""
    if glued:
        yield from (match.start() for match in _CAMEL_RIGHT.finditer(text, start, end)
                    if "".join(_camel_halves(text, match)) in glued)


def opener_cuts(text: str, start: int, end: int, openers: tuple[str, ...]) -> Iterator[int]:
    """ "Andhra PradeshThe …", "On his careerHe began …": where a capitalized function word of the language
    (Conventions.glued_openers) is glued to the word before, a space or bracket after it (not "LinkedIn)"), or
    to a one-letter Roman numeral's full stop ("seismic zones IV and V.These cities …", audit-108; not an initial
    before a name, "V.Kusala")."""
    if openers:
        yield from (match.start() for match in _glued_opener(openers).finditer(text, start, end))


def lone_subjects(text: str, start: int, end: int, subjects: tuple[str, ...]) -> Iterator[int]:
    """ "a favourite client She never complained …", "on Sunday She has been hailed …": where a subject
    pronoun the language capitalizes only at a sentence's start (Conventions.lone_subjects) follows a word
    and a space, a word in lower case after it. The caller weighs the word before ("and He wants …")."""
    if subjects:
        yield from (match.start() for match in _lone_subject(subjects).finditer(text, start, end))


# a live blog's time, with its colon, glued to the entry before it: "… for five years.8:17 pm: Bihar …",
# "in Patna8:52 pm:", "the day.10.07pm:" (5 Inshorts live blogs); not a quotation's ('He tweeted "8:17 pm: …')
_LIVE_BLOG_TIME = re.compile(r"\d(?:(?<=[.!?”’)a-z]\d)|(?<=[.!?][\"']\d))(?=\d?[:.] ?\d\d ?[ap]\.?m\.?:)")
_TIME_WORDS = frozenset("at by from to till until since before after around about on".split())  # "at10:30 am:"


def time_cuts(text: str, start: int, end: int) -> Iterator[int]:
    """Where a live blog's time glued to the entry before it starts (cleaning.junk then reads it as the timestamp
    it is), but after a word that leads to a time, a lost space ("The vote is at10:30 am: …"). Looked for only
    where "m:" is, as in "pm:": most texts have no live blog, and the search is 3 times dearer than the look."""
    if text.find("m:", start, end) >= 0:
        for match in _LIVE_BLOG_TIME.finditer(text, start, end):
            before = _WORD_END.search(text, max(start, match.start() - 12), match.start())
            if before is None or before.group() not in _TIME_WORDS:
                yield match.start()


@lru_cache(maxsize=16)
def _glued_opener(openers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"{word[0]}(?:(?<=[a-z]{{3}}{word[0]})|(?<=\\s[IVX]\\.{word[0]})){word[1:]}(?=[\\s(])"
                               for word in openers))


@lru_cache(maxsize=16)
def _lone_subject(subjects: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"{word[0]}(?<=[a-z\\d] {word[0]}){word[1:]}(?= [a-z])" for word in subjects))


def _is_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (the literal first: a fast search)."""
    return bool(word) and re.search(f"{re.escape(word)}(?![A-Za-z])(?<![A-Za-z]{re.escape(word)})", text) is not None


def _camel_halves(text: str, right: re.Match[str]) -> tuple[str, str]:
    left = _WORD_END.search(text, max(0, right.start() - 40), right.start())
    return (left.group() if left else "", right.group())


def labels_a_part(word: str, titles: frozenset[str]) -> bool:
    """Whether a word before a full stop and a one-letter word is a number, a reference's abbreviation, a Roman
    numeral ("Part II.A") or a title ("Prof.K Vijay Raghavan"): a label or a name's, not "said.A bench …"."""
    return word[-1:].isdigit() or word in _REFERENCES or bool(_ROMAN.fullmatch(word)) or word in map(str.lower, titles)
