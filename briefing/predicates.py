"""What a reader sees in one sentence, judged alone: is it a real sentence of the story, does it
lean on the sentence before, is it part of a longer quotation.

Ranking, selection and key facts all ask these questions, whatever the method, so they live here
rather than inside one method.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Sentence

MIN_WORDS = 5  # fewer words than this is a label, a dateline or a caption, not a sentence
QUOTE_SPAN = 5  # the most sentences one quotation is taken to run over

DANGLING_OPENERS = frozenset(
    """he she it they them his her its their this that these those such however but and also
    yet so still meanwhile instead moreover furthermore nevertheless nonetheless besides
    then thus hence therefore otherwise likewise similarly later another both former latter""".split()
)
BOILERPLATE = re.compile(
    r"media playback is (?:not )?supported|scroll down for|click here|sign up|subscribe|"
    r"follow (?:us|him|her) on|read more|image (?:copyright|caption)|all rights reserved|"
    r"a post shared by|getty images|please enable|copyright \d{4}",
    re.IGNORECASE,
)
_OPENING_WORD = re.compile(r"[\"'“‘(\[]*([A-Za-z]+)")
_QUOTES = re.compile(r"[\"“”]")


def is_candidate(sentence: Sentence) -> bool:
    """A real sentence of the story: long enough, ends like a sentence, not shouting, not boilerplate."""
    text = sentence.text
    return (
        sentence.words >= MIN_WORDS
        and text.rstrip("\"'”’)»").endswith((".", "!", "?", "…"))
        and any(character.islower() for character in text)
        and not BOILERPLATE.search(text)
    )


def leans_on_previous(sentence: Sentence) -> bool:
    """Opens with a pronoun or connective whose meaning is in the sentence before."""
    match = _OPENING_WORD.match(sentence.text)
    return match is not None and match.group(1).lower() in DANGLING_OPENERS


def in_longer_quotes(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of sentences that are part of a quotation running over several sentences, so that
    quoting one of them alone would cut the quotation. A quotation closes within its paragraph and
    within QUOTE_SPAN sentences; a quote mark left open longer is a stray, not a quotation."""
    toggles = [len(_QUOTES.findall(sentence.text)) % 2 == 1 for sentence in sentences]
    inside: set[int] = set()
    position = 0
    while position < len(sentences):
        if toggles[position]:
            for end in range(position + 1, min(position + QUOTE_SPAN, len(sentences))):
                if sentences[end].paragraph != sentences[position].paragraph:
                    break
                if toggles[end]:
                    inside.update(range(position, end + 1))
                    position = end
                    break
        position += 1
    return frozenset(inside)
