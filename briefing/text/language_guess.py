"""Which language an article is written in, found with py3langid (a Naive Bayes model over byte
n-grams of 97 languages, shipped in the package; benchmarks/language.py measured it against
briefing's old stop-word shares and lingua on short news). A language briefing briefs is taken as
found; one it does not brief is named, when the model is sure of it, and the article is briefed
with English rules; when the model is unsure (a few words, a byline) the likeliest language
briefing briefs is taken, unless the model gives it under LIKELY (then English, the default before)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from briefing.text.languages import LANGUAGES

FALLBACK = "english"  # the rules an unsupported language is briefed with
SAMPLE_CHARS = 2000  # an article's opening is enough, and the time grows with the length
# An unsupported language is believed when the model gives it at least SURE_TOP (close languages
# such as Danish and Norwegian share the rest), languages briefing does not brief together at
# least SURE_OTHERS, and the text has SURE_WORDS words (a byline alone looks like anything).
SURE_TOP = 0.5
SURE_OTHERS = 0.9
SURE_WORDS = 12
LIKELY = 0.2  # below this share, the likeliest language briefing briefs is no likelier than English


@dataclass(frozen=True)
class Detection:
    language: str  # a name in languages.LANGUAGES: the rules the article is briefed with
    code: str  # the ISO 639-1 code of the language found, supported or not
    supported: bool  # whether briefing briefs the language found

    @property
    def display_name(self) -> str:
        """The language found as a reader names it in English: 'German', 'Dutch'."""
        return language_display_name(self.code)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Detection:
    """The language ``text`` is written in (FALLBACK when it has no letters)."""
    sample = text[:SAMPLE_CHARS]
    if not any(character.isalpha() for character in sample):
        return Detection(FALLBACK, LANGUAGES[FALLBACK].code, supported=True)
    names = {language.code: name for name, language in LANGUAGES.items()}  # code → name, as registered now
    ranked: list[tuple[str, float]] = _identifier().rank(sample)
    best, probability = ranked[0]
    if best in names:
        return Detection(names[best], best, supported=True)
    others = sum(share for code, share in ranked if code not in names)
    if probability >= SURE_TOP and others >= SURE_OTHERS and len(sample.split()) >= SURE_WORDS:
        return Detection(FALLBACK, best, supported=False)
    code, share = next((code, share) for code, share in ranked if code in names)  # unsure: the likeliest we brief
    if share < LIKELY:  # a word or two ("the.", a name, figures) says nothing: English, as before auto
        code = LANGUAGES[FALLBACK].code
    return Detection(names[code], code, supported=True)


def guess_language(text: str) -> str:
    """The name of the language briefing briefs ``text`` with (see detect_language)."""
    return detect_language(text).language


def language_display_name(code: str) -> str:
    """'de' → 'German', 'nl' → 'Dutch' (Babel's English names), else the code itself."""
    from babel import Locale

    name: str | None = Locale("en").languages.get(code)
    return name or code
