"""Checking settings as they are made: whole numbers in range, text, addresses, and choices
against the names that the tables of the layers above register here when they are imported
(``register_choices``); settings a layer above reads into a fixed form (``--since``, a
``file://`` output folder) likewise (``register_conversion``). Nothing of briefing is imported:
``briefing/__init__.py`` imports every table before any option is made.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefing.errors import UsageError

PAPERS = ("a4", "letter")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3a", "pdf/a-3u")  # tagged for accessibility; archival and tagged; archival


def _lowered(spelling: str) -> str:
    return spelling.strip().lower()


@dataclass(frozen=True)
class Choices:
    """The names a choice setting takes, and how a user's spelling becomes one of them."""

    names: Callable[[], Iterable[str]]  # read when a value is checked: a table may grow (a plugin, a test)
    spelling: Callable[[str], str] = _lowered  # 'LexRank' → 'lexrank', 'en' → 'english'


_CHOICES: dict[str, Choices] = {"paper": Choices(lambda: PAPERS), "pdf_variant": Choices(lambda: PDF_VARIANTS)}
_CONVERSIONS: dict[str, Callable[[str], str]] = {}


def register_choices(
    key: str, names: Callable[[], Iterable[str]], spelling: Callable[[str], str] = _lowered
) -> None:
    """The names of the choice setting ``key``, as the table that defines them has them when
    ``names()`` is called."""
    _CHOICES[key] = Choices(names, spelling)


def register_conversion(key: str, convert: Callable[[str], str]) -> None:
    """How the text setting ``key`` is read into the form every reader of it is given
    (raising UsageError when it cannot be)."""
    _CONVERSIONS[key] = convert


def choice_names(key: str) -> tuple[str, ...]:
    return tuple(registered(key).names())


def spelled(key: str, value: object) -> object:
    """A choice as its table spells it (any case, a method's aliases, a language's code); any
    other setting, or a value that is not text, as it is."""
    choices = _CHOICES.get(key)
    return choices.spelling(value) if choices is not None and isinstance(value, str) else value


def registered(key: str) -> Choices:
    try:
        return _CHOICES[key]
    except KeyError:  # a table not imported: briefing/__init__.py imports them all first
        raise RuntimeError(f"no table has registered the choices of {key!r}") from None


def converted(key: str, value: str) -> str:
    convert = _CONVERSIONS.get(key)
    if convert is None:
        raise RuntimeError(f"no reader of {key!r} is registered")
    return convert(value)


def check_int(
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


def check_choice(key: str, value: object) -> None:
    choices = choice_names(key)
    if value not in choices:
        close = difflib.get_close_matches(str(value).lower(), choices, n=1, cutoff=0.75)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise UsageError(f"unknown {key.replace('_', '-')} {value!r}{hint}; choose one of: {', '.join(choices)}")


def check_address(scheduler: str | None) -> None:
    """A scheduler's address that can be read: brackets closed, a port number in range."""
    if scheduler is None or scheduler == "local":
        return
    try:
        parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
        parts.port  # noqa: B018 (reading it checks it)
    except ValueError as error:
        raise UsageError(f"scheduler {scheduler!r} is not an address ({error}); "
                         "give one such as tcp://host:8786") from None


def check_text(key: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise UsageError(f"{key} must be text, not {value!r}")


def clean_text(options: object, key: str) -> None:
    """A text setting shown in the note (title, author) without what no note can hold: control
    characters become spaces, and lone surrogates (a command line's bytes that are not UTF-8)
    become U+FFFD. Set on the frozen options once, as they are made."""
    value = getattr(options, key)
    if value is not None:
        cleaned = " ".join(re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", re.sub(r"[\ud800-\udfff]", "\ufffd", value)).split())
        object.__setattr__(options, key, cleaned)
