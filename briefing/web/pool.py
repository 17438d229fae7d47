"""The worker processes that brief for the server: one per CPU, started and warmed before the
server takes its first request, each taking one job at a time; the event loop only waits.

Workers are forked from a fork server that has imported jobs.py (and with it the library), so
starting or replacing one costs a fork, not a second of imports; each then renders one note
(jobs.warm). A worker that dies (the out-of-memory killer, a crash) breaks the standard library's
pool: the jobs waiting in it then are answered as failed, and a fresh pool takes the next ones.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from briefing.web import jobs

PRELOAD = ["briefing.web.jobs", "briefing.render.pdf"]  # the library and WeasyPrint, imported once for all workers


class Pool:
    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._executor = self._started()

    def _started(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.processes, mp_context=self._context, initializer=jobs.warm)

    async def warm(self) -> None:
        """Start every worker now, not on the first requests: jobs given at once each start one
        (a worker is started whenever none is idle), and a job runs only once its worker has
        warmed up."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._executor, _started) for _ in range(self.processes)))

    async def run(self, work: Callable[..., jobs.Made | jobs.Refused], *arguments: object) -> jobs.Made | jobs.Refused:
        """``work(*arguments)`` in a worker; a worker's death answers as a failure."""
        executor = self._executor
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, work, *arguments)
        except BrokenProcessPool:
            if self._executor is executor:  # the first to notice replaces the pool
                self._executor = self._started()
                executor.shutdown(wait=False, cancel_futures=True)
            return jobs.Refused("internal error: the worker process briefing it died (out of memory?)", 500)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _started() -> None:
    """Nothing: a job whose only work is to have a worker started (and warmed) for it."""
