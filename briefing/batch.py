"""Many inputs at once: expand folders, name outputs, brief in worker processes, write in one.

Workers only brief and render; the main process writes every file (atomically), so stopping the
workers at any moment, Ctrl-C included, can never leave a partial output behind.
"""

from __future__ import annotations

import os
import signal
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .errors import BriefingError, InputError
from .pipeline import brief_file
from .reading import SUPPORTED_SUFFIXES
from .render import render


@dataclass(frozen=True)
class Outcome:
    source: str
    data: bytes | None = None
    error: BriefingError | None = None
    detail: str | None = None  # the traceback of an internal error, for --debug


def expand(names: Sequence[str]) -> tuple[list[str], list[InputError]]:
    """Inputs as given, with each folder replaced by its supported files (not its subfolders),
    sorted by name. A folder without any is a problem to report, not a reason to stop."""
    sources: list[str] = []
    problems: list[InputError] = []
    for name in names:
        path = Path(name)
        if not path.is_dir():
            sources.append(name)
            continue
        found = sorted(
            str(child) for child in path.iterdir()
            if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES
        )
        if not found:
            kinds = ", ".join(SUPPORTED_SUFFIXES)
            problems.append(InputError(f"no supported files ({kinds}) in this folder", source=name))
        sources.extend(found)
    return sources, problems


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def brief_one(source: str, settings: Settings) -> Outcome:
    """Brief and render one input; errors are returned, not raised, so a batch goes on."""
    try:
        return Outcome(source, data=render(brief_file(source, settings)))
    except BriefingError as error:
        return Outcome(source, error=error, detail=traceback.format_exc())
    except Exception as error:  # a bug: report it for this input and let the batch go on
        message = f"internal error: {type(error).__name__}: {error}"
        return Outcome(source, error=BriefingError(message, source=source), detail=traceback.format_exc())


def run(
    sources: Sequence[str], settings: Settings, *, jobs: int, on_start: Callable[[], None] = lambda: None
) -> Iterator[Outcome]:
    """Outcomes in the order the work finishes. ``jobs`` > 1 uses that many worker processes."""
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield brief_one(source, settings)
        return
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(sources)), initializer=_ignore_interrupts)
    pending: set[Future[Outcome]] = {pool.submit(brief_one, source, settings) for source in sources}
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
