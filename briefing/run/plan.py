"""A run's plan, made before any work: its inputs expanded, every output named (never an
input's own file), the output folder made and checked, one-note flags refused for many.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError, OutputError, UsageError
from briefing.io.fetch import is_url
from briefing.io.names import output_stem, title_stem
from briefing.io.remote import is_remote
from briefing.model import STDIN, Source
from briefing.options import RunOptions
from briefing.read.archives import is_archive, read_archives
from briefing.render.formats import OUTPUT_FORMATS
from briefing.run.batch import Briefed
from briefing.run.expand import expand, file_identity
from briefing.run.writing import OutputNames, check_suffix, name_lines, prepare_folder


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

    def destination(self, outcome: Briefed) -> Path | None:
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
    found = tuple(Source(name) for name in sources) + tuple(lines)
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
