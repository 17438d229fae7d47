"""What a sentence says in particular: the concrete details a reader can quote (a number, a date,
an amount, a name). A key fact must carry one (summarize/facts.py); a sentence in the
writer's own voice without any tells no news (predicates.writer_musing)."""

from __future__ import annotations

import re

from briefing.model import Sentence
from briefing.text.debts import titled_names
from briefing.text.languages import cues
from briefing.text.segment import terms_for

_CUES = cues("english")  # English's cues (languages/english_cues.py) read every article, whatever its language

_DATE = re.compile(r"\b(?:" + "|".join(_CUES.date_words) + r")\b", re.IGNORECASE)
_CAPITALIZED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*[A-Za-z]")
_QUOTE_MARKS = "\"“‘'«„`"
_NOT_NAMES = frozenset(("I", "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d"))
_DIGIT = re.compile(r"\d")
_FIRST_WORD = re.compile(r"[\"'“‘(\[«„?]*([\w'’-]+)")


def names(text: str) -> list[str]:
    """Proper names: capitalized words that are not the sentence's first word nor the first word
    of a quotation (those are capitalized anyway), and in lower-cased text a word after a title ("mr fallon",
    debts.titled_names)."""
    first = len(text) - len(text.lstrip(_QUOTE_MARKS + "([ "))
    found = [
        match.group()
        for match in _CAPITALIZED.finditer(text)
        if match.start() != first
        and text[match.start() - 1] not in _QUOTE_MARKS
        and match.group() not in _NOT_NAMES
    ]
    return found + titled_names(text)


def specifics(sentence: Sentence) -> int:
    """How many kinds of concrete detail the sentence carries (0-4): number, date, money, name."""
    text = sentence.text
    return sum(
        bool(found)
        for found in (_CUES.numbers.search(text), _DATE.search(text), _CUES.money.search(text), names(text))
    )


def particular(text: str) -> bool:
    """Whether the sentence names something in particular: a figure, an amount or a proper name, the first
    word too when it is no common word ("Nitish has forgotten …", "Phase I trials …"). Stricter than
    ``specifics``, which also counts "one", "half" and "may" ("These days we may never know …")."""
    first = _FIRST_WORD.match(text)
    word = first.group(1) if first else ""
    return bool(_DIGIT.search(text) or _CUES.money.search(text) or names(text) or (
        word[:1].isupper() and word.lower() not in terms_for("english").stop_words))  # read when first asked
