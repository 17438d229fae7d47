"""The languages briefing can brief, one record each (record.py says what a record holds), and the
functions the rest of briefing asks them through.

A new language is one module here holding its ``Language`` record, listed in LANGUAGES (plus its
test). Stop words come from sumy. Stems come from NLTK's Snowball stemmers through sumy, or from
sumy's own stemmers (Czech, Slovak, Ukrainian); sumy's Greek and Polish stemmers need packages that
are not kept up, so those two use the Snowball project's own package, snowballstemmer.
"""

from __future__ import annotations

from briefing.options import register_choices
from briefing.text.languages.czech import CZECH
from briefing.text.languages.english import CUES as ENGLISH_CUES
from briefing.text.languages.english import ENGLISH
from briefing.text.languages.french import FRENCH
from briefing.text.languages.german import GERMAN
from briefing.text.languages.greek import GREEK
from briefing.text.languages.italian import ITALIAN
from briefing.text.languages.polish import POLISH
from briefing.text.languages.portuguese import PORTUGUESE
from briefing.text.languages.record import Conventions, Cues, Language, Outlook, Stem
from briefing.text.languages.slovak import SLOVAK
from briefing.text.languages.spanish import SPANISH
from briefing.text.languages.swedish import SWEDISH
from briefing.text.languages.ukrainian import UKRAINIAN

__all__ = ["AUTO", "ENGLISH", "LANGUAGES", "Conventions", "Cues", "Language", "Outlook", "by_code", "conventions", "cues",
           "language_code", "normalize_language", "stemmer"]

# name → record, in the order --help and the web form list them
LANGUAGES: dict[str, Language] = {
    language.name: language
    for language in (ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, SWEDISH, CZECH, SLOVAK, POLISH,
                     UKRAINIAN, GREEK)
}
AUTO = "auto"  # --language auto: the article's language is found (language_guess.py)


def language_code(language: str) -> str:
    """'english' → 'en': the code the note's labels, dates and metadata are keyed by; English's
    while the language is still to be found (auto)."""
    return LANGUAGES.get(language, ENGLISH).code


def by_code(code: str) -> Language:
    """The language whose ISO code is ``code``: 'en' → English's record."""
    for language in LANGUAGES.values():
        if language.code == code:
            return language
    raise KeyError(code)


def normalize_language(language: str) -> str:
    """'en', 'EN', 'English' → 'english'; unknown names are left for validation to refuse."""
    lowered = language.strip().lower()
    for name, record in LANGUAGES.items():
        if lowered == record.code:
            return name
    return lowered


register_choices("language", lambda: (AUTO, *LANGUAGES), normalize_language)


def stemmer(language: str) -> Stem:
    """The stemmer for ``language``: a function from a lower-case word to its stem."""
    return LANGUAGES[language].stems()


def conventions(language: str) -> Conventions:
    """What a full stop may mean in ``language``; English's for a language without a record."""
    return LANGUAGES.get(language, ENGLISH).splitting


def cues(language: str) -> Cues:
    """The cues the text layer reads ``language``'s sentences by: English's when its record has
    none (as for every language but English so far)."""
    own = LANGUAGES[language].cues if language in LANGUAGES else None
    return own or ENGLISH_CUES
