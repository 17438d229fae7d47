"""What the server's worker processes do: read, brief and render one request's articles.

A Job comes in, a Made (the bytes) or a Refused (the command line's message and an HTTP status)
goes back: a worker never raises, so one bad article never costs the pool a worker. ``warm`` runs
once in each worker as it starts: every module a note needs is imported and one note rendered to
PDF, so WeasyPrint's fonts and styles are loaded before the first request comes.

Nothing here knows HTTP beyond the status a refusal carries; the web layer above builds Jobs.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from briefing.digest.make import Digest, digest_of
from briefing.errors import BriefingError, InputError, UsageError
from briefing.model import Article, Briefing
from briefing.options import RenderOptions, Settings
from briefing.read.sources import read_article
from briefing.render.formats import OUTPUT_FORMATS, render, render_digest
from briefing.summarize.pipeline import make_briefing
from briefing.text.languages import AUTO

# A refusal's HTTP status: a bad request (options, a URL that is not http(s)) or an article that
# cannot be briefed (empty, unreadable, at a refused address); anything else is our fault.
STATUS = ((UsageError, 400), (InputError, 422))
WARM_ARTICLE = (
    "Harbour city approves flood barrier\n\n"
    "The city council approved a flood barrier on Tuesday after a year of debate about its cost. "
    "The barrier will protect two thousand homes near the harbour from storm surges. "
    "Construction is expected to start in the spring and to take three years."
)


@dataclass(frozen=True)
class Given:
    """One article as a request gives it: pasted text or an uploaded file under a name (its
    bytes in ``data``), or an http(s) URL to fetch (``data`` None)."""

    name: str
    data: bytes | None = None


@dataclass(frozen=True)
class Job:
    given: tuple[Given, ...]
    settings: Settings  # the server's settings with the request's options on top
    format: str  # a name in OUTPUT_FORMATS
    digest: bool = False  # all articles into one digest, else exactly one article
    keep: bool = False  # send back the Briefing or Digest too, to render again later (the page's downloads)
    auto_language: bool = False  # each article's language guessed, not settings.brief.language
    public_only: bool = True  # URLs only to public addresses (addresses.py)


@dataclass(frozen=True)
class Made:
    data: bytes
    media_type: str
    title: str
    kept: Briefing | Digest | None = None


@dataclass(frozen=True)
class Refused:
    message: str
    status: int


def warm() -> None:
    """Import and exercise everything a note needs, once, as a worker starts."""
    note = make_briefing(WARM_ARTICLE)
    for name in OUTPUT_FORMATS:
        render(note, name)


def run(job: Job) -> Made | Refused:
    """The job's note or digest, rendered; or why not, in the command line's words."""
    return _answering(_run, job)


def rerender(kept: Briefing | Digest, format: str, options: RenderOptions) -> Made | Refused:
    """A note or digest made earlier, in another format."""
    return _answering(_rerender, kept, format, options)


def _answering(work: Callable[..., Made], *arguments: object) -> Made | Refused:
    try:
        return work(*arguments)
    except BriefingError as error:
        status = next((code for kind, code in STATUS if isinstance(error, kind)), 500)
        return Refused(str(error), status)
    except Exception as error:  # a bug: one line for the client, the traceback for the server's log
        traceback.print_exc()
        return Refused(f"internal error: {type(error).__name__}: {error}", 500)


def _run(job: Job) -> Made:
    if not job.given:
        raise UsageError("give an article: text, a URL or a file")
    if not job.digest and len(job.given) > 1:
        raise UsageError(f"{len(job.given)} articles given, and a note takes one; ask for a digest of them")
    settings = job.settings
    notes = [_briefed(given, job) for given in job.given]
    media_type = OUTPUT_FORMATS[job.format].media_type
    if not job.digest:
        note = notes[0]
        return Made(render(note, job.format, settings.render), media_type, note.title, note if job.keep else None)
    brief = settings.brief
    if job.auto_language:  # the digest's labels in the language most of its articles are in
        brief = replace(brief, language=Counter(note.options.language for note in notes).most_common(1)[0][0])
    digest = digest_of(notes, brief, settings.digest)
    data = render_digest(digest, job.format, settings.render)
    return Made(data, media_type, digest.title, digest if job.keep else None)


def _briefed(given: Given, job: Job) -> Briefing:
    settings = job.settings
    options = settings.brief
    if job.digest:  # a digest's title is the digest's, not each article's
        options = replace(options, title=None, source_url=None, source_name=None)
    article = _read(given, job)
    if job.auto_language:  # found by make_briefing, which says so in the note's JSON
        options = replace(options, language=AUTO)
    return make_briefing(article, options)


def _read(given: Given, job: Job) -> Article:
    run = job.settings.run
    return read_article(given.name, data=given.data, max_bytes=run.max_bytes, input_format=run.input_format,
                        public_only=job.public_only)


def _rerender(kept: Briefing | Digest, format: str, options: RenderOptions) -> Made:
    media_type = OUTPUT_FORMATS[format].media_type
    if isinstance(kept, Digest):
        return Made(render_digest(kept, format, options), media_type, kept.title)
    return Made(render(kept, format, options), media_type, kept.title)
