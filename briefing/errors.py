"""The library's exceptions. Each kind carries the exit code the CLI turns it into."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit codes of the command line, documented in the README."""

    OK = 0
    ERROR = 1  # an internal failure: a bug, or a broken installation
    USAGE = 2  # bad usage or bad input: the user can fix it
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


class BriefingError(Exception):
    """Base of every error the library raises on purpose.

    ``source`` names the file (or other input) the error is about, so the CLI can print
    one line of the form ``<source>: <message>``.
    """

    exit_status = ExitStatus.ERROR

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class UsageError(BriefingError):
    """An invalid setting: a bad flag value, a bad config file, conflicting options."""

    exit_status = ExitStatus.USAGE


class InputError(BriefingError):
    """An article that cannot be read or briefed: missing, empty, binary, undecodable."""

    exit_status = ExitStatus.USAGE


class OutputError(BriefingError):
    """A destination that cannot be written: a file where a folder should be, no permission."""

    exit_status = ExitStatus.USAGE


class DependencyError(BriefingError):
    """A system library the tool needs is missing (WeasyPrint's Pango, for example)."""

    exit_status = ExitStatus.ERROR


class InternalError(BriefingError):
    """A bug met while briefing one input of a batch; the others go on."""

    exit_status = ExitStatus.ERROR
