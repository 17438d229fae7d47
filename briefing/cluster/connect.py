"""Reaching a Dask cluster and living beside it: a client connected (or a local cluster started),
Dask's logging kept off our standard error, and Ctrl-C or SIGTERM taken at the run's own pace.

A terminal sends Ctrl-C to the whole process group, a local cluster's workers included: they
start with SIGINT ignored (which is kept across exec), and cluster_tasks.Warm ignores it again in
a worker restarted later; only the client stops the run. The client notes a stop signal while
the CLI handles an outcome, and acts on it where it waits for answers (cluster.py): nothing more
starts, what runs stops at its next note, and the notes written meanwhile are still reported.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from urllib.parse import urlsplit

from distributed import Client, LocalCluster

from briefing.errors import UsageError
from briefing.io.signals import STOP_SIGNALS
from briefing.options import RunOptions
from briefing.run.batch import default_jobs

CONNECT_TIMEOUT = "10s"
GREETING_SECONDS = 10


def connect(options: RunOptions) -> Client:
    """A client of the cluster ``options.scheduler`` names, or of a local one of ``options.jobs``
    worker processes (one per CPU by default), each of one thread: the work is pure Python."""
    address = options.scheduler or "local"
    if address == "local":
        with _sigint_ignored():
            cluster = LocalCluster(n_workers=options.jobs or default_jobs(), threads_per_worker=1, processes=True,
                                   dashboard_address="127.0.0.1:0", silence_logs=False)  # :8787 may be taken
        return Client(cluster)
    _check_greets(address)
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise UsageError(f"cannot reach the Dask scheduler: {error}", source=address) from None
    except Exception as error:  # a server that answers, but not in Dask's protocol (MemoryError on its lengths)
        raise UsageError(f"not a Dask scheduler: {type(error).__name__}", source=address) from None


def _check_greets(address: str) -> None:
    """A Dask scheduler speaks first on a new TCP connection (its handshake); a web server, or a
    dashboard port given by mistake, waits for the client, and Dask's client would wait for it
    forever. Addresses of other transports (tls://, inproc://) are left to Dask."""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme != "tcp":
        return
    try:
        host, port = parts.hostname, parts.port
        with socket.create_connection((host or "127.0.0.1", port or 8786), timeout=GREETING_SECONDS) as connection:
            greeting = connection.recv(1)
    except TimeoutError:
        raise UsageError(f"not a Dask scheduler: it said nothing within {GREETING_SECONDS} s of connecting",
                         source=address) from None
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot reach the Dask scheduler: {error}", source=address) from None
    if not greeting:
        raise UsageError("not a Dask scheduler: it closed the connection without a word", source=address)


def disconnect(client: Client) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


class Stopped(BaseException):
    """A stop signal arrived while the run waited for answers."""


class Stops:
    """Ctrl-C and SIGTERM while a cluster run lasts: noted, and raised as Stopped only while
    ``waiting`` (in the run's own code, never in the CLI's); ``again`` gives the first one to the
    handler that was there before, once the run has wound down."""

    def __init__(self) -> None:
        self.arrived: list[int] = []
        self.waiting = False

    def note(self, number: int, frame: FrameType | None) -> None:
        self.arrived.append(number)
        if self.waiting:
            self.waiting = False
            raise Stopped

    def again(self) -> None:
        if self.arrived:
            signal.raise_signal(self.arrived[0])


@contextmanager
def stops_noted() -> Iterator[Stops]:
    stops = Stops()
    if threading.current_thread() is not threading.main_thread():  # only it may set handlers
        yield stops
        return
    # A signal ignored from the start (nohup, a background job) stays ignored.
    previous = {number: signal.signal(number, stops.note) for number in STOP_SIGNALS
                if signal.getsignal(number) is not signal.SIG_IGN}
    try:
        yield stops
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


@contextmanager
def dask_quiet(quiet: bool) -> Iterator[None]:
    """Dask's own logging off while the run lasts (our one-line errors say what matters): its
    loggers each have a level and a handler of their own; a local cluster's workers take it from
    the environment."""
    names = [name for name in list(logging.root.manager.loggerDict) if name.split(".")[0] == "distributed"]
    loggers = [(logger, logger.level) for logger in map(logging.getLogger, names)]
    variable = os.environ.get("DASK_LOGGING__DISTRIBUTED")
    if quiet:
        for logger, _ in loggers:
            logger.setLevel(logging.CRITICAL + 1)
        os.environ["DASK_LOGGING__DISTRIBUTED"] = "critical"
    try:
        yield
    finally:
        for logger, level in loggers:
            logger.setLevel(level)
        if variable is None:
            os.environ.pop("DASK_LOGGING__DISTRIBUTED", None)
        else:
            os.environ["DASK_LOGGING__DISTRIBUTED"] = variable


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
