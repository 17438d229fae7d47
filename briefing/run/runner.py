"""A run: many inputs briefed into many notes, or into one digest, with a morning run's memory.

``brief_inputs`` and ``digest_inputs`` are the batch and the digest as the Python API offers them:
they plan the outputs (batch.py), brief in our own worker processes or on a Dask cluster (the
cluster runner is handed in by the caller, which sits above this layer), write each output
atomically as it comes, report each failure on the console as one line and go on, and return
a RunReport. Exit codes are the command line's business.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from briefing.digest.make import digest_of
from briefing.errors import BriefingError, InternalError, OutputError, UsageError
from briefing.io.atomic import write_atomically
from briefing.io.signals import stop_signals_held
from briefing.model import STDIN
from briefing.options import Settings
from briefing.read.sources import read_capped
from briefing.render.formats import OUTPUT_FORMATS, render_digest
from briefing.run import batch
from briefing.run import plan as planning
from briefing.run.console import Console
from briefing.run.jsonl import gather
from briefing.run.placeholders import fill_title
from briefing.run.recurring import MorningRun, delivered, delivered_digest, start_morning
from briefing.run.writing import remove_if_empty
from briefing.summarize.pipeline import creation_time

DEBUG_HINT = " (run with --debug for details)"


class ClusterRunner(Protocol):
    """What runs a plan on a Dask cluster (briefing.cluster.run.run)."""

    def __call__(
        self, plan: planning.Plan, settings: Settings, *, stdin: bytes | None, quiet: bool
    ) -> Generator[batch.Outcome | batch.Landed | batch.Found, None, None]: ...


@dataclass(frozen=True)
class RunReport:
    """What a run did: how many notes it wrote (or articles it digested), what failed (each said
    on the console already), and whether a morning run found nothing new."""

    written: int
    failures: tuple[BriefingError, ...] = ()
    nothing_new: bool = False
    digest: bool = False


def run_inputs(
    names: Sequence[str], settings: Settings, *, output: str | None = None, console: Console | None = None,
    debug: bool = False, typed: Mapping[str, Any] | None = None, cluster: Callable[[], ClusterRunner] | None = None,
) -> RunReport:
    """Brief ``names`` (paths, URLs, patterns, folders, ``-``) as ``settings`` say: a note each,
    or one digest with ``settings.digest.digest``. ``output``: one file, or ``-`` for standard
    output; ``typed``: the settings given on the command line (a morning run's checks read them);
    ``cluster``: what loads the cluster runner, for settings that name a Dask scheduler."""
    typed, console = typed or {}, console or Console.system()
    started = creation_time()  # a bad SOURCE_DATE_EPOCH is refused once, before any work
    output, settings, morning = start_morning(output, settings, started=started, typed=typed)
    _check_stdout(output, settings, console)
    digest = settings.digest.digest
    # A digest (or a morning run) is made here even where briefing.toml or BRIEFING_SCHEDULER name a cluster.
    on_cluster = bool(settings.run.scheduler) and not digest and not morning.here
    if on_cluster and cluster is None:
        raise UsageError("a Dask scheduler is set: give run_inputs the cluster runner (briefing.cluster.run.run)")
    runner = cluster() if on_cluster and cluster is not None else None  # before any work: is Dask installed?
    console.detail(f"{len(names)} input{'s' if len(names) != 1 else ''}; method {settings.brief.method}, language "
                   f"{settings.brief.language}, format {settings.run.format}"
                   f"{f', on {settings.run.scheduler}' if runner else ''}")
    with closing(morning.open(waiting=lambda: console.say(f"waiting for another run using {morning.state_path}"))):
        settings = morning.for_workers(settings)
        plan = (planning.plan_digest if digest else planning.plan)(names, output=output, options=settings.run)
        clock = time.monotonic()
        try:
            if digest:
                return _digest(plan, settings, console, debug=debug, morning=morning)
            return _brief_all(plan, settings, console, debug=debug, cluster=runner, morning=morning)
        finally:
            remove_if_empty(plan.created)
            console.detail(f"took {time.monotonic() - clock:.2f} s")


def _check_stdout(output: str | None, settings: Settings, console: Console) -> None:
    if output == STDIN and console.stdout_closed:
        raise UsageError("standard output is closed; give -o FILE, or leave out -o")
    if output == STDIN and OUTPUT_FORMATS[settings.run.format].binary and console.stdout_is_terminal:
        raise UsageError(f"{settings.run.format} output would garble the terminal; "
                         "redirect it (> note.pdf) or name a file with -o")


def _brief_all(
    plan: planning.Plan, settings: Settings, console: Console, *, debug: bool, cluster: ClusterRunner | None,
    morning: MorningRun,
) -> RunReport:
    _refuse_one_note_flags(plan, settings, ("title", "source_url", "source_name"))
    work = _Work(plan, console, debug=debug)
    written = 0
    for outcome in work.done(settings, one_note=plan.names is None, cluster=cluster):
        for remark in outcome.remarks if isinstance(outcome, batch.Briefed) else ():
            console.warn(remark)  # a note's own remarks, said here, not in a cluster's worker
        if isinstance(outcome, batch.Landed):  # an archive's notes, gathered in one file (--jsonl)
            console.print(outcome.path)
            written += outcome.notes
        elif not morning.admit(outcome) or not isinstance(outcome, batch.Briefed):
            continue  # briefed by an earlier run, or older than --since
        elif outcome.data is None:  # written already: by a cluster's worker, or into its archive's file
            if outcome.written is not None:
                console.print(outcome.written)
                written += 1
        else:
            try:
                destination = fill_title(plan.destination(outcome), outcome.title)
                _deliver(outcome.data, destination, console,
                         landed=partial(morning.written, delivered(outcome, destination)))
                console.detail(f"{outcome.source}: {outcome.title!r} → {destination or 'standard output'}")
                written += 1
            except OutputError as failure:  # this output fails alone: the batch goes on
                console.say(str(failure))
                work.failures.append(failure)
    return _finish(morning, console, written=written, failures=work.failures,
                   tally=plan.total > 1 or work.expanded, verb="written")


def _digest(
    plan: planning.Plan, settings: Settings, console: Console, *, debug: bool, morning: MorningRun
) -> RunReport:
    """One note of all the inputs: each article is read and briefed in the workers, as in a
    batch; the stories are formed, briefed and rendered here, once all are in."""
    _refuse_one_note_flags(plan, settings, ("source_url", "source_name"))  # --title titles the digest
    if OUTPUT_FORMATS[settings.run.format].render_digest is None:
        raise UsageError(f"the {settings.run.format} format cannot hold a digest")
    work = _Work(plan, console, debug=debug)
    per_article = replace(settings, brief=replace(settings.brief, title=None))
    taken = sorted(((work.order[outcome.source], outcome) for outcome in work.done(per_article, one_note=False)
                    if isinstance(outcome, batch.Briefed | batch.LeftOut) and morning.admit(outcome)
                    and isinstance(outcome, batch.Briefed)
                    and outcome.note is not None), key=lambda pair: pair[0])
    notes = [outcome.note for _, outcome in taken if outcome.note is not None]
    if notes:
        articles = "1 article" if len(notes) == 1 else f"{len(notes)} articles"
        with console.status(f"grouping {articles} into stories and laying out the digest"):
            digest = digest_of(notes, settings.brief, settings.digest)
            data = render_digest(digest, settings.run.format, settings.render)
        destination = plan.destinations[planning.DIGEST]
        destination = fill_title(destination, digest.title)
        _deliver(data, destination, console,
                 landed=partial(morning.written, delivered_digest(digest.title, [o for _, o in taken], destination)))
    report = _finish(morning, console, written=len(notes), failures=work.failures,
                     tally=plan.total > 1 or work.expanded, verb="digested")
    return replace(report, digest=True)


def _finish(
    morning: MorningRun, console: Console, *, written: int, failures: list[BriefingError], tally: bool, verb: str
) -> RunReport:
    """The run's last lines: the tally, with what a morning run left out; or, when a morning run
    found nothing new and nothing failed, one line saying so."""
    morning.finish()
    if morning.active and written == 0 and not failures:
        console.inform(morning.nothing_new())
        return RunReport(written, nothing_new=True)
    if tally:
        console.inform(f"{written} {verb}, {len(failures)} failed{morning.tally()}")
    return RunReport(written, tuple(failures))


def _refuse_one_note_flags(plan: planning.Plan, settings: Settings, keys: tuple[str, ...]) -> None:
    one_note_only = [key for key in keys if getattr(settings.brief, key)]
    if (plan.total > 1 or plan.archives) and one_note_only:  # an archive on a cluster holds many, uncounted yet
        flag = "--" + one_note_only[0].replace("_", "-")
        raise UsageError(f"{flag} describes one article; give one input, or leave it out for a batch")


class _Work:
    """A run's inputs briefed by our own workers or a cluster's: ``done`` yields each outcome to
    deliver, and reports every failure as it comes (one line each), keeping the progress bar
    and the tally."""

    def __init__(self, plan: planning.Plan, console: Console, *, debug: bool) -> None:
        self.plan, self.console, self.debug = plan, console, debug
        self.failures: list[BriefingError] = list(plan.problems)
        self.expanded = False  # a feed gave items, or an archive lines
        self.order: dict[str, tuple[int, ...]] = {  # input order, a feed's items in its place
            source.name: (number,) for number, source in enumerate(plan.sources)}
        for problem in plan.problems:
            console.say(str(problem))
        for line in plan.skipped:  # not a failure: a note is not an article, a pipe not a file in the folder
            console.inform(line)

    def done(
        self, settings: Settings, *, one_note: bool, cluster: ClusterRunner | None = None
    ) -> Iterator[batch.Briefed | batch.LeftOut | batch.Landed]:
        plan, console = self.plan, self.console
        needs_stdin = any(s.name == STDIN for s in plan.sources)
        stdin = read_capped(console.stdin, settings.run.max_bytes) if needs_stdin else None
        outcomes: Generator[batch.Outcome | batch.Landed | batch.Found, None, None]
        if cluster is not None:
            outcomes = cluster(plan, settings, stdin=stdin, quiet=not self.debug)
        else:
            outcomes = batch.run(plan.sources, settings, stdin=stdin, one_note=one_note)
            outcomes = gather(outcomes, plan.gathered, plan.destinations) if plan.gathered else outcomes
        with console.progress(len(plan.sources)) as progress, closing(outcomes):  # closing ends the workers
            for outcome in outcomes:
                if isinstance(outcome, batch.Found):  # an archive's lines, counted on a cluster
                    self.expanded = self.expanded or outcome.count > 1
                    progress.total = (progress.total or 0) + outcome.count
                    progress.refresh()
                    continue
                if isinstance(outcome, batch.Landed):
                    yield outcome
                    continue
                if isinstance(outcome, batch.Expanded):
                    self._expanded(outcome, progress)
                elif isinstance(outcome, batch.Failed):
                    self._failed(outcome)
                else:
                    yield outcome
                progress.update()

    def _expanded(self, outcome: batch.Expanded, progress: Any) -> None:
        """A feed's items: briefed next, in the feed's place in the input order."""
        if not outcome.children:
            return
        self.expanded = True
        for number, child in enumerate(outcome.children):
            self.order[child.name] = (*self.order[outcome.source], number)
        progress.total = (progress.total or 0) + len(outcome.children)
        progress.refresh()

    def _failed(self, outcome: batch.Failed) -> None:
        if self.debug and outcome.detail:
            self.console.stderr.write(outcome.detail)
        hint = DEBUG_HINT if isinstance(outcome.error, InternalError) and not self.debug else ""
        self.console.say(f"{outcome.error}{hint}")
        self.failures.append(outcome.error)



def _deliver(
    data: bytes, destination: Path | None, console: Console, landed: Callable[[], None] = lambda: None
) -> None:
    """Write the output; then ``landed`` (a morning run records its inputs), before Ctrl-C or
    SIGTERM can stop the run in between."""
    if destination is None:
        console.write_bytes(data)
        landed()
        return
    with stop_signals_held():  # a file written is a file named, even when Ctrl-C comes in between
        write_atomically(destination, data)
        console.print(str(destination))  # a reader of the pipe sees each file as it lands
        landed()
