"""Many inputs at once: expand folders and patterns, plan the outputs, brief in worker processes.

Workers only brief and render; the caller writes every file (atomically), so stopping the workers
at any moment, Ctrl-C included, can never leave a partial output behind.
"""

from __future__ import annotations

import glob
import os
import signal
import traceback
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .errors import BriefingError, InputError, InternalError, UsageError
from .fetch import is_url
from .inputs import supported_suffixes
from .options import RunOptions, Settings
from .outputs import render
from .pipeline import brief_file
from .reading import STDIN
from .writing import check_suffix, plan_outputs, prepare_folder


@dataclass(frozen=True)
class Outcome:
    source: str
    data: bytes | None = None
    error: BriefingError | None = None
    detail: str | None = None  # the traceback of an internal error, for --debug


@dataclass(frozen=True)
class Plan:
    """What a run will do: the inputs found, the names that gave none, where each output goes."""

    sources: tuple[str, ...]
    problems: tuple[InputError, ...]  # folders or patterns that gave no input, to report
    destinations: Mapping[str, Path | None]  # None: standard output
    created: tuple[Path, ...] = ()  # output folders this run made (innermost first), to take back if left empty

    @property
    def total(self) -> int:
        return len(self.sources) + len(self.problems)


def plan(names: Sequence[str], *, output: str | None, options: RunOptions) -> Plan:
    """Expand ``names`` and give each input its destination: ``output`` for a single input
    (``-`` for standard output), else a file in the output folder. Everything that can be checked
    before the work is checked here; output folders are created last (Plan.created)."""
    sources, problems = expand(names)
    total = len(sources) + len(problems)
    if output is not None and total > 1:
        raise UsageError("-o/--output takes one input; use --output-dir for several")
    if total == 1 and problems:
        raise problems[0]
    if output not in (None, STDIN):
        check_suffix(Path(output), options.format)
    folder = Path(options.output_dir) if output is None else Path(output).parent
    created = prepare_folder(folder) if output != STDIN else []
    destinations: dict[str, Path | None]
    if output is None:
        destinations = dict(zip(sources, plan_outputs(sources, output_dir=folder, format=options.format), strict=True))
    else:
        destinations = dict.fromkeys(sources, None if output == STDIN else Path(output))
    return Plan(tuple(sources), tuple(problems), destinations, tuple(created))


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


def expand(names: Sequence[str]) -> tuple[list[str], list[InputError]]:
    """Inputs as given, with each folder replaced by its supported files (not its subfolders')
    and each glob pattern by the supported files it matches, sorted by name. URLs and ``-``
    stay as they are; an input named twice (by a folder and a pattern, say) is briefed once. A
    folder or pattern that gives no file is a problem to report, not a reason to stop the
    others."""
    sources: list[str] = []
    problems: list[InputError] = []
    for name in names:
        path = Path(name)
        if name == STDIN or is_url(name) or not (path.is_dir() or (_is_pattern(name) and not path.exists())):
            sources.append(name)  # a file, a URL, standard input, or a missing path to report later
            continue
        if path.is_dir():
            found = [str(child) for child in path.iterdir() if _supported(child)]
            missing = "no supported files ({}) in this folder"
        else:
            found = [match for match in glob.glob(name, recursive=True) if _supported(Path(match))]
            missing = "no supported files ({}) match this pattern"
        if not found:
            problems.append(InputError(missing.format(", ".join(supported_suffixes())), source=name))
        sources.extend(sorted(found))
    return list(dict.fromkeys(sources)), problems


def _is_pattern(name: str) -> bool:
    return any(character in name for character in "*?[")


def _supported(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in supported_suffixes()


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def brief_one(source: str, settings: Settings, stdin: bytes | None = None) -> Outcome:
    """Brief and render one input; errors are returned, not raised, so a batch goes on."""
    try:
        note = brief_file(
            source,
            settings.brief,
            max_bytes=settings.run.max_bytes,
            input_format=settings.run.input_format,
            data=stdin if source == STDIN else None,
        )
        return Outcome(source, data=render(note, settings.run.format, settings.render))
    except BriefingError as error:
        return Outcome(source, error=error, detail=traceback.format_exc())
    except Exception as error:  # a bug: report it for this input and let the batch go on
        message = f"internal error: {type(error).__name__}: {error}"
        return Outcome(source, error=InternalError(message, source=source), detail=traceback.format_exc())


def run(sources: Sequence[str], settings: Settings, *, stdin: bytes | None = None) -> Iterator[Outcome]:
    """Outcomes in the order the work finishes, from ``settings.run.jobs`` worker processes
    (one per CPU by default). ``stdin`` holds what standard input gave, for the input ``-``."""
    jobs = settings.run.jobs or default_jobs()
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield brief_one(source, settings, stdin)
        return
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(sources)), initializer=_ignore_interrupts)
    pending: set[Future[Outcome]] = {pool.submit(brief_one, source, settings, stdin) for source in sources}
    try:
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:  # on Ctrl-C or any error: drop queued work, stop the workers now
        for future in pending:
            future.cancel()
        _stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group; only the main process decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
