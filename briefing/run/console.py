"""The terminal a run talks to: its streams, whether they are terminals, progress and warnings.

One Console object carries all of it, so the CLI can be driven in-process by tests with plain
in-memory streams, and nothing global is left changed after a run.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import IO, Any

from tqdm import tqdm

from briefing.errors import printable

PREFIX = "briefing: "


class StdoutClosedError(Exception):
    """Standard output's reader went away (``briefing … | head -1``): the run ends quietly."""


class _Bar(tqdm):  # type: ignore[type-arg]
    monitor_interval = 0  # no monitor thread: the bar moves once a note, and workers are forked


@dataclass(frozen=True)
class Console:
    stdin: IO[bytes]
    stdout: IO[str]  # text; its .buffer, when it has one, takes bytes
    stderr: IO[str]
    stdout_is_terminal: bool = False
    stderr_is_terminal: bool = False
    stdout_closed: bool = False  # the run was started with standard output closed (>&-)
    verbosity: int = 0  # -1: errors only (--quiet); 0: and warnings and the tally; 1: and what was done (--verbose)

    @classmethod
    def system(cls) -> Console:
        # A stream closed when the run starts is None in sys: read nothing, write to nowhere.
        stdout = sys.stdout or open(os.devnull, "w")  # noqa: SIM115 - open for the whole run
        stderr = sys.stderr or open(os.devnull, "w")  # noqa: SIM115
        stdin = sys.stdin.buffer if sys.stdin is not None else io.BytesIO()
        return cls(stdin, stdout, stderr, stdout.isatty(), stderr.isatty(), stdout_closed=sys.stdout is None)

    def say(self, message: str) -> None:
        """One line on stderr, kept clear of a progress bar; what a terminal would act on (escape
        sequences, line breaks in a file name) is shown escaped."""
        with suppress(BrokenPipeError):  # nobody reads the messages: the exit code still tells
            tqdm.write(f"{PREFIX}{printable(message)}", file=self.stderr)

    def warn(self, message: str) -> None:
        """``briefing: warning: …``, unless the run is quiet."""
        if self.verbosity >= 0:
            self.say(f"warning: {message}")

    def inform(self, message: str) -> None:
        """A line about the run as a whole (the tally, nothing new), unless the run is quiet."""
        if self.verbosity >= 0:
            self.say(message)

    def detail(self, message: str) -> None:
        """What was done, step by step: only with --verbose."""
        if self.verbosity > 0:
            self.say(message)

    def print(self, line: str) -> None:
        """One line on stdout (a written path, byte for byte as the file system has it), flushed
        so that a pipe's reader sees it at once."""
        with self._stdout(), tqdm.external_write_mode(file=self.stdout):
            self._write(os.fsencode(line) + b"\n")

    def write_bytes(self, data: bytes) -> None:
        with self._stdout():
            self._write(data)

    def _write(self, data: bytes) -> None:
        buffer = getattr(self.stdout, "buffer", None)
        self.stdout.flush()
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:
            self.stdout.write(data.decode(errors="replace"))
            self.stdout.flush()

    @contextmanager
    def _stdout(self) -> Iterator[None]:
        """Writing to stdout; a reader that went away raises StdoutClosedError, and stdout is pointed
        at /dev/null so that nothing complains about it again when the process exits."""
        try:
            yield
        except BrokenPipeError:
            with suppress(OSError, ValueError):  # a stream without a file descriptor (tests)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, self.stdout.fileno())
                os.close(devnull)
            raise StdoutClosedError from None

    def progress(self, total: int) -> tqdm[Any]:
        """A progress bar on stderr, only for a batch and only when stderr is a terminal."""
        return _Bar(total=total, file=self.stderr, disable=total <= 1 or not self.stderr_is_terminal,
                    unit="note", leave=False, dynamic_ncols=True)

    def status(self, doing: str) -> tqdm[Any]:
        """A line on a terminal's stderr saying what a long step after the progress bar is doing
        (laying out a digest of hundreds of pages takes a while), cleared when the step ends."""
        return _Bar(total=None, file=self.stderr, disable=not self.stderr_is_terminal, leave=False,
                    bar_format="{desc}", desc=f"{PREFIX}{printable(doing)}…")

    @contextmanager
    def warnings(self) -> Iterator[None]:
        """Our warnings, and WeasyPrint's errors (a template resource it was refused), as
        ``briefing: warning: …`` lines on stderr while the block runs; the loggers as they were after."""
        handler = _ConsoleHandler(self)
        loggers = ((logging.getLogger("briefing"), logging.WARNING), (logging.getLogger("weasyprint"), logging.ERROR))
        saved = [(logger, logger.level, logger.propagate) for logger, _ in loggers]
        for logger, level in loggers:
            logger.addHandler(handler)
            logger.setLevel(level)
            logger.propagate = False
        try:
            yield
        finally:
            for logger, level, propagate in saved:
                logger.removeHandler(handler)
                logger.setLevel(level)
                logger.propagate = propagate


class _ConsoleHandler(logging.Handler):
    def __init__(self, console: Console) -> None:
        super().__init__()
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        self.console.warn(record.getMessage())
