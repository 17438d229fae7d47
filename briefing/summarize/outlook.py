"""What happens next, when the article says it: one sentence, quoted verbatim, outside the brief and
the key facts, that names a coming step (a date ahead, "will", "is expected to", a vote, a hearing,
a deadline). The note shows it as its own short section; an article that says nothing of what
comes next gets no such section, never a filler.

A sentence qualifies when it has a forward verb AND something that makes it a step rather than an
opinion: a time ahead ("in spring 2027", "next month", "by the end of the year") or a scheduled
event (a vote, a hearing, a deadline). Quotations are left out: "We will win," said X is a hope,
not a schedule. Only English has these patterns so far; other languages get no section.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.model import Sentence
from briefing.text.predicates import leans_on_previous, stands_alone

MIN_SIGNS = 3  # "will" (2) and a time (2) or an event (1); a reported "would" (1) needs a time ahead
MAX_WORDS = 45  # a short section: a longer sentence is a paragraph's worth, not a next step
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
FORWARD = {  # a verb that points ahead; a reported "would" counts for less than "will"
    "en": (
        re.compile(
            r"\b(?:will|won['’]t|shall|(?:is|are) (?:expected|due|scheduled|set|slated|poised|planned|likely|going)"
            r" to|(?:is|are) to|plans to|intends to|next (?:step|stage|phase))\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b(?:would|(?:was|were) (?:expected|due|scheduled|set|to)|aims? to|hopes? to)\b", re.IGNORECASE),
    ),
}
AHEAD = {  # a time ahead (a weekday alone may be past: "on Tuesday"), and an event that is scheduled
    "en": (
        re.compile(
            rf"\b(?:in|by|from|until|before|on|during|early|late|mid-?)\s+(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\b|"
            r"(?:spring|summer|autumn|winter)\b|20\d\d\b)|\b(?:next|later this|coming|this) (?:week|month|year|weeks|"
            r"months|years|session|term|season|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)\b|\b(?:by|before) the end of\b|\bwithin (?:the next )?(?:\w+ )?"
            r"(?:days|weeks|months|years)\b|\btomorrow\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:vote|votes|hearing|hearings|deadline|referendum|election|ballot|consultation|inquiry|ruling|"
            r"verdict|trial|summit|talks|timetable|launch)\b",
            re.IGNORECASE,
        ),
    ),
}
_QUOTE_MARKS = "\"“”„«»"


def whats_next(
    sentences: Sequence[Sentence], shown: Collection[int], *, excluded: Collection[int], language: str, titled: bool
) -> Sentence | None:
    """The sentence that names what happens next, outside ``shown`` (the brief and the key facts)
    and ``excluded`` (junk), or None. It must read alone, in a section of its own: no "However"
    or "He" leaning on the sentence before. Of several, the one with most signs of a scheduled step; on
    a tie the earliest, as a news story puts what matters first."""
    if language not in FORWARD:
        return None
    (will, would), (time, event) = FORWARD[language], AHEAD[language]
    best: tuple[int, Sentence] | None = None
    for sentence in sentences:
        text = sentence.text
        if sentence.index in shown or sentence.index in excluded or not 6 <= sentence.words <= MAX_WORDS:
            continue
        if any(mark in text for mark in _QUOTE_MARKS) or text.rstrip()[-1:] in "?:":
            continue
        pointing = 2 if will.search(text) else 1 if would.search(text) else 0
        step = 2 * bool(time.search(text)) + bool(event.search(text))
        if pointing + step < MIN_SIGNS or leans_on_previous(sentence):
            continue
        if not stands_alone(sentence, shown, titled=titled):
            continue
        if best is None or pointing + step > best[0]:
            best = (pointing + step, sentence)
    return best[1] if best else None
