"""The languages briefing can brief: each has a stemmer and a stop-word list in sumy/nltk."""

from __future__ import annotations

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


def normalize_language(language: str) -> str:
    """'en', 'EN', 'English' → 'english'; unknown names are left for validation to refuse."""
    lowered = language.strip().lower()
    for name, code in LANGUAGES.items():
        if lowered == code:
            return name
    return lowered
