"""JSONL article archives: one article a line, each line a JSON record (records.py) and an input of
its own.

Lines are numbered from 1 as an editor numbers them, blank lines included (they give no note). A
line is named ``<archive>:<line>`` in errors and in its note, and its output after its ``id``, else
``<archive stem>-<line>``. A line longer than ``--max-size`` is refused alone, from its first bytes.

An archive is read in spans, so that a cluster's workers can each read a part without the client
reading any (cluster.py): a plain archive is cut by bytes, a line belonging to the span its first
byte is in (Hadoop's and dask.bag's rule); a ``.jsonl.gz`` cannot be entered in the middle, so its
spans are ranges of lines, each read by decompressing from the start. An archive named by an
fsspec URL (``s3://``) is opened with fsspec, which only the cluster extra installs.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO

from briefing.errors import InputError
from briefing.io.names import safe_stem
from briefing.model import Source
from briefing.read.records import load_record, text_field

SUFFIXES = (".jsonl.gz", ".jsonl")  # the longer first
JSONL_SUFFIX = ".jsonl"  # of a file gathering an archive's notes (--jsonl)
RECORD_MEDIA_TYPE = "application/json"  # a line's media type: the record input type parses it
SPAN_BYTES = 4 << 20  # a span a worker indexes: about a thousand news articles
GZIP_MAGIC = b"\x1f\x8b"


def is_archive(name: str, input_format: str = "auto") -> bool:
    return input_format == "jsonl" or (input_format == "auto" and name.lower().endswith(SUFFIXES))


def archive_stem(name: str) -> str:
    """What the outputs of an archive's lines without an id are named after: ``2026-03`` for
    ``in/2026-03.jsonl.gz`` or ``s3://bucket/2026-03.jsonl``, ``stdin`` for standard input."""
    if name == "-":
        return "stdin"
    base = PurePosixPath(name.split("://", 1)[-1]).name
    suffix = next((suffix for suffix in SUFFIXES if base.lower().endswith(suffix)), None)
    return safe_stem(base[: -len(suffix)] if suffix else PurePosixPath(base).stem)


def line_stem(stem: str, number: int, identifier: str | None) -> str:
    return safe_stem(identifier) if identifier else f"{stem}-{number}"


@dataclass(frozen=True)
class Span:
    """Part of an archive: bytes [start, stop) of a plain one; lines [start, stop) of a gzipped
    one (stop None: to the end). ``first_line`` is the number of its first line, once the spans
    before it are counted. ``location`` is what a reader opens (an absolute path or a URL),
    ``name`` the archive as the user named it."""

    location: str
    name: str
    start: int
    stop: int | None
    first_line: int = 1

    @property
    def gzipped(self) -> bool:
        return self.location.lower().endswith(".gz")


@dataclass(frozen=True)
class SpanIndex:
    """What a worker tells of a span without its text: each line's id (None: none, or blank),
    the blank lines, and where every ``every``-th line starts (bytes, or a line number in a
    gzipped archive), so that the span can be cut into chunks of lines."""

    ids: tuple[str | None, ...]
    blank: frozenset[int]  # offsets in the span
    starts: tuple[int, ...]  # the start of lines 0, every, 2 × every, …

    @property
    def lines(self) -> int:
        return len(self.ids)


def plan_spans(location: str, name: str, *, span_bytes: int = SPAN_BYTES) -> list[Span]:
    """The spans of an archive, from its size alone."""
    if location.lower().endswith(".gz"):
        return [Span(location, name, 0, None)]
    size = _size(location, name)
    return [Span(location, name, start, min(start + span_bytes, size)) for start in range(0, max(size, 1), span_bytes)]


def read_lines(span: Span, *, max_bytes: int) -> Iterator[tuple[int, bytes]]:
    """(position, line) for each line of ``span``, without its line end; the position is where it
    starts (a byte, or a line number when gzipped). A line over ``max_bytes`` is cut at one byte
    more, which tells it is too long (as reading.read_capped does)."""
    with _opened(span) as raw:
        if span.gzipped:
            stream = gzip.GzipFile(fileobj=raw)
            for number, line in enumerate(iter(lambda: _capped_line(stream, max_bytes), None)):
                if span.stop is not None and number >= span.stop:
                    return
                if number >= span.start:
                    yield number, line
            return
        if span.start > 0:  # the line running into the span belongs to the span before
            raw.seek(span.start - 1)
            _capped_line(raw, 0)
        assert span.stop is not None
        while (position := raw.tell()) < span.stop:
            found = _capped_line(raw, max_bytes)
            if found is None:
                return
            yield position, found


def index_span(span: Span, *, every: int, max_bytes: int) -> SpanIndex:
    """Count a span's lines and read their ids (a worker does this; no text leaves it)."""
    ids: list[str | None] = []
    blank: set[int] = set()
    starts: list[int] = []
    for offset, (position, line) in enumerate(read_lines(span, max_bytes=max_bytes)):
        if offset % every == 0:
            starts.append(position)
        if not line.strip():
            blank.add(offset)
        ids.append(record_id(line))
    return SpanIndex(tuple(ids), frozenset(blank), tuple(starts))


def record_id(line: bytes) -> str | None:
    if b'"id"' not in line:
        return None
    try:
        return text_field(load_record(line), "id")
    except InputError:
        return None  # the line's own error is reported when it is briefed


def line_sources(span: Span, *, max_bytes: int) -> Iterator[Source]:
    """Each non-blank line of ``span`` as an input, its record in hand."""
    stem = archive_stem(span.name)
    for offset, (_, line) in enumerate(read_lines(span, max_bytes=max_bytes)):
        if line.strip():
            yield line_source(span.name, stem, span.first_line + offset, line)


def line_source(archive: str, stem: str, number: int, line: bytes) -> Source:
    """A line as an input; --new-only remembers it by its ``id`` (else by its text)."""
    identifier = record_id(line)
    return Source(f"{archive}:{number}", line, RECORD_MEDIA_TYPE, found_in=archive,
                  output_stem=line_stem(stem, number, identifier), key=f"id:{identifier}" if identifier else None)


def local_sources(path: str, *, max_bytes: int) -> Iterator[Source]:
    """The lines of an archive file as inputs, read in one pass (the local runner)."""
    location = os.path.abspath(path)
    stop = None if location.lower().endswith(".gz") else _size(location, path)
    yield from line_sources(Span(location, path, 0, stop), max_bytes=max_bytes)


def read_archives(names: Sequence[str], *, max_bytes: int) -> tuple[list[Source], list[InputError]]:
    """The lines of archive files as inputs, and what kept an archive from being read (the lines
    read before it stay)."""
    lines: list[Source] = []
    problems: list[InputError] = []
    for name in names:
        count = len(lines)
        try:
            lines.extend(local_sources(name, max_bytes=max_bytes))
        except InputError as error:
            problems.append(error)
            continue
        if len(lines) == count:
            problems.append(InputError("is an archive with no lines", source=name))
    return lines, problems


def archive_sources(data: bytes, source: str) -> tuple[Source, ...]:
    """The input type's expansion, for an archive whose bytes are in hand (fetched, or standard
    input): each line an input of its own."""
    if data.startswith(GZIP_MAGIC):
        raise InputError("is a gzipped archive: give it as a file")
    stem = archive_stem(source)
    lines = data.split(b"\n")
    found = tuple(line_source(source, stem, number, line.rstrip(b"\r"))
                  for number, line in enumerate(lines, start=1) if line.strip())
    if not found:
        raise InputError("is an archive with no lines")
    return found


def _capped_line(stream: IO[bytes] | gzip.GzipFile, max_bytes: int) -> bytes | None:
    """The next line without its end, cut at ``max_bytes`` + 1 bytes (the rest is skipped), or
    None at the end of the stream."""
    line = stream.readline(max_bytes + 2)
    if not line:
        return None
    if len(line) == max_bytes + 2 and not line.endswith(b"\n"):  # too long: skip the rest of it
        while (rest := stream.readline(1 << 16)) and not rest.endswith(b"\n"):
            pass
    return line.rstrip(b"\r\n")[: max_bytes + 1]


def _size(location: str, name: str) -> int:
    try:
        if "://" not in location:
            return os.path.getsize(location)
        from briefing.io.remote import filesystem

        fs, path = filesystem(location)
        return int(fs.size(path))
    except FileNotFoundError:
        raise InputError("no such file", source=name) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=name) from None


@contextmanager
def _opened(span: Span) -> Iterator[IO[bytes]]:
    """The archive open for reading; what goes wrong is one InputError naming it."""
    try:
        if "://" not in span.location:
            with open(span.location, "rb") as stream:
                yield stream
            return
        from briefing.io.remote import open_remote

        with open_remote(span.location) as stream:
            yield stream
    except FileNotFoundError:
        raise InputError("no such file", source=span.name) from None
    except PermissionError:
        raise InputError("permission denied", source=span.name) from None
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise InputError(f"is not a whole gzip file ({error or 'cut short'})", source=span.name) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=span.name) from None
