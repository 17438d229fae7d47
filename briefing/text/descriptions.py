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

# "the" or a demonstrative, up to two modifiers, and the head noun: "the free app", "this shipment"
_DESCRIPTION = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)(?=((?: [a-z][a-z-]+){1,3})(?:\W|$))"
)
# a description that goes on to say which one it is: "the app that …", "the hackers behind …"
_SAYS_WHICH_WORDS = frozenset(
    "of who whose that which behind called named known accused charged in at from for".split()
)
_SAYS_WHICH = re.compile(r"\s*(?:" + "|".join(sorted(_SAYS_WHICH_WORDS)) + r")\b")
# words a description may stop at before its noun: "the first", "the two", "the same" do not name a thing
_NOT_HEADS = frozenset(
    """first second third last next same other former latter whole rest most least best worst only own
    one two three four five six seven eight nine ten many few several all both each such
    year years month months week weeks day days time times way end top start side part number lot kind sort
    world country nation government police public people state city area region moment morning evening
    night afternoon weekend season past future case fact idea thing things money news internet planet earth
    universe great good bad big small black white red blue green young old new""".split()
)
# verbs that follow a subject ("The unrest came …", "the council hopes to …"): not the noun of a description
_VERBS = frozenset(
    """came come comes went goes go say made makes make took takes gave gives hopes hope wants want plans needs
    need know knows think thinks believe believes says get gets got see sees saw found find finds face faces
    among""".split()
)
_FUNCTION_WORDS = frozenset(
    """a an the and or but of to in on at for from with by as is are was were be been has have had will would
    can could may might should must not no it its their his her our your my than then so if when while
    after before over under into about said says told""".split()
)
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
    for match in _DESCRIPTION.finditer(text):
        kept: list[str] = []
        for word in match.group(1).split():
            if word in _FUNCTION_WORDS or word in _SAYS_WHICH_WORDS or word in _VERBS or len(kept) == 2:
                break
            kept.append(word)
        rest = text[match.start(1) + len(" ".join(["", *kept])):]
        if _SAYS_WHICH.match(rest):
            continue
        candidates = [word for word in kept if word not in _NOT_HEADS and len(word) >= MIN_NOUN
                      and not word.endswith(("ly", "ing", "ed"))]
        if candidates and kept[0] not in _NOT_HEADS:
            found.append(candidates)
    return found


_WORD = re.compile(r"[a-z][a-z-]+")


def _nouns(lowered: str) -> set[str]:
    return {word for word in _WORD.findall(lowered) if len(word) >= MIN_NOUN and word not in _FUNCTION_WORDS}
