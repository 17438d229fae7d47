"""Worker processes that each take one item at a time, so that a worker's death is pinned on its item.

The standard library's ProcessPoolExecutor cannot say which task a dead worker was running (an
out-of-memory kill breaks the whole pool, every pending task with it), and stopping it at once is
fragile: a Ctrl-C that lands while ``concurrent.futures.wait`` takes its futures' locks leaves a
lock held, and shutting the pool down then waits forever on its management thread. Here each
worker is one process with its own pipe and no thread or shared lock in between: the main process
knows what every worker is doing, replaces one that dies and reports its item, and ends them all
with SIGKILL whenever it stops, for whatever reason. Workers hold nothing that needs cleaning up:
they compute and send back; the main process writes.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Generic, TypeVar

from briefing.io.signals import STOP_SIGNALS, stop_signals_held

Item = TypeVar("Item")
Result = TypeVar("Result")
# Signals a worker leaves to the main process, which decides what stops and ends the workers.


@dataclass(frozen=True)
class Death:
    """A worker ended before it answered: ``exitcode`` as multiprocessing gives it (-9: SIGKILL)."""

    exitcode: int | None

    @property
    def signal_name(self) -> str | None:
        if self.exitcode is None or self.exitcode >= 0:
            return None
        try:
            return signal.Signals(-self.exitcode).name
        except ValueError:
            return f"signal {-self.exitcode}"


@dataclass
class _Worker(Generic[Item]):
    process: BaseProcess
    connection: Connection
    task: tuple[Item] | None = None  # the item it works on, if any


def run_in_workers(
    work: Callable[[Item], Result], items: Sequence[Item], *, processes: int
) -> Iterator[tuple[Item, Result | Death]]:
    """``(item, work(item))`` pairs in the order they finish, computed in up to ``processes``
    worker processes; ``(item, Death)`` for an item whose worker died (it is replaced). ``work``
    must be picklable where processes are not forked (a module function or a partial of one)."""
    waiting = deque(items)
    workers: list[_Worker[Item]] = []
    try:
        while waiting or any(worker.task for worker in workers):
            while waiting and len(workers) < processes:
                _start(work, workers)
            for worker in workers:
                if worker.task is None and waiting:
                    worker.task = (waiting.popleft(),)
                    worker.connection.send(worker.task[0])
            busy = [worker for worker in workers if worker.task]
            ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy]))
            for worker in busy:
                if worker.task is None or not {worker.connection, worker.process.sentinel} & ready:
                    continue
                (item,), worker.task = worker.task, None
                try:
                    outcome: Result | Death = worker.connection.recv()
                except (EOFError, OSError):  # it died: nothing more will come from its pipe
                    worker.process.join()
                    outcome = Death(worker.process.exitcode)
                    workers.remove(worker)
                    worker.connection.close()
                yield item, outcome
    finally:  # done, interrupted or failed: no worker outlives the run
        for worker in workers:
            worker.process.kill()
        for worker in workers:
            worker.process.join()
            worker.connection.close()


def _start(work: Callable[[Item], Result], workers: list[_Worker[Item]]) -> None:
    """Start a worker and add it to ``workers``. Ctrl-C or SIGTERM is held meanwhile: in the
    worker, until it ignores them (else it would run the main process's handlers); here, until
    the worker is in the list the caller ends."""
    ours, theirs = multiprocessing.Pipe()
    process = multiprocessing.get_context().Process(target=_serve, args=(theirs, ours, work), daemon=True)
    with stop_signals_held():
        process.start()
        theirs.close()  # only the worker holds its end, so its death reads as the end of the pipe
        workers.append(_Worker(process, ours))


def _serve(connection: Connection, main_end: Connection, work: Callable[[Item], Result]) -> None:
    main_end.close()  # a forked worker inherits it: it would never see the main process go
    for number in STOP_SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    while True:
        try:
            item = connection.recv()
        except (EOFError, OSError):  # the main process is gone or done
            return
        result = work(item)
        try:
            connection.send(result)
        except OSError:
            return
