"""The languages briefing can brief: each has a stemmer and a stop-word list, and the note's labels
(labels.py) and dates (Babel) in it.

Stop words come from sumy. Stems come from NLTK's Snowball stemmers through sumy, or from sumy's
own stemmers (Czech, Slovak, Ukrainian); sumy's Greek and Polish stemmers need packages that are not
kept up, so those two use the Snowball project's own package, snowballstemmer.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.options import register_choices

# name → ISO 639-1 code
LANGUAGES = {
    "english": "en",
    "german": "de",
    "french": "fr",
    "spanish": "es",
    "italian": "it",
    "portuguese": "pt",
    "swedish": "sv",
    "czech": "cs",
    "slovak": "sk",
    "polish": "pl",
    "ukrainian": "uk",
    "greek": "el",
}
AUTO = "auto"  # --language auto: the article's language is found (language_guess.py)
SNOWBALL_STEMMERS = ("greek", "polish")  # from snowballstemmer; the others through sumy


def language_code(language: str) -> str:
    """'english' → 'en': the code the note's labels, dates and metadata are keyed by; English's
    while the language is still to be found (auto)."""
    return LANGUAGES.get(language, "en")


def normalize_language(language: str) -> str:
    """'en', 'EN', 'English' → 'english'; unknown names are left for validation to refuse."""
    lowered = language.strip().lower()
    for name, code in LANGUAGES.items():
        if lowered == code:
            return name
    return lowered


register_choices("language", lambda: (AUTO, *LANGUAGES), normalize_language)


def stemmer(language: str) -> Callable[[str], str]:
    """The stemmer for ``language``: a function from a lower-case word to its stem."""
    if language in SNOWBALL_STEMMERS:
        import snowballstemmer

        stem: Callable[[str], str] = snowballstemmer.stemmer(language).stemWord
        return stem
    from sumy.nlp.stemmers import Stemmer

    stem_word: Callable[[str], str] = Stemmer(language)
    if language not in ("czech", "slovak"):
        return stem_word

    def quietly(word: str) -> str:
        # sumy's Czech stemmer warns on stderr about every word it leaves alone (numbers, "iPhone"):
        # leave those alone without a word.
        return stem_word(word) if word.islower() or word.istitle() or word.isupper() else word

    return quietly
