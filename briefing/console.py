"""The terminal a run talks to: its streams, whether they are terminals, progress and warnings.

One Console object carries all of it, so the CLI can be driven in-process by tests with plain
in-memory streams, and nothing global is left changed after a run.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

from tqdm import tqdm

PREFIX = "briefing: "


@dataclass(frozen=True)
class Console:
    stdin: IO[bytes]
    stdout: IO[str]  # text; its .buffer, when it has one, takes bytes
    stderr: IO[str]
    stdout_is_terminal: bool = False
    stderr_is_terminal: bool = False

    @classmethod
    def system(cls) -> Console:
        return cls(sys.stdin.buffer, sys.stdout, sys.stderr, sys.stdout.isatty(), sys.stderr.isatty())

    def say(self, message: str) -> None:
        """One line on stderr, kept clear of a progress bar."""
        tqdm.write(f"{PREFIX}{message}", file=self.stderr)

    def print(self, line: str) -> None:
        """One line on stdout (a written path), flushed so that a pipe's reader sees it at once."""
        tqdm.write(line, file=self.stdout)
        self.stdout.flush()

    def write_bytes(self, data: bytes) -> None:
        buffer = getattr(self.stdout, "buffer", None)
        if buffer is not None:
            self.stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:
            self.stdout.write(data.decode())
            self.stdout.flush()

    def progress(self, total: int) -> tqdm[Any]:
        """A progress bar on stderr, only for a batch and only when stderr is a terminal."""
        return tqdm(total=total, file=self.stderr, disable=total <= 1 or not self.stderr_is_terminal,
                    unit="note", leave=False, dynamic_ncols=True)

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
        self.console.say(f"warning: {record.getMessage()}")
