"""Every option's default, defined once, in three groups by who reads them.

- BriefOptions: what to brief (length, facts, method, language, title); read by the pipeline and
  carried by every Briefing, since it describes the note.
- RenderOptions: how to render (paper, PDF variant, appendix, template, author); read by the
  renderers.
- RunOptions: what to read and where to write (format, output folder, input format, size cap,
  workers, a Dask cluster); read by reading, batch, writing and the cluster runner.
- DigestOptions: whether all inputs make one digest, and how its stories are formed and shown;
  read by digest.py and the command line.
- RecurringOptions: what a run repeated each morning leaves out (what earlier runs briefed, what
  is older than --since) and keeps (the shelf's index); read by batch's workers and recurring.py.

Flags and config keys are the field names (``output_dir`` is ``--output-dir``), unique across the
groups, so one flat mapping of settings sets them all (config.py).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import urlsplit

from .errors import UsageError
from .languages import AUTO, LANGUAGES, normalize_language

LENGTH_KEYS = ("sentences", "ratio", "words")
MAX_FACTS = 50  # more bullets than this is no longer a briefing note
PAPERS = ("a4", "letter")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3a", "pdf/a-3u")  # tagged for accessibility; archival and tagged; archival
MAX_SIZE_LIMIT = 1_000_000  # MB: a terabyte; larger (or infinite) caps are mistakes


@dataclass(frozen=True)
class BriefOptions:
    sentences: int | None = 3  # brief length in sentences ...
    ratio: float | None = None  # ... or as a fraction of the article's sentences ...
    words: int | None = None  # ... or as a word budget (whole sentences, at least one)
    facts: int = 4
    method: str = "newsrank"
    language: str = AUTO  # or a name in languages.LANGUAGES; auto: found from the article (language_guess.py)
    title: str | None = None  # the note's title instead of the headline
    source_url: str | None = None  # where the article was found, when the input cannot say (stdin)
    source_name: str | None = None  # the publication or site, likewise
    raw: bool = False  # the method's own picks for the brief, without the note's rules (for study)

    def __post_init__(self) -> None:
        from .methods import METHODS  # the table of methods imports the ranking code

        _check_int("sentences", self.sentences, minimum=1, optional=True)
        _check_int("words", self.words, minimum=1, optional=True)
        _check_int("facts", self.facts, minimum=0, maximum=MAX_FACTS)
        if self.ratio is not None:
            if isinstance(self.ratio, bool) or not isinstance(self.ratio, int | float):
                raise UsageError(f"ratio must be a number, not {self.ratio!r}")
            if not 0 < self.ratio <= 1:
                raise UsageError(f"ratio must be greater than 0 and at most 1, not {self.ratio}")
        if len([key for key in LENGTH_KEYS if getattr(self, key) is not None]) != 1:
            raise UsageError("set the brief's length one way: sentences, ratio or words")
        _check_choice("method", self.method, tuple(METHODS))
        _check_choice("language", self.language, (AUTO, *LANGUAGES))
        if not isinstance(self.raw, bool):
            raise UsageError(f"raw must be true or false, not {self.raw!r}")
        for key in ("title", "source_url", "source_name"):
            _check_text(key, getattr(self, key))
            _clean_text(self, key)

    @property
    def language_code(self) -> str:
        """The language's ISO 639-1 code; English's while it is still to be found (auto)."""
        return LANGUAGES.get(self.language, "en")

    @property
    def length_label(self) -> str:
        """The length setting as a reader would say it: '3 sentences', '20%', '120 words'."""
        if self.sentences is not None:
            return f"{self.sentences} sentence{'s' if self.sentences != 1 else ''}"
        if self.ratio is not None:
            return f"{self.ratio:.0%} of the sentences"
        return f"at most {self.words} words"


@dataclass(frozen=True)
class RenderOptions:
    paper: str = "a4"
    pdf_variant: str = "pdf/ua-1"
    appendix: bool = False  # add the source article, selected sentences marked and linked
    template: str | None = None  # a user's Jinja HTML template instead of templates/note.html
    author: str | None = None  # who prepared the note: the PDF's author metadata
    marking: str | None = None  # a protective marking (OFFICIAL) printed top and bottom of every page

    def __post_init__(self) -> None:
        _check_choice("paper", self.paper, PAPERS)
        _check_choice("pdf-variant", self.pdf_variant, PDF_VARIANTS)
        if not isinstance(self.appendix, bool):
            raise UsageError(f"appendix must be true or false, not {self.appendix!r}")
        _check_text("template", self.template)
        _check_text("author", self.author)
        _check_text("marking", self.marking)
        _clean_text(self, "author")
        _clean_text(self, "marking")


@dataclass(frozen=True)
class RunOptions:
    format: str = "pdf"
    output_dir: str = "output"
    input_format: str = "auto"  # or a name in inputs.INPUT_TYPES; auto goes by suffix or content
    max_size: float = 10.0  # MB: larger inputs are refused before they are read
    jobs: int | None = None  # worker processes; None: one per CPU
    max_items: int | None = None  # the most items taken from each feed; None: all
    scheduler: str | None = None  # a Dask scheduler's address, or "local"; None (or "none"): our own workers
    jsonl: bool = False  # --format json: one JSON Lines file per input archive instead of a file per note

    def __post_init__(self) -> None:
        from .inputs import INPUT_TYPES
        from .outputs import OUTPUT_FORMATS

        _check_choice("format", self.format, tuple(OUTPUT_FORMATS))
        _check_choice("input-format", self.input_format, ("auto", *INPUT_TYPES))
        _check_text("output-dir", self.output_dir)
        if (isinstance(self.max_size, bool) or not isinstance(self.max_size, int | float)
                or not math.isfinite(self.max_size) or not 0 < self.max_size <= MAX_SIZE_LIMIT):
            raise UsageError(f"max-size must be a number of megabytes above 0 and at most {MAX_SIZE_LIMIT:,}, "
                             f"not {self.max_size!r}")
        _check_int("jobs", self.jobs, minimum=1, optional=True)
        _check_int("max-items", self.max_items, minimum=1, optional=True)
        _check_text("scheduler", self.scheduler)
        if self.scheduler is not None:  # "none" sets a config's cluster back to our own workers
            scheduler = self.scheduler.strip()
            if scheduler.lower() in ("", "none", "local"):  # the names take any case, as choices do
                scheduler = scheduler.lower()
            object.__setattr__(self, "scheduler", None if scheduler in ("", "none") else scheduler)
            _check_address(self.scheduler)
        from .remote import local_path  # a file:// URL names a folder here: never a relative "file:" one

        object.__setattr__(self, "output_dir", local_path(self.output_dir))
        if not isinstance(self.jsonl, bool):
            raise UsageError(f"jsonl must be true or false, not {self.jsonl!r}")

    @property
    def max_bytes(self) -> int:
        return int(self.max_size * 1_000_000)


@dataclass(frozen=True)
class DigestOptions:
    digest: bool = False  # all inputs into one note, stories grouped
    stories: int | None = None  # brief at most this many stories; list the rest by title
    similarity: float = 0.45  # tf-idf cosine of two articles of one story (stories.SIMILARITY)

    def __post_init__(self) -> None:
        if not isinstance(self.digest, bool):
            raise UsageError(f"digest must be true or false, not {self.digest!r}")
        _check_int("stories", self.stories, minimum=1, optional=True)
        if (isinstance(self.similarity, bool) or not isinstance(self.similarity, int | float)
                or not 0 < self.similarity <= 1):
            raise UsageError(f"similarity must be a number above 0 and at most 1, not {self.similarity!r}")


@dataclass(frozen=True)
class RecurringOptions:
    new_only: bool = False  # leave out inputs an earlier --new-only run briefed (state.py)
    state: str | None = None  # the state database; None: $XDG_STATE_HOME/briefing/state.sqlite
    since: str | None = None  # only inputs dated on or after this; kept as an ISO instant once read
    index: bool = False  # keep index.html in the output folder: every note and digest in it

    def __post_init__(self) -> None:
        from .since import parse_since

        for key in ("new_only", "index"):
            if not isinstance(getattr(self, key), bool):
                raise UsageError(f"{key.replace('_', '-')} must be true or false, not {getattr(self, key)!r}")
        _check_text("state", self.state)
        _check_text("since", self.since)
        if self.since is not None:  # an age ("24h") is fixed once, so that every worker reads one instant
            object.__setattr__(self, "since", parse_since(self.since).isoformat(timespec="seconds"))


CHOICE_KEYS = ("method", "format", "paper", "pdf_variant", "input_format", "language")


def normalize_choice(key: str, value: str) -> str:
    """A choice as the tables spell it: any case, with a method's aliases and a language's code."""
    from .methods import method_name

    if key == "method":
        return method_name(value)
    if key == "language":
        return normalize_language(value)
    return value.strip().lower()


GROUPS = {"brief": BriefOptions, "render": RenderOptions, "run": RunOptions, "digest": DigestOptions,
          "recurring": RecurringOptions}
SETTING_NAMES = tuple(f.name for group in GROUPS.values() for f in fields(group))


@dataclass(frozen=True)
class Settings:
    """All options, by group. Built from flat settings (``{"sentences": 2, "paper": "letter"}``)."""

    brief: BriefOptions = field(default_factory=BriefOptions)
    render: RenderOptions = field(default_factory=RenderOptions)
    run: RunOptions = field(default_factory=RunOptions)
    digest: DigestOptions = field(default_factory=DigestOptions)
    recurring: RecurringOptions = field(default_factory=RecurringOptions)

    def merged(self, overrides: Mapping[str, Any]) -> Settings:
        """These settings with flat ``overrides`` applied on top (``None`` values are ignored).
        A length given one way clears a length given another way below it."""
        changes = {key: value for key, value in overrides.items() if value is not None}
        unknown = sorted(set(changes) - set(SETTING_NAMES))
        if unknown:
            raise UsageError(f"unknown setting {unknown[0]!r}")
        if len([key for key in LENGTH_KEYS if key in changes]) > 1:
            raise UsageError("set the brief's length one way: sentences, ratio or words")
        if any(key in changes for key in LENGTH_KEYS):
            changes = dict.fromkeys(LENGTH_KEYS) | changes
        for key in CHOICE_KEYS:
            if isinstance(changes.get(key), str):
                changes[key] = normalize_choice(key, changes[key])
        groups = {}
        for name, group in GROUPS.items():
            own = {f.name: changes[f.name] for f in fields(group) if f.name in changes}
            groups[name] = replace(getattr(self, name), **own) if own else getattr(self, name)
        return Settings(**groups)

    def flat(self) -> dict[str, Any]:
        """Every setting by its name, as a config file or flags give them."""
        return {f.name: getattr(getattr(self, group), f.name) for group in GROUPS for f in fields(GROUPS[group])}


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
        close = difflib.get_close_matches(str(value).lower(), choices, n=1, cutoff=0.75)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise UsageError(f"unknown {key} {value!r}{hint}; choose one of: {', '.join(choices)}")


def _check_address(scheduler: str | None) -> None:
    """A scheduler's address that can be read: brackets closed, a port number in range."""
    if scheduler is None or scheduler == "local":
        return
    try:
        parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
        parts.port  # noqa: B018 (reading it checks it)
    except ValueError as error:
        raise UsageError(f"scheduler {scheduler!r} is not an address ({error}); "
                         "give one such as tcp://host:8786") from None


def _check_text(key: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise UsageError(f"{key} must be text, not {value!r}")


def _clean_text(options: object, key: str) -> None:
    """A text setting shown in the note (title, author) without what no note can hold: control
    characters become spaces, and lone surrogates (a command line's bytes that are not UTF-8)
    become U+FFFD. Set on the frozen options once, as they are made."""
    value = getattr(options, key)
    if value is not None:
        cleaned = " ".join(re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", re.sub(r"[\ud800-\udfff]", "\ufffd", value)).split())
        object.__setattr__(options, key, cleaned)
