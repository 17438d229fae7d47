"""Running untrusted work under limits of memory and CPU time: PDFium reading a PDF, a user's
template rendering a note.

A small PDF can ask PDFium for gigabytes: a compressed content stream of a million text operators
unpacks to a page of a million objects, which PDFium builds before a single character can be
counted, and a form drawn a thousand times multiplies that again. No check on the file's bytes
sees every such trick, so the work runs in a forked child with an address-space limit and a CPU
limit set by the operating system; when the child passes one of them it dies, and the input is
refused with one line. A template can ask as much in one expression (``{{ "x" * 10**9 }}``,
``{{ lipsum(10**7) }}``). The child inherits everything it needs (nothing is imported again) and
sends back its result, or the exception it raised, through a pipe. Where processes cannot be
forked the work runs in this process, unbounded.
"""

from __future__ import annotations

import faulthandler
import os
import pickle
import resource
import signal
from collections.abc import Callable
from typing import TypeVar

from briefing.errors import BriefingError

T = TypeVar("T")
MEMORY_BYTES = 320_000_000  # more address space than the parent has when the child starts
CPU_SECONDS = 25
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def run_confined(work: Callable[[], T], *, refuse: Callable[[str], BriefingError]) -> T:
    """``work()``, run in a child process held to MEMORY_BYTES more than this process holds and
    CPU_SECONDS. What it raises is raised here; when it passes a limit, ``refuse`` is given what it
    needed ("over 320 MB of memory") and its error raised."""
    if not hasattr(os, "fork"):
        return work()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(reader)
        _child(work, writer)
    os.close(writer)
    try:
        with os.fdopen(reader, "rb") as stream:
            answer = stream.read()
    except BaseException:  # Ctrl-C or SIGTERM meanwhile: the child goes too
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and answer:
        kind, value = pickle.loads(answer)  # our own child's answer
        if kind == "raised":
            raise value
        result: T = value
        return result
    timed_out = os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL)
    needs = f"over {CPU_SECONDS} s of CPU time" if timed_out else f"over {MEMORY_BYTES // 1_000_000} MB of memory"
    raise refuse(needs)


def _child(work: Callable[[], object], writer: int) -> None:
    code = 0
    try:
        faulthandler.disable()  # a child past its limit dies quietly: the parent says why
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # the parent handles Ctrl-C and SIGTERM; a child just goes
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if address_space := _address_space():
            resource.setrlimit(resource.RLIMIT_AS, (address_space + MEMORY_BYTES, address_space + MEMORY_BYTES))
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))
        try:
            answer = pickle.dumps(("ok", work()))
        except MemoryError:
            raise
        except Exception as error:  # raised again in the parent, as it was
            answer = _pickled_error(error)
        with os.fdopen(writer, "wb") as stream:
            stream.write(answer)
    except BaseException:  # MemoryError: the parent sees a failed child
        code = 1
    finally:
        os._exit(code)


def _pickled_error(error: Exception) -> bytes:
    """The exception for the parent: itself, or (one that cannot be pickled) a RuntimeError saying it."""
    error.__traceback__ = error.__context__ = error.__cause__ = None
    try:
        return pickle.dumps(("raised", error))
    except Exception:
        return pickle.dumps(("raised", RuntimeError(f"{type(error).__name__}: {error}")))


def _address_space() -> int:
    """This process's virtual size in bytes, from /proc (0 where there is none)."""
    try:
        with open("/proc/self/statm") as stream:
            return int(stream.read().split()[0]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0
