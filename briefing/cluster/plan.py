"""What a cluster run sends out (cluster.py): inputs in chunks, with their destinations, and the
lines of JSONL archives, counted and named without their text reaching the client.

A future costs the client and the scheduler about as much as briefing a short article to JSON, so
inputs go out in chunks: enough for every worker thread to get several (the last ones short), at
most CHUNK_INPUTS (fewer for PDF, which takes about 0.1 s a note).

Archives: the workers index spans of each archive (its lines' ids, which lines are blank, where
every few lines start); the client numbers the lines, names their outputs after the other inputs
in input order (the local runner's rule, archives.name_lines), and cuts the spans into chunks of
lines. A gzipped archive is read from its start by each chunk, so it is cut into fewer, longer
chunks (at most 4 per worker thread).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefing.cluster.tasks import Chunk, Job, Lines, index
from briefing.errors import InputError
from briefing.io.fetch import is_url
from briefing.io.remote import is_remote, joined
from briefing.model import STDIN, Source
from briefing.options import RunOptions
from briefing.read.archives import JSONL_SUFFIX, Span, SpanIndex, archive_stem, line_stem, plan_spans

CHUNK_INPUTS = {"pdf": 5}  # by format; others:
DEFAULT_CHUNK_INPUTS = 50
CHUNKS_PER_THREAD = 8
GZIP_CHUNKS_PER_THREAD = 4


def chunk_size(count: int, *, format: str, threads: int, step: int = 1) -> int:
    """Inputs per chunk for ``count`` inputs: a multiple of ``step``."""
    most = CHUNK_INPUTS.get(format, DEFAULT_CHUNK_INPUTS)
    size = min(most, max(1, math.ceil(count / (CHUNKS_PER_THREAD * threads))))
    return max(step, size // step * step)


@dataclass(frozen=True)
class Join:
    """The task that joins an archive's parts into its JSON Lines file."""

    archive: str


@dataclass
class Archive:
    """An archive on its way: its chunks, and with --jsonl its file and the parts still to come."""

    name: str
    chunks: list[Lines]
    destination: str | None = None  # --jsonl: the gathered file, as workers write it ...
    shown: str = ""  # ... and as it is printed
    parts_folder: str | None = None
    parts: list[str] = field(default_factory=list)  # in line order
    ids: list[tuple[str | None, ...]] = field(default_factory=list)  # each chunk's lines' ids, until named
    remaining: int = 0  # chunks not answered yet
    notes: int = 0

    @property
    def lines(self) -> int:
        return sum(len(chunk.names) for chunk in self.chunks)

    def split(self, chunk: Lines, singles: Sequence[Lines]) -> None:
        """A chunk retried line by line: its part becomes theirs."""
        self.remaining += len(singles) - 1
        if chunk.part in self.parts:
            at = self.parts.index(chunk.part)
            self.parts[at : at + 1] = [single.part for single in singles if single.part]

    def answered(self, notes: int) -> bool:
        """A chunk answered with ``notes`` written; True when the file is to be joined (the
        parts of chunks that failed whole are not there, and are passed over)."""
        self.remaining -= 1
        self.notes += notes
        return self.destination is not None and self.remaining == 0 and self.notes > 0


def plan_jobs(sources: Sequence[Source], destinations: Mapping[str, Path | None], stdin: bytes | None, folder: str,
              *, format: str, threads: int) -> list[Chunk]:
    """Chunks of inputs, each with where a worker reads it and writes its note."""
    jobs = []
    for named in sources:
        source = replace(named, data=stdin) if named.name == STDIN else named
        location = None if source.data is not None or is_url(source.name) else (
            source.name if is_remote(source.name) else os.path.abspath(source.name))
        path = destinations.get(source.name)
        jobs.append(Job(source, location, *_where(path, folder)) if path is not None else Job(source, location, None))
    size = chunk_size(len(jobs), format=format, threads=threads)
    return [tuple(jobs[start : start + size]) for start in range(0, len(jobs), size)]


def plan_archives(
    client: Any, archives: Sequence[str], names: Any, options: RunOptions, *, run_id: str, threads: int
) -> tuple[list[Archive], list[InputError]]:
    """Index the archives on the workers, then name and cut their lines. ``names`` is the
    plan's OutputNames, which has named the other inputs already."""
    spans = {name: plan_spans(name if is_remote(name) else os.path.abspath(name), name) for name in archives}
    step = max(1, CHUNK_INPUTS.get(options.format, DEFAULT_CHUNK_INPUTS) // 10)
    every_span = [span for found in spans.values() for span in found]
    indexes = iter(client.gather(client.map(index, every_span, every=step, max_bytes=options.max_bytes, pure=False)))
    found: list[Archive] = []
    problems: list[InputError] = []
    counted: list[tuple[str, list[Span], list[SpanIndex]]] = []
    for name, parts in spans.items():
        answers = [next(indexes) for _ in parts]
        failure = next((answer for answer in answers if isinstance(answer, InputError)), None)
        if failure is not None:
            problems.append(failure)
            continue
        counted.append((name, parts, [answer for answer in answers if isinstance(answer, SpanIndex)]))
    total = sum(index.lines - len(index.blank) for _, _, found_indexes in counted for index in found_indexes)
    size = chunk_size(total, format=options.format, threads=threads, step=step)
    for name, parts, span_indexes in counted:
        archive = _archive(name, parts, span_indexes, size=size, step=step, threads=threads)
        if not archive.chunks:
            problems.append(InputError("is an archive with no lines", source=name))
            continue
        _name(archive, names, options, run_id=run_id)
        found.append(archive)
    return found, problems


def _archive(name: str, spans: list[Span], indexes: list[SpanIndex], *, size: int, step: int, threads: int) -> Archive:
    """The archive's non-blank lines in chunks of ``size`` (longer for a gzipped one)."""
    chunks, ids = [], []
    first_line = 1
    for span, found in zip(spans, indexes, strict=True):
        per_chunk = max(size, math.ceil(found.lines / (GZIP_CHUNKS_PER_THREAD * threads))) if span.gzipped else size
        for start in range(0, found.lines, per_chunk):
            stop = min(start + per_chunk, found.lines)
            if span.gzipped:
                part = Span(span.location, name, start, stop, first_line=first_line + start)
            else:
                end = found.starts[stop // step] if stop < found.lines else span.stop
                part = Span(span.location, name, found.starts[start // step], end, first_line=first_line + start)
            offsets = [offset for offset in range(start, stop) if offset not in found.blank]
            if offsets:
                chunks.append(Lines(part, tuple(f"{name}:{first_line + offset}" for offset in offsets), None, None))
                ids.append(tuple(found.ids[offset] for offset in offsets))
        first_line += found.lines
    return Archive(name, chunks, ids=ids)


def _name(archive: Archive, names: Any, options: RunOptions, *, run_id: str) -> None:
    folder = options.output_dir
    if options.jsonl:
        path = names.claim(archive_stem(archive.name), suffix=JSONL_SUFFIX)
        archive.destination, archive.shown = _where(path, folder)
        archive.parts_folder = joined(folder if is_remote(folder) else os.path.abspath(path.parent),
                                      f".{path.name}.{run_id}.parts")
        archive.chunks = [replace(chunk, destinations=None, part=joined(archive.parts_folder, f"{number:06d}.jsonl"))
                          for number, chunk in enumerate(archive.chunks)]
        archive.parts = [chunk.part for chunk in archive.chunks if chunk.part]
        archive.remaining = len(archive.chunks)
        archive.ids = []
        return
    stem = archive_stem(archive.name)
    named = []
    for chunk, ids in zip(archive.chunks, archive.ids, strict=True):
        paths = [names.claim(line_stem(stem, int(line.rsplit(":", 1)[1]), identifier))
                 for line, identifier in zip(chunk.names, ids, strict=True)]
        where = [_where(path, folder) for path in paths]
        named.append(replace(chunk, destinations=tuple(w[0] for w in where), shown=tuple(w[1] for w in where)))
    archive.chunks = named
    archive.ids = []


def single_inputs(chunk: Chunk) -> list[Chunk]:
    """A chunk as chunks of one input each."""
    if isinstance(chunk, tuple):
        return [(job,) for job in chunk]
    stem = chunk.part.removesuffix(".jsonl") if chunk.part else None
    return [replace(chunk, only=number, part=f"{stem}-{number:06d}.jsonl" if stem else None)
            for number in range(len(chunk.names))]


def _where(path: Path, folder: str) -> tuple[str, str]:
    """A planned output as a worker writes it (absolute, or a URL) and as it is printed."""
    if is_remote(folder):
        url = joined(folder, path.name) if path.name else folder
        return url, url
    return os.path.abspath(path), str(path)
