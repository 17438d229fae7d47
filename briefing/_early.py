"""The command line's first moments: a stop signal while the package is still being imported.

Importing briefing takes a few tenths of a second, before the command line sets its own
handlers; SIGTERM then would end the process without a word, and Ctrl-C would print a traceback.
When this process is the ``briefing`` command (``briefing …`` or ``python -m briefing …``, as
its original command line says), either one now ends it at once with its one line and exit code;
nothing has started that needs undoing. A program that imports briefing as a library is left as
it is. cli.main_entry hands the signals back to Python's defaults before the run starts.
"""

from __future__ import annotations

import os
import signal
import sys
from itertools import pairwise
from types import FrameType

_LINES = {signal.SIGINT: (b"briefing: interrupted\n", 130), signal.SIGTERM: (b"briefing: terminated\n", 143)}


def is_command() -> bool:
    """Whether this process runs the ``briefing`` command."""
    command: list[str] = getattr(sys, "orig_argv", [])
    named = ("-m", "briefing") in pairwise(command)
    return named or any(os.path.basename(part) == "briefing" for part in command[:2])


def _stop(number: int, frame: FrameType | None) -> None:
    line, code = _LINES[signal.Signals(number)]
    os.write(2, line)
    os._exit(code)


def hold() -> None:
    """Take SIGINT and SIGTERM while the command's modules load (see the module's docstring)."""
    if is_command():
        for number in _LINES:
            signal.signal(number, _stop)


def release() -> None:
    """Python's own handling again, for the run (which sets its own for SIGTERM)."""
    if signal.getsignal(signal.SIGTERM) is _stop:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


hold()
