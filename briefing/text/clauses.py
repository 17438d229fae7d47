"""Whether a piece of text has a verb, told without a tagger (NLTK's needs downloaded data).

A caption ("Retread: David Cameron with Samantha yesterday.") or a price line ("£21 for 908g,
Fortnum & Mason.") has no finite verb; a sentence nearly always has an auxiliary, a past form or
a verb in -s. The test errs towards "has a verb": it is used to refuse fragments, never prose.
"""

from __future__ import annotations

import re

from briefing.text.languages import cues

_CUES = cues("english")  # the tests below know English only
_AUXILIARIES = _CUES.auxiliaries
_IRREGULAR = _CUES.irregular_verbs
_WORD = re.compile(r"[a-z][a-z'’-]*")
_VERB_ENDING = re.compile(r"[a-z]{2,}(?:ed|es|[^su's]s)$")


# English words that are not also common words of the other languages we brief ("a", "to", "on" and
# "in" are Czech, Slovak, German or Italian too)
_ENGLISH = _CUES.function_words


def is_english(text: str) -> bool:
    """Whether the text has an English function word: only then can has_verb judge it."""
    words = _WORD.findall(text.lower())
    return bool(_ENGLISH.intersection(words) or _AUXILIARIES.intersection(words))


def has_verb(text: str, *, plural_s: bool = True, english: bool | None = None) -> bool:
    """Whether a word of ``text`` in lower case can be a finite verb. Not ``plural_s``: a word in
    -s does not count ("High numbers", "Butting heads"), only auxiliaries, past forms and a few
    common verbs. A text that is not English (``english``, else is_english of the text itself:
    another language has none of its function words) is not judged: it is taken to have one."""
    words = _WORD.findall(text)
    if not (is_english(text) if english is None else english):
        return True
    return any(
        word in _AUXILIARIES or word in _IRREGULAR or (_VERB_ENDING.match(word) and (plural_s or word.endswith("ed")))
        for word in words
    )
