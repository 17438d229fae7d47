"""Briefing on a Dask cluster (--scheduler): the client plans, the workers read, brief and write.

The client names every output as the local runner does (batch.plan; then the lines of JSONL
archives, which the workers count without sending their text, cluster_plan.py), and maps chunks
of inputs over the workers, a window of them in flight, so that it holds only names and small
answers however large the batch. It writes only the notes named after their titles (URLs, feed
items), which it names as they come. Imported only with --scheduler: Dask costs about a second.

Stopping: Ctrl-C or SIGTERM sets the run's cancel event, which running chunks check between notes,
and cancels the rest. A worker that dies has its chunk run again by the scheduler; a chunk that
keeps killing workers (KilledWorker) is tried input by input, so that only the input that kills
fails. Writes are atomic and the same on every try, so nothing is written twice.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import threading
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from distributed import Client, Event, KilledWorker, LocalCluster, as_completed

from .batch import Found, Landed, Outcome, Plan, default_jobs
from .cluster_plan import Archive, Join, plan_archives, plan_jobs, single_inputs
from .cluster_tasks import Chunk, Lines, Warm, brief_chunk, fingerprint, join_parts, probe
from .errors import BriefingError, InputError, InternalError, OutputError, UsageError
from .model import Source
from .options import RunOptions, Settings
from .pipeline import creation_time
from .remote import filesystem, is_remote, joined, store

CONNECT_TIMEOUT = "10s"
Work = Chunk | Join


def run(
    plan: Plan, settings: Settings, *, stdin: bytes | None = None, quiet: bool = True
) -> Generator[Outcome | Landed | Found, None, None]:
    """The outcomes of ``plan`` briefed on the cluster ``settings.run.scheduler`` names."""
    with _dask_quiet(quiet):
        client = connect(settings.run)
        try:
            yield from _Run(client, plan, settings, stdin).outcomes()
        finally:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()


def connect(options: RunOptions) -> Client:
    address = options.scheduler or "local"
    if address == "local":
        # A terminal's Ctrl-C reaches the whole process group: the workers start with SIGINT
        # ignored (kept across exec), and Warm ignores it again in a worker restarted later.
        with _sigint_ignored():
            cluster = LocalCluster(n_workers=options.jobs or default_jobs(), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=False)
        return Client(cluster)
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise UsageError(f"cannot reach the Dask scheduler: {error}", source=address) from None


class _Run:
    def __init__(self, client: Client, plan: Plan, settings: Settings, stdin: bytes | None) -> None:
        template = settings.render.template
        self.settings = settings if template is None else replace(  # a worker's folder is not ours
            settings, render=replace(settings.render, template=os.path.abspath(template)))
        self.client, self.plan, self.stdin = client, plan, stdin
        self.created = creation_time()  # once, here: a remote worker has not our SOURCE_DATE_EPOCH
        self.run_id = uuid.uuid4().hex[:12]
        self.cancel = Event(f"briefing-cancel-{self.run_id}", client=client)
        self.threads = max(1, sum(client.nthreads().values()))
        self.in_flight: dict[str, tuple[Any, Work]] = {}
        self.archives: dict[str, Archive] = {}
        self.seen = {source.name for source in plan.sources}

    def outcomes(self) -> Iterator[Outcome | Landed | Found]:
        self._check_workers()
        options = self.settings.run
        archives, problems = plan_archives(self.client, self.plan.archives, self.plan.names, options,
                                           run_id=self.run_id, threads=self.threads)
        self.archives = {archive.name: archive for archive in archives}
        yield from (Outcome(problem.source or "", error=problem) for problem in problems)
        if archives:
            yield Found(sum(archive.lines for archive in archives))
        waiting: deque[Work] = deque(self._jobs(self.plan.sources, self.plan.destinations))
        for archive in archives:
            if archive.parts_folder and not is_remote(archive.parts_folder):
                os.makedirs(archive.parts_folder, exist_ok=True)
            waiting.extend(archive.chunks)
        finished = False
        try:
            yield from self._map(waiting)
            finished = True
        finally:
            if not finished:  # Ctrl-C, SIGTERM, or the CLI stopped reading: stop the workers' chunks
                self.cancel.set()
                self.client.cancel([future for future, _ in self.in_flight.values()], force=True)
            for archive in archives:
                _remove_parts(archive.parts_folder)

    def _jobs(self, sources: Sequence[Source], destinations: Mapping[str, Path | None]) -> list[Chunk]:
        options = self.settings.run
        return plan_jobs(sources, destinations, self.stdin, options.output_dir, format=options.format,
                         threads=self.threads)

    def _check_workers(self) -> None:
        """Workers that run this briefing (not one started before a change), warmed up, and an
        output folder they write in and the client sees."""
        theirs = self.client.run(fingerprint, on_error="return")
        other = sorted(worker for worker, answer in theirs.items() if answer != fingerprint())
        if other:
            raise UsageError(f"the cluster's workers {', '.join(other)} run another version of briefing; "
                             "install this one there and restart them")
        self.client.register_plugin(Warm(self.settings.run.format))
        folder = self.settings.run.output_dir
        if is_remote(folder):
            fs, path = filesystem(folder)
            fs.makedirs(path, exist_ok=True)
        elif self.settings.run.scheduler != "local":
            check_shared(self.client, folder)

    def _map(self, waiting: deque[Work]) -> Iterator[Outcome | Landed]:
        """Work in a window of 4 per worker thread, what it holds coming back as outcomes."""
        completed = as_completed()
        window = 4 * self.threads

        def fill() -> None:
            while waiting and len(self.in_flight) < window:
                work = waiting.popleft()
                future = self._submit(work)
                self.in_flight[future.key] = (future, work)
                completed.add(future)

        fill()
        for future in completed:
            _, work = self.in_flight.pop(future.key)
            try:
                answer: Any = future.result()
            except Exception as error:  # KilledWorker, or a bug in a task
                answer = error
            future.release()
            yield from self._answered(work, answer, waiting)
            fill()

    def _submit(self, work: Work) -> Any:
        key = f"briefing-{self.run_id}-{uuid.uuid4().hex[:12]}"
        if isinstance(work, Join):
            archive = self.archives[work.archive]
            return self.client.submit(join_parts, archive.parts, archive.destination, archive.parts_folder,
                                      key=key, pure=False)
        return self.client.submit(brief_chunk, work, self.settings, self.created, self.cancel.name, key=key, pure=False)

    def _answered(self, work: Work, answer: Any, waiting: deque[Work]) -> Iterator[Outcome | Landed]:
        if isinstance(work, Join):
            joined_archive = self.archives[work.archive]
            if answer is None:
                yield Landed(joined_archive.shown, joined_archive.notes)
            else:
                yield Outcome(joined_archive.name, error=_failed(joined_archive.shown, answer))
            return
        archive = self.archives.get(work.span.name) if isinstance(work, Lines) else None
        if isinstance(answer, KilledWorker) and len(_names(work)) > 1:
            singles = single_inputs(work)  # find the input that kills its worker
            if archive is not None and isinstance(work, Lines):
                archive.split(work, [single for single in singles if isinstance(single, Lines)])
            waiting.extendleft(reversed(singles))
            return
        notes = 0
        if isinstance(answer, list):
            for outcome in answer:
                notes += outcome.error is None
                yield from self._settled(outcome, waiting)
        else:
            for name in _names(work):
                yield Outcome(name, error=_failed(name, answer))
        if archive is not None and archive.answered(notes):
            waiting.appendleft(Join(archive.name))

    def _settled(self, outcome: Outcome, waiting: deque[Work]) -> Iterator[Outcome]:
        """A worker's outcome as the CLI takes it: a note named after its title written here,
        a feed's items sent out."""
        if outcome.children:
            children = tuple(child for child in outcome.children[: self.settings.run.max_items]
                             if child.name not in self.seen)
            self.seen.update(child.name for child in children)
            waiting.extend(self._jobs(children, {}))
            yield replace(outcome, children=children)
        elif outcome.data is not None and outcome.error is None:
            path = self.plan.destination(outcome)
            assert path is not None
            folder = self.settings.run.output_dir
            destination = joined(folder, path.name) if is_remote(folder) else str(path)
            try:
                store(destination, outcome.data)
                yield Outcome(outcome.source, written=destination)
            except OutputError as error:
                yield Outcome(outcome.source, error=error)
        else:
            yield outcome


def _names(work: Chunk) -> tuple[str, ...]:
    return tuple(job.source.name for job in work) if isinstance(work, tuple) else work.names


def _failed(name: str, error: BaseException) -> BriefingError:
    """What a task that raised instead of answering means for each of its inputs."""
    if isinstance(error, KilledWorker):
        return InputError("the Dask workers briefing it died each time it was tried (out of memory?)", source=name)
    if isinstance(error, BriefingError):
        return error
    return InternalError(f"internal error: {type(error).__name__}: {error}", source=name)


def check_shared(client: Client, folder: str, *, probe: Callable[[str, str], str] = probe) -> None:
    """Each worker must see a probe file the client writes in ``folder``, and the client each
    worker's: else the workers' folder of that name is another machine's. ``probe`` is what
    the workers run (cluster_tasks.probe)."""
    token = uuid.uuid4().hex
    mine = Path(folder, f".briefing-probe-{token}")
    mine.write_text(token)
    try:
        answers = client.run(probe, os.path.abspath(folder), token, on_error="return")
        unshared = sorted(worker for worker, name in answers.items()
                          if not isinstance(name, str) or not name or not Path(folder, name).exists())
    finally:
        for path in Path(folder).glob(f".briefing-probe-{token}*"):
            path.unlink(missing_ok=True)
    if unshared:
        raise OutputError(f"this folder is not shared with the cluster's workers ({', '.join(unshared)}): "
                          "give a folder they all see, or an s3:// or gs:// URL", source=folder)


def _remove_parts(folder: str | None) -> None:
    if folder is None:
        return
    if is_remote(folder):
        fs, path = filesystem(folder)
        if fs.exists(path):
            fs.rm(path, recursive=True)
    else:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _dask_quiet(quiet: bool) -> Iterator[None]:
    """Dask's own logging off while the run lasts (our one-line errors say what matters); a
    local cluster's workers inherit it from the environment."""
    logger = logging.getLogger("distributed")
    level, variable = logger.level, os.environ.get("DASK_LOGGING__DISTRIBUTED")
    if quiet:
        logger.setLevel(logging.CRITICAL + 1)
        os.environ["DASK_LOGGING__DISTRIBUTED"] = "critical"
    try:
        yield
    finally:
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
