"""A request's body → a Job: the articles it gives and its options by their config names.

Options are checked by the same Settings the command line and briefing.toml use, so a bad value
gets the command line's message. A form sends every value as text: each is turned into the type
its setting has (``"3"`` → 3, ``"true"`` → True) first, and a value that does not convert is left
as text for Settings to refuse in its own words. Some settings are the server's alone (where
files go, its template, its limits): a request naming one is refused.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import PurePath
from typing import Any, get_type_hints

from briefing.config import DEFAULTS
from briefing.errors import UsageError, printable
from briefing.io.fetch import is_url
from briefing.options import GROUPS, SETTING_NAMES, Settings
from briefing.text.languages import AUTO
from briefing.web.jobs import Given, Job

SERVER_ONLY = ("template", "output_dir", "max_size", "jobs", "scheduler", "jsonl", "max_items", "digest")
CLIENT_KEYS = tuple(name for name in SETTING_NAMES if name not in SERVER_ONLY)
ARTICLE_KEYS = ("text", "url", "name")  # what an article is given as, besides the options
TEXT_NAME = "pasted text"
MAX_ARTICLES = 50
_TRUE, _FALSE = ("true", "on", "yes", "1"), ("false", "off", "no", "0")


@dataclass(frozen=True)
class Upload:
    """A file sent in a form: its name as the client gave it, and its bytes."""

    filename: str
    data: bytes


Value = str | Upload


def job_from_json(body: bytes, *, base: Settings, digest: bool, public_only: bool) -> Job:
    """A JSON object: ``text`` or ``url`` (a digest: ``articles``, a list of such objects) and
    options by their config names, ``format`` among them."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"the request body is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise UsageError("the request body must be a JSON object")
    options = {key: value for key, value in data.items() if key not in (*ARTICLE_KEYS, "articles")}
    if digest:
        articles = data.get("articles")
        if not isinstance(articles, list) or not all(isinstance(item, dict) for item in articles):
            raise UsageError('a digest needs "articles": a list of objects, each with "text" or "url"')
        given = [_article(item) for item in articles]
    else:
        given = [_article(data)]
    return _job(given, options, base=base, digest=digest, public_only=public_only)


def job_from_form(
    pairs: Iterable[tuple[str, Value]], *, base: Settings, digest: bool, public_only: bool, keep: bool = False
) -> Job:
    """A form: ``file`` uploads, ``text`` and ``url`` fields (several for a digest; a URL field
    may list several, one a line), and options by their config names. Empty fields are left out."""
    given: list[Given] = []
    options: dict[str, Any] = {}
    for key, value in pairs:
        if isinstance(value, Upload):
            if value.filename or value.data:  # a form's file field left empty sends an empty part
                given.append(Given(uploaded_name(value.filename), value.data))
        elif key == "text":
            given += [Given(TEXT_NAME, value.encode())] if value.strip() else []
        elif key == "url":
            given += [_url(line) for line in value.splitlines() if line.strip()]
        elif key != "name" and value.strip():
            options[key] = _typed(key.replace("-", "_"), value.strip())
    return _job(given, options, base=base, digest=digest, public_only=public_only, keep=keep)


def _job(
    given: list[Given], options: Mapping[str, Any], *, base: Settings, digest: bool, public_only: bool,
    keep: bool = False,
) -> Job:
    if len(given) > MAX_ARTICLES:
        raise UsageError(f"{len(given)} articles given; a request takes at most {MAX_ARTICLES}")
    settings, auto_language = settings_for(options, base)
    return Job(named_apart(given), settings, settings.run.format, digest=digest, keep=keep,
               auto_language=auto_language, public_only=public_only)


def named_apart(given: Sequence[Given]) -> tuple[Given, ...]:
    """Each article under a name of its own, as a digest numbers its sources by name: a second
    "pasted text" or "notes.txt" becomes "pasted text (2)" or "notes (2).txt"; a URL given twice
    is one article."""
    count: Counter[str] = Counter()
    named = []
    for item in given:
        count[item.name] += 1
        if count[item.name] == 1:
            named.append(item)
        elif item.data is not None:
            path = PurePath(item.name)
            named.append(replace(item, name=f"{path.stem} ({count[item.name]}){path.suffix}"))
    return tuple(named)


def settings_for(options: Mapping[str, Any], base: Settings) -> tuple[Settings, bool]:
    """The server's settings with a request's options on top, and whether its language is to be
    guessed (``"language": "auto"``, the default when the server's settings name none)."""
    flat = {key.replace("-", "_"): value for key, value in options.items()}
    refused = next((key for key in flat if key in SERVER_ONLY), None)
    if refused is not None:
        raise UsageError(f"{refused.replace('_', '-')} is the server's to set, not a request's")
    language = flat.pop("language", None) or default_language(base)
    auto = isinstance(language, str) and language.strip().lower() == AUTO
    return base.merged(flat | ({} if auto else {"language": language})), auto


def default_language(base: Settings) -> str:
    """``auto``, unless the server's own settings (its briefing.toml or --config) name a language."""
    return base.brief.language if base.brief.language != DEFAULTS.brief.language else AUTO


def uploaded_name(filename: str) -> str:
    """An uploaded file's name as the note shows it: its last part only, printable; it names the
    upload and its type, and is never a path opened here."""
    name = PurePath(filename.replace("\\", "/")).name
    return printable(name, 120) or "uploaded file"


def _article(item: Mapping[str, Any]) -> Given:
    text, url = item.get("text"), item.get("url")
    if (text is None) == (url is None):
        raise UsageError('give the article as "text" or as "url", one of the two')
    if url is not None:
        if not isinstance(url, str):
            raise UsageError(f"url must be text, not {url!r}")
        return _url(url)
    if not isinstance(text, str):
        raise UsageError(f"text must be text, not {printable(repr(text), 80)}")
    name = item.get("name")
    return Given(uploaded_name(name) if isinstance(name, str) and name else TEXT_NAME, text.encode())


def _url(value: str) -> Given:
    url = value.strip()
    if not is_url(url):
        raise UsageError(f"{printable(url, 120)}: not an http(s) URL; only web pages can be fetched")
    return Given(url)


def _setting_types() -> dict[str, Any]:
    types: dict[str, Any] = {}
    for group in GROUPS.values():
        hints = get_type_hints(group)
        types |= {f.name: hints[f.name] for f in fields(group)}
    return types


SETTING_TYPES = _setting_types()


def _typed(key: str, value: str) -> object:
    """A form's text as the type its setting takes, when it reads as one."""
    kind = SETTING_TYPES.get(key)
    text = str(kind)
    if "bool" in text and value.lower() in (*_TRUE, *_FALSE):
        return value.lower() in _TRUE
    if "int" in text and re.fullmatch(r"[+-]?\d{1,9}", value):
        return int(value)
    if "float" in text:
        try:
            return float(value)
        except ValueError:
            return value
    return value
