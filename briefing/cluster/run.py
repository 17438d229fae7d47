"""Briefing on a Dask cluster (--scheduler): the client plans, the workers read, brief and write.

The client names every output as the local runner does (batch.plan; then the lines of JSONL
archives, which the workers count without sending their text, cluster_plan.py), and maps chunks
of inputs over the workers, a window of them in flight, so that it holds only names and small
answers however large the batch. It writes only the notes named after their titles (URLs, feed
items), which it names as they come. Imported only with --scheduler: Dask costs about a second.

Stopping (cluster_connect.py): Ctrl-C or SIGTERM sets the run's cancel event, which chunks check
before they start and then every half second between notes; the answers of those under way are
still taken, so that each note written is named. A worker that dies has its chunk run again by
the scheduler; a chunk that keeps killing workers (KilledWorker) is tried input by input, so that
only the input that kills fails. Writes are atomic and the same on every try, so nothing is
written twice.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from distributed import Client, Event, KilledWorker, as_completed, wait

from briefing.cluster.connect import Stopped, Stops, connect, dask_quiet, disconnect, stops_noted
from briefing.cluster.plan import Archive, Join, plan_archives, plan_jobs, single_inputs
from briefing.cluster.tasks import Chunk, Lines, Warm, brief_chunk, fingerprint, join_parts, probe
from briefing.errors import BriefingError, InputError, InternalError, OutputError, UsageError
from briefing.io.remote import filesystem, is_remote, joined, store
from briefing.model import Source
from briefing.options import Settings
from briefing.run.batch import Briefed, Expanded, Failed, Found, Landed, Outcome
from briefing.run.plan import Plan
from briefing.summarize.pipeline import creation_time

WORKERS_SECONDS = 30  # a scheduler with no worker yet may be waiting for them to start
DRAIN_SECONDS = 5  # after Ctrl-C, how long the chunks under way may take to stop and answer
Work = Chunk | Join


def run(
    plan: Plan, settings: Settings, *, stdin: bytes | None = None, quiet: bool = True
) -> Generator[Outcome | Landed | Found, None, None]:
    """The outcomes of ``plan`` briefed on the cluster ``settings.run.scheduler`` names. A stop
    signal ends the run as cluster_connect says, then reaches its own handler (KeyboardInterrupt)."""
    with dask_quiet(quiet):
        client = connect(settings.run)
        try:
            with stops_noted() as stops:
                yield from _Run(client, plan, settings, stdin, stops).outcomes()
        finally:
            disconnect(client)
        stops.again()


class _Run:
    def __init__(self, client: Client, plan: Plan, settings: Settings, stdin: bytes | None, stops: Stops) -> None:
        template = settings.render.template
        self.settings = settings if template is None else replace(  # a worker's folder is not ours
            settings, render=replace(settings.render, template=os.path.abspath(template)))
        self.client, self.plan, self.stdin, self.stops = client, plan, stdin, stops
        self.created = creation_time()  # once, here: a remote worker has not our SOURCE_DATE_EPOCH
        self.run_id = uuid.uuid4().hex[:12]
        self.cancel = Event(f"briefing-cancel-{self.run_id}", client=client)
        self.threads = 1  # counted once workers are there (_check_workers)
        self.in_flight: dict[str, tuple[Any, Work]] = {}
        self.archives: dict[str, Archive] = {}
        self.seen = {source.name for source in plan.sources}

    def outcomes(self) -> Iterator[Outcome | Landed | Found]:
        try:
            self.stops.waiting = True
            self._check_workers()
            archives, problems = plan_archives(self.client, self.plan.archives, self.plan.names, self.settings.run,
                                               run_id=self.run_id, threads=self.threads)
        except Stopped:
            return  # nothing is under way yet
        finally:
            self.stops.waiting = False
        self.archives = {archive.name: archive for archive in archives}
        yield from (Failed(problem.source or "", problem) for problem in problems)
        if archives:
            yield Found(sum(archive.lines for archive in archives))
        waiting: deque[Work] = deque(self._jobs(self.plan.sources, self.plan.destinations))
        for archive in archives:
            if archive.parts_folder and not is_remote(archive.parts_folder):
                os.makedirs(archive.parts_folder, exist_ok=True)
            waiting.extend(archive.chunks)
        try:
            yield from self._map(waiting)
        except Stopped:  # nothing more starts, what runs stops at its next note and is reported
            self.cancel.set()
            yield from self._drain()
        finally:
            self.cancel.set()
            self.client.cancel([future for future, _ in self.in_flight.values()], force=True)
            for archive in archives:
                _remove_parts(archive.parts_folder)

    def _drain(self) -> Iterator[Outcome | Landed]:
        """The answers of the chunks under way, waited for DRAIN_SECONDS at most (or until
        another stop signal)."""
        chunks = [(future, work) for future, work in self.in_flight.values() if not isinstance(work, Join)]
        try:
            self.stops.waiting = True
            wait([future for future, _ in chunks], timeout=DRAIN_SECONDS)
        except (TimeoutError, Stopped):
            pass
        finally:
            self.stops.waiting = False
        for future, work in chunks:
            if future.status == "finished":
                del self.in_flight[future.key]
                yield from self._answered(work, future.result(), deque())

    def _jobs(self, sources: Sequence[Source], destinations: Mapping[str, Path | None]) -> list[Chunk]:
        options = self.settings.run
        return plan_jobs(sources, destinations, self.stdin, options.output_dir, format=options.format,
                         threads=self.threads)

    def _check_workers(self) -> None:
        """Workers that run this briefing (not one started before a change), warmed up, and an
        output folder they write in and the client sees."""
        try:
            self.client.wait_for_workers(1, timeout=WORKERS_SECONDS)
        except TimeoutError:
            raise UsageError(f"the Dask scheduler has no workers (waited {WORKERS_SECONDS} s); start some",
                             source=self.settings.run.scheduler) from None
        self.threads = max(1, sum(self.client.nthreads().values()))
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
        answers = iter(completed)
        while not self.stops.arrived:
            try:
                self.stops.waiting = True  # a stop signal now raises Stopped here
                future = next(answers)
            except StopIteration:
                return
            finally:
                self.stops.waiting = False
            _, work = self.in_flight.pop(future.key)
            try:
                answer: Any = future.result()
            except Exception as error:  # KilledWorker, or a bug in a task
                answer = error
            future.release()
            yield from self._answered(work, answer, waiting)
            fill()
        raise Stopped  # a signal came while the CLI took an outcome

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
                yield Failed(joined_archive.name, _failed(joined_archive.shown, answer))
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
                notes += not isinstance(outcome, Failed)
                yield from self._settled(outcome, waiting)
        else:
            for name in _names(work):
                yield Failed(name, _failed(name, answer))
        if archive is not None and archive.answered(notes):
            waiting.appendleft(Join(archive.name))

    def _settled(self, outcome: Outcome, waiting: deque[Work]) -> Iterator[Outcome]:
        """A worker's outcome as the CLI takes it: a note named after its title written here,
        a feed's items sent out."""
        if isinstance(outcome, Expanded):
            children = tuple(child for child in outcome.children[: self.settings.run.max_items]
                             if child.name not in self.seen)
            self.seen.update(child.name for child in children)
            waiting.extend(self._jobs(children, {}))
            yield replace(outcome, children=children)
        elif isinstance(outcome, Briefed) and outcome.data is not None:
            path = self.plan.destination(outcome)
            assert path is not None
            folder = self.settings.run.output_dir
            destination = joined(folder, path.name) if is_remote(folder) else str(path)
            try:
                store(destination, outcome.data)
                yield Briefed(outcome.source, written=destination, remarks=outcome.remarks)
            except OutputError as error:
                yield Failed(outcome.source, error)
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
