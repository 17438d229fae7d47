"""What runs on a Dask cluster's workers (cluster.py sends it): module-level functions and frozen
data, so that a task carries a reference to code the workers import, never the code itself.

A task reads its inputs, briefs them and writes the notes, and sends back one small Outcome per
input: never an article's text, never a note, except the note of an input named after its title
(a URL, a feed item), which the client names and writes. A task run again (its worker died) writes
the same names with the same bytes, since the client fixes the notes' time; only the run whose
answer arrives is counted.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from distributed import Event
from distributed.diagnostics.plugin import WorkerPlugin

from briefing.errors import BriefingError, InputError, OutputError
from briefing.io.atomic import AtomicFile
from briefing.io.remote import filesystem, is_remote, store
from briefing.model import Source
from briefing.options import Settings
from briefing.read.archives import Span, SpanIndex, index_span, line_sources
from briefing.read.sources import read_file, read_remote
from briefing.render.templating import TEMPLATES_DIR
from briefing.run.batch import Briefed, Failed, Outcome, brief_one
from briefing.run.jsonl import as_line

CANCEL_CHECK_SECONDS = 0.5  # a look at the run's cancel event costs the scheduler a message


@dataclass(frozen=True)
class Job:
    """One input: ``location`` is where a worker reads it (an absolute path or a URL; None: a
    URL to fetch, or data in hand); the note goes to ``destination``, printed as ``shown``, or
    back to the client when None."""

    source: Source
    location: str | None
    destination: str | None
    shown: str | None = None


@dataclass(frozen=True)
class Lines:
    """Lines of an archive: ``names`` of its non-blank lines, in order, and their notes'
    ``destinations``, or one ``part`` file for them all (--jsonl). ``only``: the one line to
    brief, when a chunk is tried line by line after its worker died."""

    span: Span
    names: tuple[str, ...]
    destinations: tuple[str, ...] | None
    shown: tuple[str, ...] | None
    part: str | None = None
    only: int | None = None


Chunk = tuple[Job, ...] | Lines


def brief_chunk(chunk: Chunk, settings: Settings, created: datetime, cancel: str) -> list[Outcome]:
    """Brief a chunk; each input's error is its Outcome, so the batch goes on. A cancelled run
    stops between two notes."""
    outcomes: list[Outcome] = []
    event = Event(cancel)
    if event.is_set():  # queued before the run was stopped
        return outcomes
    checked = time.monotonic()
    for outcome in _briefed(chunk, settings, created):
        outcomes.append(outcome)
        if time.monotonic() - checked > CANCEL_CHECK_SECONDS:
            checked = time.monotonic()
            if event.is_set():
                break
    if isinstance(chunk, Lines) and chunk.part is not None:
        return _write_part(chunk.part, outcomes)
    return outcomes


def _briefed(chunk: Chunk, settings: Settings, created: datetime) -> Iterator[Outcome]:
    if isinstance(chunk, Lines):
        lines = line_sources(chunk.span, max_bytes=settings.run.max_bytes)
        for number, (source, name) in enumerate(zip(lines, chunk.names, strict=True)):
            if chunk.only is not None and number != chunk.only:
                continue
            if source.name != name:
                raise InputError("changed while it was read", source=chunk.span.name)
            destination = chunk.destinations[number] if chunk.destinations else None
            shown = chunk.shown[number] if chunk.shown else None
            yield _brief(Job(source, None, destination, shown), settings, created, keep=chunk.part is not None)
        return
    for job in chunk:
        yield _brief(job, settings, created)


def _brief(job: Job, settings: Settings, created: datetime, *, keep: bool = False) -> Outcome:
    """One input read, briefed and written; ``keep``: its note goes back in the Outcome."""
    source = job.source
    if job.location is not None:
        try:
            source = replace(source, data=_read(job.location, settings.run.max_bytes, source.name))
        except BriefingError as error:
            return Failed(source.name, error)
    outcome = brief_one(source, settings, created=created)
    if not isinstance(outcome, Briefed) or outcome.data is None or job.destination is None or keep:
        return outcome
    try:
        store(job.destination, outcome.data)
    except OutputError as error:
        return Failed(source.name, error)
    return Briefed(source.name, written=job.shown or job.destination, remarks=outcome.remarks)


def _read(location: str, max_bytes: int, shown: str) -> bytes:
    if is_remote(location):
        return read_remote(location, max_bytes=max_bytes, source=shown)
    return read_file(Path(location), max_bytes=max_bytes, shown=shown)


def _write_part(part: str, outcomes: list[Outcome]) -> list[Outcome]:
    """The chunk's notes, in line order, as one part of its archive's JSON Lines file."""
    lines = b"".join(as_line(outcome.data) for outcome in outcomes if isinstance(outcome, Briefed) and outcome.data)
    try:
        store(part, lines)
    except OutputError as error:
        return [outcome if isinstance(outcome, Failed) else Failed(outcome.source, error) for outcome in outcomes]
    return [replace(outcome, data=None) if isinstance(outcome, Briefed) else outcome for outcome in outcomes]


def index(span: Span, every: int, max_bytes: int) -> SpanIndex | InputError:
    try:
        return index_span(span, every=every, max_bytes=max_bytes)
    except InputError as error:
        return error


def join_parts(parts: list[str], destination: str, folder: str) -> OutputError | None:
    """An archive's JSON Lines file from its parts, in order, then the parts' folder removed:
    on a file system through a temporary renamed into place, on an object store as one upload
    that appears when complete."""
    try:
        if is_remote(destination):
            fs, path = filesystem(destination)
            with fs.open(path, "wb") as stream:
                for part in parts:
                    stream.write(fs.cat_file(filesystem(part)[1]))
            fs.rm(filesystem(folder)[1], recursive=True)
            return None
        with AtomicFile(Path(destination)) as file:
            for part in parts:
                file.write(Path(part).read_bytes())
        for leftover in Path(folder).iterdir():
            leftover.unlink()
        Path(folder).rmdir()
    except OutputError as error:
        return error
    except OSError as error:
        return OutputError(f"cannot write: {error.strerror or error}", source=destination)
    return None


def probe(folder: str, token: str) -> str:
    """A worker's side of checking that ``folder`` is shared: it must see the client's probe
    file, and writes its own for the client to see; its name, or "" when the client's is not there."""
    try:
        if Path(folder, f".briefing-probe-{token}").read_text() != token:
            return ""
        mine = Path(folder, f".briefing-probe-{token}-{os.getpid()}-{threading.get_ident()}")
        mine.write_text(token)
    except OSError:
        return ""
    return mine.name


@cache
def fingerprint() -> str:
    """What tells this briefing from another: a hash of its code and templates (laid out in a
    source checkout or installed), which a worker started before a change or an upgrade would not
    match."""
    digest = hashlib.sha256()
    code = Path(__file__).resolve().parent.parent  # the whole package, every layer
    for path in sorted(code.rglob("*.py")):
        digest.update(str(path.relative_to(code)).encode() + path.read_bytes())
    for path in sorted(TEMPLATES_DIR.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(TEMPLATES_DIR)).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


class Warm(WorkerPlugin):
    """Set up in every worker, those that join or restart later too: Ctrl-C left to the client
    (a terminal sends it to a local cluster's workers as well), and the imports done before the
    first task (WeasyPrint for PDF), so that no chunk pays for them."""

    name = "briefing-warm"

    def __init__(self, format: str) -> None:
        self.format = format
        self.client_process = os.getpid()

    def setup(self, worker: Any) -> None:
        # Only a worker process of its own: a worker inside the client's process (an in-process
        # cluster) must leave the client's Ctrl-C alone, whichever thread sets it up.
        if os.getpid() != self.client_process and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        from briefing.render import formats  # noqa: F401  Jinja
        from briefing.summarize import pipeline  # noqa: F401  sumy, syntok, numpy

        if self.format == "pdf":
            import weasyprint  # noqa: F401
