"""Ctrl-C and SIGTERM: held for the few steps that must not be cut in the middle (a temporary
written and renamed, a worker started and recorded), and SIGTERM unwinding a run as Ctrl-C does.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import NoReturn

STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def stop_signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done, then arrive: for the few steps that must
    not be cut in the middle (a worker started and recorded, a temporary written and renamed).

    Blocking the signals in this thread is not enough: the kernel hands a signal to any thread
    that does not block it (numpy's BLAS threads, say), and Python then runs its handler here.
    So the handlers only note a signal meanwhile, and it is raised again after the block; the mask
    stays for a worker started meanwhile, which inherits it until it ignores the signals."""
    if threading.current_thread() is not threading.main_thread():  # only it may set handlers
        yield
        return
    arrived: list[int] = []
    handlers = {number: signal.signal(number, lambda number, frame: arrived.append(number))
                for number in STOP_SIGNALS}
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        for number, handler in handlers.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        if arrived:
            signal.raise_signal(arrived[0])


class Terminated(BaseException):
    """SIGTERM arrived. Like KeyboardInterrupt, not an Exception: nothing may catch it as an error."""


@contextmanager
def terminate_like_interrupt() -> Iterator[None]:
    """While the block runs, SIGTERM (`kill`, `timeout`, `docker stop`) unwinds the run as Ctrl-C
    does: temporaries removed, workers ended, finished outputs kept. Only the main thread may set
    signal handlers; elsewhere (a caller's thread) SIGTERM keeps its default."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _raise_terminated(number: int, frame: FrameType | None) -> NoReturn:
    raise Terminated
