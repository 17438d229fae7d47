"""Settings: every option's default, defined once, and the config-file and flag precedence.

Precedence, lowest first: the defaults below < a config file (``briefing.toml`` in the working
directory, or ``--config FILE``) < command-line flags. The three ways to set the brief's length
(``sentences``, ``ratio``, ``words``) replace each other: a layer that sets one of them clears the
others set by a lower layer.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import UsageError

METHODS = (
    "newsrank",  # ours: position, centrality and redundancy; see ranking.py
    "lead",  # the first sentences: the classic news baseline
    "lexrank",
    "lsa",
    "luhn",
    "textrank",
    "kl",
    "sumbasic",
    "reduction",
    "edmundson",
    "random",
)
FORMATS = ("pdf", "html", "md", "json")
INPUT_FORMATS = ("auto", "txt", "md", "html")
PAPERS = ("a4", "letter")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3u")  # tagged for accessibility; or archival (PDF/A-3, Unicode)
# Languages with both a stemmer and a stop-word list in sumy/nltk, by name and ISO 639-1 code.
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
LENGTH_KEYS = ("sentences", "ratio", "words")
CONFIG_FILE_NAME = "briefing.toml"
MAX_FACTS = 50  # more bullets than this is no longer a briefing note


@dataclass(frozen=True)
class Settings:
    """How to make and render a briefing. Every field can be set in the config file and by a flag."""

    sentences: int | None = 3  # brief length in sentences ...
    ratio: float | None = None  # ... or as a fraction of the article's sentences ...
    words: int | None = None  # ... or as a word budget (whole sentences, at least one)
    facts: int = 4
    method: str = "newsrank"
    format: str = "pdf"
    paper: str = "a4"
    title: str | None = None
    language: str = "english"
    output_dir: str = "output"
    max_size: float = 10.0  # MB: larger inputs are refused before they are read
    author: str | None = None  # the PDF's author metadata
    pdf_variant: str = "pdf/ua-1"
    appendix: bool = False  # add the source article, selected sentences marked and linked
    template: str | None = None  # a user's Jinja HTML template instead of templates/note.html
    input_format: str = "auto"  # txt, md or html; auto goes by the file's suffix or content

    def __post_init__(self) -> None:
        _check_int("sentences", self.sentences, minimum=1, optional=True)
        _check_int("words", self.words, minimum=1, optional=True)
        _check_int("facts", self.facts, minimum=0, maximum=MAX_FACTS)
        if self.ratio is not None:
            if isinstance(self.ratio, bool) or not isinstance(self.ratio, int | float):
                raise UsageError(f"ratio must be a number, not {self.ratio!r}")
            if not 0 < self.ratio <= 1:
                raise UsageError(f"ratio must be greater than 0 and at most 1, not {self.ratio}")
        chosen = [key for key in LENGTH_KEYS if getattr(self, key) is not None]
        if len(chosen) != 1:
            raise UsageError("set the brief's length one way: sentences, ratio or words")
        _check_choice("method", self.method, METHODS)
        _check_choice("format", self.format, FORMATS)
        _check_choice("paper", self.paper, PAPERS)
        _check_choice("language", self.language, tuple(LANGUAGES))
        _check_choice("pdf-variant", self.pdf_variant, PDF_VARIANTS)
        _check_choice("input-format", self.input_format, INPUT_FORMATS)
        if not isinstance(self.appendix, bool):
            raise UsageError(f"appendix must be true or false, not {self.appendix!r}")
        if isinstance(self.max_size, bool) or not isinstance(self.max_size, int | float) or self.max_size <= 0:
            raise UsageError(f"max-size must be a positive number of megabytes, not {self.max_size!r}")
        for key in ("title", "output_dir", "author", "template"):
            value = getattr(self, key)
            if value is not None and not isinstance(value, str):
                raise UsageError(f"{key} must be text, not {value!r}")

    @property
    def max_bytes(self) -> int:
        return int(self.max_size * 1_000_000)

    @property
    def language_code(self) -> str:
        return LANGUAGES[self.language]

    @property
    def length_label(self) -> str:
        """The length setting as a reader would say it: '3 sentences', '20%', '120 words'."""
        if self.sentences is not None:
            return f"{self.sentences} sentence{'s' if self.sentences != 1 else ''}"
        if self.ratio is not None:
            return f"{self.ratio:.0%} of the sentences"
        return f"at most {self.words} words"

    def merged(self, overrides: Mapping[str, Any]) -> Settings:
        """These settings with ``overrides`` applied on top (``None`` values are ignored)."""
        changes = {key: value for key, value in overrides.items() if value is not None}
        unknown = sorted(set(changes) - set(SETTING_NAMES))
        if unknown:
            raise UsageError(f"unknown setting {unknown[0]!r}")
        if len([key for key in LENGTH_KEYS if key in changes]) > 1:
            raise UsageError("set the brief's length one way: sentences, ratio or words")
        if any(key in changes for key in LENGTH_KEYS):
            changes = {key: None for key in LENGTH_KEYS} | changes
        if "language" in changes and isinstance(changes["language"], str):
            changes["language"] = normalize_language(changes["language"])
        return replace(self, **changes)


SETTING_NAMES = tuple(field.name for field in fields(Settings))


def normalize_language(language: str) -> str:
    """'en', 'EN', 'English' → 'english'; unknown names are left for validation to refuse."""
    lowered = language.strip().lower()
    for name, code in LANGUAGES.items():
        if lowered == code:
            return name
    return lowered


def read_config_file(path: Path) -> dict[str, Any]:
    """The settings in a TOML config file, keyed by setting name. Keys are the long flag names."""
    source = str(path)
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except FileNotFoundError:
        raise UsageError("config file not found", source=source) from None
    except IsADirectoryError:
        raise UsageError("config file is a folder, not a file", source=source) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"not valid TOML: {error}", source=source) from None
    except OSError as error:
        raise UsageError(f"cannot read config file: {error.strerror}", source=source) from None
    settings: dict[str, Any] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in SETTING_NAMES:
            known = ", ".join(name.replace("_", "-") for name in SETTING_NAMES)
            raise UsageError(f"unknown key {key!r}; known keys: {known}", source=source)
        settings[name] = value
    return settings


def load_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    config_path: Path | None = None,
    working_dir: Path | None = None,
) -> Settings:
    """Defaults < config file < flags. Without ``config_path``, ``briefing.toml`` is read if present."""
    if config_path is None:
        candidate = (working_dir or Path.cwd()) / CONFIG_FILE_NAME
        config_path = candidate if candidate.is_file() else None
    settings = DEFAULTS
    if config_path is not None:
        try:
            settings = settings.merged(read_config_file(config_path))
        except UsageError as error:
            raise UsageError(error.message, source=str(config_path)) from None
    return settings.merged(flags or {})


def _check_int(
    key: str, value: object, *, minimum: int, maximum: int | None = None, optional: bool = False
) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise UsageError(f"{key} must be a whole number, not {value!r}")
    if value < minimum:
        raise UsageError(f"{key} must be at least {minimum}, not {value}")
    if maximum is not None and value > maximum:
        raise UsageError(f"{key} must be at most {maximum}, not {value}")


def _check_choice(key: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise UsageError(f"unknown {key} {value!r}; choose one of: {', '.join(choices)}")


DEFAULTS = Settings()  # after the helpers: validating the defaults calls them
