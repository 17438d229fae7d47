"""The languages briefing can brief, one record each (record.py says what a record holds), and the
functions the rest of briefing asks them through.

A new language is one module here holding its ``Language`` record (plus its test): LANGUAGES
finds every record in the package's modules, English first, then by name. Stop words come from
sumy. Stems come from NLTK's Snowball stemmers through sumy, or from sumy's own stemmers (Czech,
Slovak, Ukrainian); English, Greek and Polish use the Snowball project's own package, snowballstemmer,
on its C build, PyStemmer (English's stems five times faster; sumy's Greek and Polish stemmers need
packages that are not kept up).
"""

from __future__ import annotations

import pkgutil
from importlib import import_module

from briefing.options import register_choices
from briefing.text.languages.english import ENGLISH
from briefing.text.languages.english_cues import CUES as ENGLISH_CUES
from briefing.text.languages.record import Conventions, Cues, Language, Outlook, Stem

__all__ = ["AUTO", "ENGLISH", "LANGUAGES", "Conventions", "Cues", "Language", "Outlook", "by_code", "conventions", "cues",
           "has_own_cues", "language_code", "normalize_language", "stemmer"]

_NOT_RECORDS = ("record", "labels", "english_cues")  # the modules here that hold no language of their own


def _records() -> dict[str, Language]:
    """name → record, for every record in this package's modules: English first, then by name (the
    order --help and the web form list them in)."""
    found: dict[str, Language] = {}
    for module in pkgutil.iter_modules(__path__):
        if module.name not in _NOT_RECORDS:
            found.update((value.name, value) for value in vars(import_module(f"{__name__}.{module.name}")).values()
                         if isinstance(value, Language))
    return dict(sorted(found.items(), key=lambda item: (item[1] is not ENGLISH, item[0])))


LANGUAGES: dict[str, Language] = _records()
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


def has_own_cues(language: str) -> bool:
    """Whether ``language``'s record has cues of its own: words that are English pronouns may be other
    words in another language (Polish "my" is "we", and "we" is "on"), so a cue read only in a language's
    own words is not read in a language that borrows English's."""
    return language in LANGUAGES and LANGUAGES[language].cues is not None
