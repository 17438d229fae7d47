"""The library's exceptions. Each kind carries the exit code the CLI turns it into."""

from __future__ import annotations

import re
from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit codes of the command line, documented in docs/limits.md."""

    OK = 0
    ERROR = 1  # an internal failure: a bug, or a broken installation
    USAGE = 2  # bad usage or bad input: the user can fix it
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    BROKEN_PIPE = 141  # standard output's reader went away (128 + SIGPIPE, as for `git log | head`)
    TERMINATED = 143  # SIGTERM: `kill`, `timeout`, `docker stop` (128 + SIGTERM)


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


class StateError(BriefingError):
    """The state database of --new-only cannot be used: damaged, not ours, not writable."""

    exit_status = ExitStatus.USAGE


class DependencyError(BriefingError):
    """A system library the tool needs is missing (WeasyPrint's Pango, for example)."""

    exit_status = ExitStatus.ERROR


class InternalError(BriefingError):
    """A bug met while briefing one input of a batch; the others go on."""

    exit_status = ExitStatus.ERROR


def too_much_text(max_bytes: int) -> InputError:
    """A document (PDF, Word) that unpacks to more text than the --max-size limit."""
    megabytes = f"{max_bytes / 1e6:g} MB" if max_bytes >= 100_000 else f"{max_bytes:,} characters"
    return InputError(f"unpacks to over {megabytes} of text, the --max-size limit (raise it with --max-size)")


def too_many_sentences(limit: int) -> str:
    """What is wrong with a text of more sentences than ``limit``: it is no article."""
    return (f"has over {limit:,} sentences, more than any article (a list or a log?); briefing reads at most "
            f"{limit:,}, within a minute and half a gigabyte")


# Characters a terminal acts on rather than shows: C0 and C1 controls (escape sequences, line
# breaks), bidirectional overrides, and the lone surrogates that stand for a file name's bytes
# that are not UTF-8.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str, limit: int | None = None) -> str:
    """``text`` made safe to show on a terminal, on one line: what a terminal would act on is
    written as an escape (``\\x1b``; a file name's undecodable byte as ``\\xe9``), and with
    ``limit``, text longer than that is cut with an ellipsis."""
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape's stand-in for the byte code - 0xDC00
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
