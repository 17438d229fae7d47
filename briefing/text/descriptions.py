"""Definite descriptions a sentence owes to an earlier one: "the hackers", "The free app", "this
shipment", whose thing only an earlier sentence introduced ("hackers broke into …", "an app that
…"). A reader shown the sentence without that one (or a headline naming the thing) asks "which
hackers?". Worked out once per article, beside the surnames a sentence owes (predicates.name_debts),
and checked the same way: the word must be written in a sentence shown before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Sentence
from briefing.text.languages import cues

_CUES = cues("english")  # English's cues (languages/english.py) read every article, whatever its language

# a description that goes on to say which one it is: "the app that …", "the hackers behind …"
_SAYS_WHICH = re.compile(r"\s*(?:" + "|".join(sorted(_CUES.description_ends)) + r")\b")
# where the words that may be a description's noun end: "the council hopes …", "the app that …"
_NOT_NOUNS = _CUES.description_function_words | _CUES.description_ends | _CUES.subject_verbs
MIN_NOUN = 3  # "the app", "the man"


def description_debts(
    sentences: Sequence[Sentence], *, title: str = "", fit: Sequence[bool] | None = None
) -> list[frozenset[str]]:
    """Per sentence, the head nouns of its definite descriptions that an earlier sentence of the
    story (``fit``) introduced and the headline does not name. Lower case, to be found in the text
    of a sentence shown before it (predicates.names_shown)."""
    headline = title.lower()
    introduced: set[str] = set()
    debts = []
    for sentence in sentences:
        text = sentence.text
        owed = set()
        for candidates in descriptions(text):
            known = [word for word in candidates if word in introduced]
            if known and known[-1] not in headline:
                owed.add(known[-1])  # "the free app": the noun is the last word the story wrote before
        debts.append(frozenset(owed))
        if fit is None or fit[sentence.index]:
            introduced.update(_nouns(text.lower()))
    return debts


def descriptions(text: str) -> list[list[str]]:
    """The sentence's definite descriptions that do not say which one they are, each as the words
    that may be its noun (at most two after the determiner: no tagger tells a noun from a verb)."""
    found = []
    for match in _CUES.described.finditer(text):
        kept: list[str] = []
        for word in match.group(1).split():
            if word in _NOT_NOUNS or len(kept) == 2:
                break
            kept.append(word)
        rest = text[match.start(1) + len(" ".join(["", *kept])):]
        if _SAYS_WHICH.match(rest):
            continue
        candidates = [word for word in kept if word not in _CUES.not_heads and len(word) >= MIN_NOUN
                      and not word.endswith(("ly", "ing", "ed"))]
        if candidates and kept[0] not in _CUES.not_heads:
            found.append(candidates)
    return found


_WORD = re.compile(r"[a-z][a-z-]+")


def _nouns(lowered: str) -> set[str]:
    function_words = _CUES.description_function_words
    return {word for word in _WORD.findall(lowered) if len(word) >= MIN_NOUN and word not in function_words}
