"""Which of the languages briefing knows an article is written in, from its stop words: the
language whose stop words make up the largest share of the article's first words. Stop-word
lists are short and distinct enough between the languages in LANGUAGES (each in its
own script, or with its own function words) that a few hundred words tell them apart."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.text.languages import LANGUAGES

SAMPLE_WORDS = 1000  # the article's first words are enough; a long one is not read whole
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
FALLBACK = "english"


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    return {name: language.stop_words() for name, language in LANGUAGES.items()}


def guess_language(text: str) -> str:
    """The name of the language ``text`` is most likely in (FALLBACK when it has no words)."""
    words = [word.lower() for word in _WORD.findall(text[:20_000])][:SAMPLE_WORDS]
    if not words:
        return FALLBACK
    shares = {name: sum(word in stops for word in words) for name, stops in _stop_words().items()}
    best = max(shares.values())
    return FALLBACK if best == 0 else next(name for name, share in shares.items() if share == best)
