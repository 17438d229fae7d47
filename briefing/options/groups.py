"""The option groups: every option's default, defined once, in groups by who reads them.

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

Each field is declared once, with what the command line needs to offer it (``setting``): its
help, its group in ``--help``, its placeholder. The parser, the config file's keys and the Python
API all come from these fields. Checks are in checks.py.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from briefing.errors import UsageError
from briefing.options.checks import (
    check_address,
    check_choice,
    check_int,
    check_text,
    clean_text,
    converted,
    spelled,
)

LENGTH_KEYS = ("sentences", "ratio", "words")
MAX_FACTS = 50  # more bullets than this is no longer a briefing note
MAX_SIZE_LIMIT = 1_000_000  # MB: a terabyte; larger (or infinite) caps are mistakes
HELP_GROUPS = ("input", "length", "method", "output", "the note", "batch", "digest", "cluster")


def setting(default: Any, help: str, group: str, metavar: str | None = None, short: str | None = None) -> Any:
    """A settings field, with what its flag needs: ``help`` (``{default}`` and ``{choices}`` are
    filled in), its ``group`` in --help (HELP_GROUPS), its ``metavar``, a ``short`` flag."""
    return field(default=default, metadata={"help": help, "group": group, "metavar": metavar, "short": short})


@dataclass(frozen=True)
class BriefOptions:
    sentences: int | None = setting(3, "brief length in sentences, a short quotation of several counting as one "
                                    "(default {default})", "length", "N")
    ratio: float | None = setting(None, "brief length as a fraction of the article's sentences, 0 < F <= 1, "
                                  "a short quotation of several counting as one",
                                  "length", "F")
    words: int | None = setting(None, "at most N words in the brief (whole sentences, at least one)", "length", "N")
    facts: int = setting(4, "number of key-fact bullets (default {default})", "length", "N")
    method: str = setting("newsrank", "how sentences are ranked: {names} (default {default})", "method", "NAME")
    language: str = setting("auto", "the article's language: {names}; auto: found from the text (default "
                            "{default}; another language is briefed with English rules, with a warning)", "method",
                            "LANG")
    title: str | None = setting(None, "the note's title (one input only; default: the headline, else the lede's "
                                "opening words)", "the note", "TEXT")
    source_url: str | None = setting(None, "where the article was found, for the note and its metadata (one input "
                                     "only)", "the note", "URL")
    source_name: str | None = setting(None, "the publication or site the article is from (one input only)",
                                      "the note", "NAME")
    raw: bool = setting(False, "the method's own picks for the brief, without the note's rules (captions, sentences "
                        "that lean on others, split quotations): for studying a method", "method")

    def __post_init__(self) -> None:
        check_int("sentences", self.sentences, minimum=1, optional=True)
        check_int("words", self.words, minimum=1, optional=True)
        check_int("facts", self.facts, minimum=0, maximum=MAX_FACTS)
        if self.ratio is not None:
            if isinstance(self.ratio, bool) or not isinstance(self.ratio, int | float):
                raise UsageError(f"ratio must be a number, not {self.ratio!r}")
            if not 0 < self.ratio <= 1:
                raise UsageError(f"ratio must be greater than 0 and at most 1, not {self.ratio}")
        if len([key for key in LENGTH_KEYS if getattr(self, key) is not None]) != 1:
            raise UsageError("set the brief's length one way: sentences, ratio or words")
        check_choice("method", self.method)
        check_choice("language", self.language)
        if not isinstance(self.raw, bool):
            raise UsageError(f"raw must be true or false, not {self.raw!r}")
        for key in ("title", "source_url", "source_name"):
            check_text(key, getattr(self, key))
            clean_text(self, key)

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
    paper: str = setting("a4", "{choices} (default {default})", "the note", "SIZE")
    pdf_variant: str = setting("pdf/ua-1", "{choices}: tagged for accessibility; archival and tagged; archival "
                               "(default {default})", "the note", "VARIANT")
    appendix: bool = setting(False, "add the source article after the note, quoted sentences marked and linked",
                             "the note")
    template: str | None = setting(None, "your own Jinja HTML template (CSS and images beside it may be used)",
                                   "the note", "FILE")
    author: str | None = setting(None, "who prepared the note: its source block and the PDF's author (default: "
                                 "none)", "the note", "NAME")
    marking: str | None = setting(None, "a protective marking, such as OFFICIAL, printed at the top and bottom of "
                                  "every page", "the note", "TEXT")

    def __post_init__(self) -> None:
        check_choice("paper", self.paper)
        check_choice("pdf_variant", self.pdf_variant)
        if not isinstance(self.appendix, bool):
            raise UsageError(f"appendix must be true or false, not {self.appendix!r}")
        check_text("template", self.template)
        check_text("author", self.author)
        check_text("marking", self.marking)
        clean_text(self, "author")
        clean_text(self, "marking")


@dataclass(frozen=True)
class RunOptions:
    format: str = setting("pdf", "{choices} (default {default}, or from the -o suffix)", "output", "FORMAT")
    output_dir: str = setting("output", "folder for the outputs, one per input (default {default}/)", "output", "DIR")
    input_format: str = setting("auto", "{choices}: how to read the inputs (default auto: by suffix, Content-Type "
                                "or content)", "input", "FORMAT")
    max_size: float = setting(10.0, "refuse inputs larger than this (default {default:g} MB)", "input", "MB")
    jobs: int | None = setting(None, "worker processes for several inputs (default: the number of CPUs); with "
                               "--scheduler local, the cluster's", "batch", "N")
    max_items: int | None = setting(None, "take at most N items of each RSS or Atom feed (default: all)", "input", "N")
    scheduler: str | None = setting(None, "brief on a Dask cluster: its scheduler's address (tcp://host:8786), or "
                                    "local for one on this machine; none: without Dask (default; also "
                                    "BRIEFING_SCHEDULER)", "cluster", "ADDRESS")
    jsonl: bool = setting(False, "with --format json: one JSON Lines file per input archive, a note a line", "batch")

    def __post_init__(self) -> None:
        check_choice("format", self.format)
        check_choice("input_format", self.input_format)
        check_text("output-dir", self.output_dir)
        if (isinstance(self.max_size, bool) or not isinstance(self.max_size, int | float)
                or not math.isfinite(self.max_size) or not 0 < self.max_size <= MAX_SIZE_LIMIT):
            raise UsageError(f"max-size must be a number of megabytes above 0 and at most {MAX_SIZE_LIMIT:,}, "
                             f"not {self.max_size!r}")
        check_int("jobs", self.jobs, minimum=1, optional=True)
        check_int("max-items", self.max_items, minimum=1, optional=True)
        check_text("scheduler", self.scheduler)
        if self.scheduler is not None:  # "none" sets a config's cluster back to our own workers
            scheduler = self.scheduler.strip()
            if scheduler.lower() in ("", "none", "local"):  # the names take any case, as choices do
                scheduler = scheduler.lower()
            object.__setattr__(self, "scheduler", None if scheduler in ("", "none") else scheduler)
            check_address(self.scheduler)
        if isinstance(self.output_dir, str):  # a file:// URL names a folder here: never a relative "file:" one
            object.__setattr__(self, "output_dir", converted("output_dir", self.output_dir))
        if not isinstance(self.jsonl, bool):
            raise UsageError(f"jsonl must be true or false, not {self.jsonl!r}")

    @property
    def max_bytes(self) -> int:
        return int(self.max_size * 1_000_000)


@dataclass(frozen=True)
class DigestOptions:
    digest: bool = setting(False, "all inputs into one note (default output/digest.<format>): articles about the "
                           "same story grouped, each story briefed from all its articles, nothing said twice",
                           "digest")
    stories: int | None = setting(None, "with --digest: brief at most N stories and list the rest by title "
                                  "(default: all)", "digest", "N")
    similarity: float = setting(0.45, "with --digest: how alike two articles must be to be one story, the cosine "
                                "of their words' tf-idf, 0 < F <= 1; higher merges fewer (default {default})",
                                "digest", "F")

    def __post_init__(self) -> None:
        if not isinstance(self.digest, bool):
            raise UsageError(f"digest must be true or false, not {self.digest!r}")
        check_int("stories", self.stories, minimum=1, optional=True)
        if (isinstance(self.similarity, bool) or not isinstance(self.similarity, int | float)
                or not 0 < self.similarity <= 1):
            raise UsageError(f"similarity must be a number above 0 and at most 1, not {self.similarity!r}")


@dataclass(frozen=True)
class RecurringOptions:
    new_only: bool = setting(False, "leave out inputs an earlier --new-only run briefed (feed items by guid or link, "
                             "pages by final address, archive lines by id, files by content); nothing new: one "
                             "line, exit 0", "batch")
    state: str | None = setting(None, "the database --new-only remembers in (default "
                                "$XDG_STATE_HOME/briefing/state.sqlite)", "batch", "FILE")
    since: str | None = setting(None, "only inputs dated on or after WHEN: 2026-02-12, '2026-02-12 08:00', 24h, 3d "
                                "(undated inputs are kept and counted)", "batch", "WHEN")
    index: bool = setting(False, "keep index.html in the output folder: every note and digest in it, newest "
                          "first (-o and --output-dir also take {{date}}, {{time}} and {{title}})", "batch")

    def __post_init__(self) -> None:
        for key in ("new_only", "index"):
            if not isinstance(getattr(self, key), bool):
                raise UsageError(f"{key.replace('_', '-')} must be true or false, not {getattr(self, key)!r}")
        check_text("state", self.state)
        check_text("since", self.since)
        if self.since is not None:  # an age ("24h") is fixed once, so that every worker reads one instant
            object.__setattr__(self, "since", converted("since", self.since))


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
        changes = {key: spelled(key, value) for key, value in changes.items()}  # as the tables spell them
        groups = {}
        for name, group in GROUPS.items():
            own = {f.name: changes[f.name] for f in fields(group) if f.name in changes}
            groups[name] = replace(getattr(self, name), **own) if own else getattr(self, name)
        return Settings(**groups)

    def flat(self) -> dict[str, Any]:
        """Every setting by its name, as a config file or flags give them."""
        return {f.name: getattr(getattr(self, group), f.name) for group in GROUPS for f in fields(GROUPS[group])}


