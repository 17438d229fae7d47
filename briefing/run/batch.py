"""Many inputs briefed in worker processes: each read, briefed and rendered in a worker, its
Outcome sent back; a worker's death pinned on its input.

Workers only brief and render; the caller writes every file (atomically), so stopping the workers
at any moment, Ctrl-C included, can never leave a partial output behind (workers.py).
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial

from briefing.errors import BriefingError, InputError, InternalError, UsageError
from briefing.model import STDIN, Article, Briefing, Source
from briefing.options import Settings
from briefing.read.sources import load_source, read_source
from briefing.render.formats import render
from briefing.run.screening import input_key, screen, screen_article
from briefing.run.since import OLDER, UNDATED
from briefing.run.workers import Death, run_in_workers
from briefing.summarize.pipeline import make_briefing


@dataclass(frozen=True)
class Briefed:
    """A note made: rendered (``data``); kept whole for a digest (``note``); or already written by
    a cluster's worker (``written``) or into its archive's JSON Lines file (neither)."""

    source: str
    data: bytes | None = None
    title: str | None = None  # the note's title, which names the output of a URL or a feed item
    note: Briefing | None = None  # for a digest: the note itself, not rendered
    stem: str | None = None  # what its input asks its output to be named after (an archive line's id)
    written: str | None = None  # where a cluster's worker has written the note already
    key: str | None = None  # what --new-only remembers its input by (screening.input_key)
    undated: bool = False  # it says no date, and --since kept it
    remarks: tuple[str, ...] = ()  # what the note says of itself in its colophon, in English, for stderr


@dataclass(frozen=True)
class Failed:
    """An input that could not be briefed, or its note not written; the batch goes on."""

    source: str
    error: BriefingError
    detail: str | None = None  # the traceback of an internal error, for --debug


@dataclass(frozen=True)
class Expanded:
    """An input that holds others (a feed's items), briefed next."""

    source: str
    children: tuple[Source, ...]


@dataclass(frozen=True)
class LeftOut:
    """An input a morning run leaves out: briefed before, older than --since (screening.py)."""

    source: str
    why: str


Outcome = Briefed | Failed | Expanded | LeftOut  # what became of one input


@dataclass(frozen=True)
class Landed:
    """A file gathering many notes is complete (an archive's JSON Lines, --jsonl). Its notes
    count as written from now: their outcomes came with neither data nor ``written``."""

    path: str
    notes: int


@dataclass(frozen=True)
class Found:
    """Inputs found inside others without being listed one by one (an archive's lines, counted
    on a cluster's workers): the batch is that much larger."""

    count: int


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def brief_one(
    source: Source, settings: Settings, stdin: bytes | None = None, created: datetime | None = None
) -> Outcome:
    """Brief and render one input, or list the inputs it holds (a feed's items); errors are
    returned, not raised, so a batch goes on. ``created``: the notes' time, when the run fixes it
    (a cluster's, so that a task run again gives the same bytes)."""
    name = source.name
    try:
        if name == STDIN and source.data is None:
            source = replace(source, data=stdin)
        read = _read(source, settings)
        if not isinstance(read, tuple):
            return read
        found, key, undated = read
        note = make_briefing(found, settings.brief)
        if created is not None:
            note = replace(note, created=created)
        if settings.digest.digest:  # the digest is made and rendered once all notes are in
            return Briefed(name, title=note.title, note=note, key=key, undated=undated)
        data = render(note, settings.run.format, settings.render)
        return Briefed(name, data=data, title=note.title, stem=source.output_stem, key=key, undated=undated,
                       remarks=tuple(f"{found.source}: {remark}" for remark in note.remarks))
    except BriefingError as error:
        return Failed(name, error, detail=traceback.format_exc())
    except Exception as error:  # a bug: report it for this input and let the batch go on
        message = f"internal error: {type(error).__name__}: {error}"
        return Failed(name, InternalError(message, source=name), detail=traceback.format_exc())


def _read(source: Source, settings: Settings) -> tuple[Article, str | None, bool] | LeftOut | Expanded:
    """The article, what --new-only remembers it by and whether it is undated; or the outcome
    of an input left out (screening.py) or holding others (a feed's items)."""
    left_out = screen(source, settings.recurring)  # by what its container says: nothing fetched
    if left_out is None and settings.recurring.new_only:
        source = load_source(source, max_bytes=settings.run.max_bytes)
        left_out = screen(source, settings.recurring)
    if left_out is not None:
        return LeftOut(source.name, left_out)
    requested = settings.run.input_format if source.found_in is None else "auto"  # a feed's items are what they are
    found = read_source(source, max_bytes=settings.run.max_bytes, input_format=requested)
    if not isinstance(found, Article):
        return Expanded(source.name, found)
    dating = screen_article(found.published, source, settings.recurring)
    if dating == OLDER:
        return LeftOut(source.name, dating)
    return found, input_key(source), dating == UNDATED


def run(
    sources: Sequence[Source], settings: Settings, *, stdin: bytes | None = None, one_note: bool = False
) -> Generator[Outcome, None, None]:
    """Outcomes in the order the work finishes, from ``settings.run.jobs`` worker processes
    (one per CPU by default). ``stdin`` holds what standard input gave, for the input ``-``. An
    input whose worker dies (the out-of-memory killer, a crash) fails alone: the worker is
    replaced and the batch goes on. The items of a feed (at most ``max_items`` of each) are
    briefed in a round after the inputs that named them; an item named twice is briefed once.
    ``one_note``: the run makes one note (-o), so a feed of several items is an error."""
    seen = {source.name for source in sources}
    jobs = settings.run.jobs or default_jobs()
    while sources:
        found: list[Source] = []
        for finished in _one_round(sources, settings, stdin, jobs):
            outcome = _refused_if_many(finished) if one_note else finished
            if not isinstance(outcome, Expanded):
                yield outcome
                continue
            children = tuple(child for child in outcome.children[: settings.run.max_items] if child.name not in seen)
            seen.update(child.name for child in children)
            found.extend(children)
            yield replace(outcome, children=children)
        sources = found


def _refused_if_many(outcome: Outcome) -> Outcome:
    if not isinstance(outcome, Expanded) or len(outcome.children) <= 1:
        return outcome
    message = f"holds {len(outcome.children)} items, and -o takes one note; use --output-dir for a note each"
    return Failed(outcome.source, UsageError(message, source=outcome.source))


def _one_round(sources: Sequence[Source], settings: Settings, stdin: bytes | None, jobs: int) -> Iterator[Outcome]:
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield brief_one(source, settings, stdin)
        return
    work = partial(brief_one, settings=settings, stdin=stdin)
    for source, outcome in run_in_workers(work, sources, processes=min(jobs, len(sources))):
        yield _died(source.name, outcome) if isinstance(outcome, Death) else outcome


def _died(source: str, death: Death) -> Outcome:
    if death.signal_name == "SIGKILL":  # what the out-of-memory killer sends
        error: BriefingError = InputError(
            "the worker process briefing it was killed (SIGKILL; out of memory?)", source=source)
    elif death.signal_name is not None:
        error = InternalError(f"the worker process briefing it crashed ({death.signal_name})", source=source)
    else:
        error = InternalError(f"the worker process briefing it exited (code {death.exitcode})", source=source)
    return Failed(source, error)
