"""What happens next, when the article says it: one sentence, quoted verbatim, outside the brief and
the key facts, that names a coming step (a date ahead, "will", "is expected to", a vote, a hearing,
a deadline). The note shows it as its own short section; an article that says nothing of what
comes next gets no such section, never a filler.

A sentence qualifies when it has a forward verb AND something that makes it a step rather than an
opinion: a time ahead ("in spring 2027", "next month", "by the end of the year") or a scheduled
event (a vote, a hearing, a deadline). Quotations are left out: "We will win," said X is a hope,
not a schedule. The signs are the language's (its record's ``outlook``): only English has them so
far, and other languages get no section.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing.model import Sentence
from briefing.text.languages import by_code
from briefing.text.predicates import leans_on_previous, stands_alone

MIN_SIGNS = 3  # "will" (2) and a time (2) or an event (1); a reported "would" (1) needs a time ahead
MAX_WORDS = 45  # a short section: a longer sentence is a paragraph's worth, not a next step
_QUOTE_MARKS = "\"“”„«»"


def whats_next(
    sentences: Sequence[Sentence], shown: Collection[int], *, excluded: Collection[int], language: str, titled: bool
) -> Sentence | None:
    """The sentence that names what happens next, outside ``shown`` (the brief and the key facts)
    and ``excluded`` (junk), or None. It must read alone, in a section of its own: no "However"
    or "He" leaning on the sentence before. Of several, the one with most signs of a scheduled step; on
    a tie the earliest, as a news story puts what matters first."""
    outlook = by_code(language).outlook
    if outlook is None:
        return None
    will, would, time, event = outlook.will, outlook.would, outlook.time_ahead, outlook.event
    best: tuple[int, Sentence] | None = None
    for sentence in sentences:
        text = sentence.text
        if sentence.index in shown or sentence.index in excluded or not 6 <= sentence.words <= MAX_WORDS:
            continue
        if any(mark in text for mark in _QUOTE_MARKS) or text.rstrip()[-1:] in "?:":
            continue
        lowered = text.lower()  # the signs are written in lower case: faster than ignoring case
        signs = 2 if will.search(lowered) else 1 if would.search(lowered) else 0
        signs += 2 * (time.search(lowered) is not None)
        if signs + 1 < MIN_SIGNS:
            continue  # not even an event would make it a step: its search is spared (most sentences)
        signs += event.search(lowered) is not None
        if signs < MIN_SIGNS or leans_on_previous(sentence):
            continue
        if not stands_alone(sentence, shown, titled=titled):
            continue
        if best is None or signs > best[0]:
            best = (signs, sentence)
    return best[1] if best else None
