"""Many inputs at once: expand folders and patterns, plan the outputs, brief in worker processes.

Workers only brief and render; the caller writes every file (atomically), so stopping the workers
at any moment, Ctrl-C included, can never leave a partial output behind (workers.py).
"""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
import traceback
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import IO

from .archives import is_archive, name_lines, read_archives
from .errors import BriefingError, InputError, InternalError, OutputError, UsageError
from .fetch import is_url
from .inputs import has_supported_suffix, supported_suffixes
from .model import Article, Briefing, Source
from .options import RunOptions, Settings
from .outputs import OUTPUT_FORMATS, render
from .own_notes import is_own_note
from .pipeline import make_briefing
from .reading import STDIN, load_source, read_source
from .remote import expand_remote, is_remote, local_path
from .screening import input_key, screen, screen_article
from .since import OLDER, UNDATED
from .workers import Death, run_in_workers
from .writing import OutputNames, check_suffix, output_stem, prepare_folder, title_stem


@dataclass(frozen=True)
class Outcome:
    source: str
    data: bytes | None = None
    error: BriefingError | None = None
    detail: str | None = None  # the traceback of an internal error, for --debug
    title: str | None = None  # the note's title, which names the output of a URL or a feed item
    children: tuple[Source, ...] = ()  # the inputs this one holds (a feed's items), briefed next
    note: Briefing | None = None  # for a digest: the note itself, not rendered
    stem: str | None = None  # what its input asks its output to be named after (an archive line's id)
    written: str | None = None  # where a cluster's worker has written the note already (data is then None)
    key: str | None = None  # what --new-only remembers its input by (screening.input_key)
    left_out: str | None = None  # why it was not briefed: briefed before, older than --since (screening.py)
    undated: bool = False  # it says no date, and --since kept it
    remarks: tuple[str, ...] = ()  # what the note says of itself in its colophon, in English, for stderr


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


@dataclass(frozen=True)
class Plan:
    """What a run will do: the inputs found, the names that gave none, where each output goes."""

    sources: tuple[Source, ...]
    problems: tuple[InputError, ...]  # folders or patterns that gave no input, to report
    destinations: Mapping[str, Path | None]  # by source name; None: standard output
    created: tuple[Path, ...] = ()  # output folders this run made (innermost first), to take back if left empty
    names: OutputNames | None = None  # names outputs that are named after their title (URLs, feed items)
    archives: tuple[str, ...] = ()  # archives whose lines are named and counted later, by a cluster's workers
    gathered: Mapping[Path, tuple[str, ...]] = field(default_factory=dict)  # --jsonl: each file's lines, in order
    skipped: tuple[str, ...] = ()  # lines naming what a folder or pattern gave that is not read: notes, pipes

    @property
    def total(self) -> int:
        return len(self.sources) + len(self.problems)

    def destination(self, outcome: Outcome) -> Path | None:
        """Where an outcome's note goes: as planned, or, for a note named after its title, a
        name claimed now in the output folder."""
        if outcome.source in self.destinations:
            return self.destinations[outcome.source]
        if self.names is None:  # -o: the one note of a feed of one item goes where -o says
            return next(iter(self.destinations.values()))
        if outcome.stem:
            return self.names.claim(outcome.stem)
        return self.names.claim(title_stem(outcome.title or "") if outcome.title else output_stem(outcome.source))


def plan(names: Sequence[str], *, output: str | None, options: RunOptions) -> Plan:
    """Expand ``names`` and give each input its destination: ``output`` for a single input
    (``-`` for standard output), else a file in the output folder. Everything that can be checked
    before the work is checked here, including that no destination is one of the inputs; output
    folders are created last (Plan.created). The lines of JSONL archives are inputs of their
    own, named after the other inputs, in order; on a cluster (``options.scheduler``) the
    archives are left to its workers to read (Plan.archives)."""
    _check_run(names, output=output, options=options)
    sources, problems, skipped = expand(names)
    sources, archives = _archives_apart(sources, options)
    lines: list[Source] = []
    if not options.scheduler:
        lines, unread = read_archives(archives, max_bytes=options.max_bytes)
        problems.extend(unread)
    total = len(sources) + len(lines) + len(problems) + (len(archives) if options.scheduler else 0)
    if output is not None and total > 1:
        raise UsageError("-o/--output takes one input; use --output-dir for several")
    if total == 1 and problems:
        raise problems[0]
    if output not in (None, STDIN) and Path(output).is_dir():
        raise OutputError("is a folder; give a file name (or use --output-dir)", source=output)
    folder = Path(options.output_dir) if output is None else Path(output).parent
    destinations: dict[str, Path | None]
    gathered: dict[Path, tuple[str, ...]] = {}
    namer = None
    if output is None:
        namer = OutputNames(folder, options.format)
        destinations = {source: namer.claim(output_stem(source)) for source in sources if not is_url(source)}
        # Outputs named later, after their titles, step around the inputs (these are refused below).
        namer.inputs = frozenset(identity for source in [*sources, *archives]
                                 if (identity := file_identity(source)) is not None)
        gathered = name_lines(lines, namer, destinations, jsonl=options.jsonl)
    else:
        destinations = dict.fromkeys([*sources, *(line.name for line in lines)],
                                     None if output == STDIN else Path(output))
    _refuse_replacing_inputs([*sources, *archives], destinations)
    if output not in (None, STDIN):
        check_suffix(Path(output), options.format)
    created = prepare_folder(folder) if output != STDIN and not is_remote(options.output_dir) else []
    found = tuple(Source(name, named_after_title=is_url(name)) for name in sources) + tuple(lines)
    deferred = tuple(archives) if options.scheduler else ()
    return Plan(found, tuple(problems), destinations, tuple(created), namer, deferred, gathered, tuple(skipped))


def _archives_apart(sources: list[str], options: RunOptions) -> tuple[list[str], list[str]]:
    """The inputs that are not JSONL archives, and those that are (whose lines are inputs)."""
    archives = [name for name in sources if name != STDIN and not is_url(name)
                and is_archive(name, options.input_format)]
    apart = set(archives)
    return [name for name in sources if name not in apart], archives


def _check_run(names: Sequence[str], *, output: str | None, options: RunOptions) -> None:
    """What the run's options and names ask that cannot go together."""
    if options.jsonl and options.format != "json":
        raise UsageError(f"--jsonl gathers JSON notes: use it with --format json, not {options.format}")
    if options.jsonl and output is not None:
        raise UsageError("--jsonl writes one file per archive into --output-dir; leave out -o")
    if options.scheduler:
        if output is not None:
            raise UsageError("--scheduler writes into --output-dir; leave out -o")
        return
    remote = next((name for name in [*names, options.output_dir] if is_remote(name)), None)
    if remote is not None:
        raise UsageError(f"{remote}: an fsspec URL is read and written by a Dask cluster's workers; "
                         "give --scheduler (local: a cluster on this machine)")


DIGEST = "digest"  # the stem of a digest's default output, and its key in Plan.destinations


def plan_digest(names: Sequence[str], *, output: str | None, options: RunOptions) -> Plan:
    """Expand ``names`` for a digest: one output for all, ``output`` (``-`` for standard output)
    or ``digest.<format>`` in the output folder; checked as plan() checks a note's."""
    remote = next((name for name in [*names, options.output_dir] if is_remote(name)), None)
    if remote is not None:
        raise UsageError(f"{remote}: a digest reads and writes local files and http(s) URLs only")
    if options.jsonl:
        raise UsageError("--jsonl gathers the notes of a batch; a digest is one note: leave it out")
    sources, problems, skipped = expand(names)
    sources, archives = _archives_apart(sources, options)
    lines, unread = read_archives(archives, max_bytes=options.max_bytes)
    problems.extend(unread)
    if len(sources) + len(lines) + len(problems) == 1 and problems:
        raise problems[0]
    if output not in (None, STDIN) and Path(output).is_dir():
        raise OutputError("is a folder; give a file name (or use --output-dir)", source=output)
    destination: Path | None = None
    if output is None:
        destination = Path(options.output_dir) / f"{DIGEST}{OUTPUT_FORMATS[options.format].suffixes[0]}"
    elif output != STDIN:
        destination = Path(output)
        check_suffix(destination, options.format)
    _refuse_replacing_inputs([*sources, *archives], {DIGEST: destination})
    created = prepare_folder(destination.parent) if destination is not None else []
    found = tuple(Source(name) for name in sources) + tuple(lines)
    return Plan(found, tuple(problems), {DIGEST: destination}, tuple(created), skipped=tuple(skipped))


def read_input_list(listing: str, *, stdin: IO[bytes]) -> list[str]:
    """The inputs a list names, one path or URL a line; blank lines and ``#`` comments skipped.
    A relative path is taken from the list's own folder (``lists/a.txt`` for ``a.txt`` in
    ``lists/today.txt``), as a folder's files are named after the folder."""
    try:
        data = stdin.read() if listing == STDIN else Path(listing).read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read the input list: {error.strerror or error}", source=listing) from None
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise UsageError("the input list is not UTF-8 text", source=listing) from None
    folder = Path(listing).parent if listing != STDIN else Path()
    names = []
    for line in lines:
        name = line.split(" #")[0].strip() if not line.lstrip().startswith("#") else ""
        if name:
            names.append(name if is_url(name) or Path(name).is_absolute() else str(folder / name))
    return names


def _refuse_replacing_inputs(sources: Sequence[str], destinations: Mapping[str, Path | None]) -> None:
    """An output never replaces an input: no destination may be the same file as any input, by
    its name, a hard link or a symbolic link (os.path.samefile's test, for all pairs at once)."""
    inputs = {identity: source for source in sources if (identity := file_identity(source)) is not None}
    for destination in destinations.values():
        identity = file_identity(destination) if destination is not None else None
        replaced = inputs.get(identity) if identity is not None else None
        if replaced is not None:
            raise OutputError(
                f"the output {destination} would replace this input; choose another -o or --output-dir",
                source=replaced)


def file_identity(name: str | Path) -> tuple[int, int] | None:
    """The device and inode of the regular file at ``name`` (links followed), or None."""
    if isinstance(name, str) and (name == STDIN or is_url(name)):
        return None
    try:
        status = os.stat(name)
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino) if stat.S_ISREG(status.st_mode) else None


def expand(names: Sequence[str]) -> tuple[list[str], list[InputError], list[str]]:
    """Inputs as given, with each folder replaced by its supported files (not its subfolders')
    and each glob pattern by the supported files it matches, sorted by name; and the notes
    briefing wrote that they also gave, left out (own_notes.py). URLs and ``-`` stay as they
    are. Each file is briefed once, however often it is named (by a folder and a pattern, by two
    paths, through a link). A folder or pattern that gives no file is a problem to report, not
    a reason to stop the others."""
    sources: list[str] = []
    problems: list[InputError] = []
    skipped: list[str] = []
    unread: list[str] = []  # what a folder or pattern gave that is not a file to read: named, not read
    for name in map(local_path, names):
        if is_remote(name):  # on a cluster: s3://bucket/2026-*.jsonl
            found, problem = expand_remote(name, supported_suffixes())
            sources.extend(found)
            problems.extend([problem] if problem else [])
            continue
        path = Path(name)
        if name == STDIN or is_url(name) or not (path.is_dir() or (_is_pattern(name) and not path.exists())):
            sources.append(name)  # a file, a URL, standard input, or a missing path to report later
            continue
        if path.is_dir():
            named = [str(child) for child in path.iterdir() if has_supported_suffix(child.name)]
            where = "in this folder"
        else:
            named = [match for match in matching(name) if has_supported_suffix(Path(match).name)]
            where = "match this pattern"
        found = [file for file in named if Path(file).is_file()]
        unread.extend(f"{file}: skipped, {why}" for file in sorted(named) if (why := _not_a_file(Path(file))))
        own = {file for file in found if is_own_note(Path(file))}
        if own and len(own) == len(found):
            problems.append(InputError(f"only notes briefing wrote {where}, no article", source=name))
        elif not found:
            problems.append(InputError(f"no supported files ({', '.join(supported_suffixes())}) {where}", source=name))
        sources.extend(sorted(file for file in found if file not in own))
        skipped.extend(sorted(own))
    unique: dict[object, str] = {}
    for source in sources:
        unique.setdefault(file_identity(source) or source, source)
    kept = set(unique)
    notes = [f"{file}: skipped, a note briefing wrote (name it on its own, with --input-format, to read it)"
             for file in dict.fromkeys(skipped) if (file_identity(file) or file) not in kept]
    return list(unique.values()), problems, list(dict.fromkeys(unread)) + notes


def matching(pattern: str) -> list[str]:
    """The paths ``pattern`` matches, as glob.glob gives them; ``**`` (any depth of folders)
    follows links to folders but enters each real folder once, so a link loop ends."""
    if "**" not in pattern:
        return glob.glob(pattern)
    parts = pattern.split("/")
    fixed = 0
    while fixed < len(parts) - 1 and not _is_pattern(parts[fixed]):
        fixed += 1
    base, wanted = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else ""), parts[fixed:]
    hidden = any(part.startswith(".") for part in wanted)
    found: list[str] = []
    entered: set[tuple[int, int]] = set()
    for folder, subfolders, files in os.walk(base or ".", followlinks=True):
        try:
            status = os.stat(folder)
        except OSError:
            continue
        if (status.st_dev, status.st_ino) in entered:
            subfolders.clear()
            continue
        entered.add((status.st_dev, status.st_ino))
        subfolders[:] = [name for name in subfolders if hidden or not name.startswith(".")]
        relative = Path(folder).relative_to(base or ".").parts
        found.extend(os.path.join(base, *relative, name) for name in files if _matches(wanted, (*relative, name)))
    return found


def _matches(pattern: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether path ``parts`` match ``pattern`` parts, as glob matches: ``**`` is any number of
    folders, other parts match one name, and names starting with a dot only match a dot."""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_matches(rest, parts[skip:]) for skip in range(len(parts) + 1)
                   if not any(part.startswith(".") for part in parts[:skip]))
    return (bool(parts) and (head.startswith(".") or not parts[0].startswith("."))
            and fnmatch.fnmatchcase(parts[0], head) and _matches(rest, parts[1:]))


def _is_pattern(name: str) -> bool:
    return any(character in name for character in "*?[")


def _not_a_file(path: Path) -> str | None:
    """Why an entry with an article's name is no file to read (a folder is said nothing of)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a link to a file that does not exist" if path.is_symlink() else "gone while the folder was read"
    except OSError as error:
        return f"cannot be read: {error.strerror}"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO), not a file (name it on its own to read it)"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "a device or socket, not a file"


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
        if isinstance(read, Outcome):
            return read
        found, key, undated = read
        note = make_briefing(found, settings.brief)
        if created is not None:
            note = replace(note, created=created)
        if settings.digest.digest:  # the digest is made and rendered once all notes are in
            return Outcome(name, title=note.title, note=note, key=key, undated=undated)
        data = render(note, settings.run.format, settings.render)
        return Outcome(name, data=data, title=note.title, stem=source.output_stem, key=key, undated=undated,
                       remarks=tuple(f"{found.source}: {remark}" for remark in note.remarks))
    except BriefingError as error:
        return Outcome(name, error=error, detail=traceback.format_exc())
    except Exception as error:  # a bug: report it for this input and let the batch go on
        message = f"internal error: {type(error).__name__}: {error}"
        return Outcome(name, error=InternalError(message, source=name), detail=traceback.format_exc())


def _read(source: Source, settings: Settings) -> tuple[Article, str | None, bool] | Outcome:
    """The article, what --new-only remembers it by and whether it is undated; or the outcome
    of an input left out (screening.py) or holding others (a feed's items)."""
    left_out = screen(source, settings.recurring)  # by what its container says: nothing fetched
    if left_out is None and settings.recurring.new_only:
        source = load_source(source, max_bytes=settings.run.max_bytes)
        left_out = screen(source, settings.recurring)
    if left_out is not None:
        return Outcome(source.name, left_out=left_out)
    requested = settings.run.input_format if source.found_in is None else "auto"  # a feed's items are what they are
    found = read_source(source, max_bytes=settings.run.max_bytes, input_format=requested)
    if not isinstance(found, Article):
        return Outcome(source.name, children=found)
    dating = screen_article(found.published, source, settings.recurring)
    if dating == OLDER:
        return Outcome(source.name, left_out=dating)
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
            children = tuple(child for child in outcome.children[: settings.run.max_items] if child.name not in seen)
            seen.update(child.name for child in children)
            found.extend(children)
            yield replace(outcome, children=children) if outcome.children else outcome
        sources = found


def _refused_if_many(outcome: Outcome) -> Outcome:
    if len(outcome.children) <= 1:
        return outcome
    message = f"holds {len(outcome.children)} items, and -o takes one note; use --output-dir for a note each"
    return Outcome(outcome.source, error=UsageError(message, source=outcome.source))


def _one_round(sources: Sequence[Source], settings: Settings, stdin: bytes | None, jobs: int) -> Iterator[Outcome]:
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield brief_one(source, settings, stdin)
        return
    work = partial(brief_one, settings=settings, stdin=stdin)
    for source, outcome in run_in_workers(work, sources, processes=min(jobs, len(sources))):
        yield outcome if isinstance(outcome, Outcome) else _died(source.name, outcome)


def _died(source: str, death: Death) -> Outcome:
    if death.signal_name == "SIGKILL":  # what the out-of-memory killer sends
        error: BriefingError = InputError(
            "the worker process briefing it was killed (SIGKILL; out of memory?)", source=source)
    elif death.signal_name is not None:
        error = InternalError(f"the worker process briefing it crashed ({death.signal_name})", source=source)
    else:
        error = InternalError(f"the worker process briefing it exited (code {death.exitcode})", source=source)
    return Outcome(source, error=error)
