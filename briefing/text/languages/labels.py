"""The note's own words in each language it can be written in (each record's ``labels``): labels, the
colophon, the notes it adds; dates and numbers through Babel (CLDR), so a German note reads
"28. November 2026" and "1.800". Every language in LANGUAGES has every label (a test checks it)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

from briefing.text.languages import by_code


class Labels:
    """The note's words in one language: ``labels.t("summary")``, dates and numbers."""

    def __init__(self, code: str) -> None:
        self.code = code
        language = by_code(code)
        self.words = language.labels
        self.scale_words = language.scale_words
        self.unit_words = language.unit_words
        self.thousands_separators = language.thousands_separators
        self._number_locale = language.number_locale
        self._date_locale = language.dates_locale

    def t(self, key: str, **values: Any) -> str:
        text = self.words[key]
        return text.format(**{name: self.number(value) for name, value in values.items()}) if values else text

    def number(self, value: Any) -> str:
        from babel.numbers import format_decimal

        return str(format_decimal(value, locale=self._number_locale)) if isinstance(value, int) else str(value)

    def day(self, value: date | datetime) -> str:
        """A date as a reader of the language writes it: "28 November 2026", "28. November 2026"."""
        from babel.dates import format_date

        return str(format_date(value, format="long", locale=self._date_locale))

    def days(self, first: str, last: str) -> str:
        """Two dates of articles as one range: "23 November 2026 – 25 November 2026" (CLDR's
        intervals abbreviate the months), or one date when they are the same day; dates that are
        not ISO dates as they were found."""
        try:
            start, end = date.fromisoformat(first.strip()[:10]), date.fromisoformat(last.strip()[:10])
        except ValueError:
            return first if first == last else f"{first} – {last}"
        if start == end:
            return self.day(start)
        return f"{self.day(start)} – {self.day(end)}"

    def published(self, value: str | None) -> str | None:
        """An article's date in the note's format when it is an ISO date, else as it was found."""
        if not value:
            return None
        try:
            return self.day(date.fromisoformat(value.strip()[:10]))
        except ValueError:
            return value

    def month_names(self) -> tuple[str, ...]:
        """Every spelling of the months: full and short, as in a date and standing alone."""
        return _month_names(self._date_locale)


@lru_cache(maxsize=16)
def labels_for(code: str) -> Labels:
    return Labels(code)


@lru_cache(maxsize=16)
def _month_names(locale: str) -> tuple[str, ...]:
    from babel.dates import get_month_names

    names = {
        name.rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in get_month_names(width, context, locale=locale).values()
    }
    return tuple(sorted((name for name in names if len(name) >= 3), key=len, reverse=True))
