"""Many inputs at once: expand folders, name outputs, brief in worker processes, write in one.

Workers only brief and render; the main process writes every file (atomically), so stopping the
workers at any moment, Ctrl-C included, can never leave a partial output behind.
"""

from __future__ import annotations

import glob
import os
import signal
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .errors import BriefingError, InputError, InternalError
from .pipeline import brief_file
from .reading import STDIN, SUPPORTED_SUFFIXES, is_url
from .render import render


@dataclass(frozen=True)
class Outcome:
    source: str
    data: bytes | None = None
    error: BriefingError | None = None
    detail: str | None = None  # the traceback of an internal error, for --debug


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
        if name == STDIN or is_url(name) or not (path.is_dir() or _is_pattern(name) and not path.exists()):
            sources.append(name)  # a file, a URL, standard input, or a missing path to report later
            continue
        if path.is_dir():
            found = [str(child) for child in path.iterdir() if _supported(child)]
            missing = "no supported files ({}) in this folder"
        else:
            found = [match for match in glob.glob(name, recursive=True) if _supported(Path(match))]
            missing = "no supported files ({}) match this pattern"
        if not found:
            problems.append(InputError(missing.format(", ".join(SUPPORTED_SUFFIXES)), source=name))
        sources.extend(sorted(found))
    return list(dict.fromkeys(sources)), problems


def _is_pattern(name: str) -> bool:
    return any(character in name for character in "*?[")


def _supported(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def brief_one(source: str, settings: Settings, stdin: bytes | None = None) -> Outcome:
    """Brief and render one input; errors are returned, not raised, so a batch goes on."""
    try:
        data = stdin if source == STDIN else None
        return Outcome(source, data=render(brief_file(source, settings, data=data)))
    except BriefingError as error:
        return Outcome(source, error=error, detail=traceback.format_exc())
    except Exception as error:  # a bug: report it for this input and let the batch go on
        message = f"internal error: {type(error).__name__}: {error}"
        return Outcome(source, error=InternalError(message, source=source), detail=traceback.format_exc())


def run(
    sources: Sequence[str], settings: Settings, *, jobs: int, stdin: bytes | None = None
) -> Iterator[Outcome]:
    """Outcomes in the order the work finishes. ``jobs`` > 1 uses that many worker processes.
    ``stdin`` holds what standard input gave, for the input ``-``."""
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
