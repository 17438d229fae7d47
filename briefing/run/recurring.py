"""The morning run: a run repeated on a schedule briefs only what is new (``--new-only``, what
earlier runs briefed is in state.py's database), only what is recent (``--since``), and keeps
its notes on a shelf (``--index``, shelf.py).

This is the main process's half (the workers' is screening.py, which leaves out an input whose
key is remembered or whose date is before --since, before it is fetched, parsed or briefed).
``MorningRun`` runs around the batch: it holds the state's lock, records each input once its
note (or the digest that took it) is in place, counts what was left out, says "nothing new" when
nothing was, and updates the shelf. ``start_morning`` fills {date} and {time} into the run's
output names first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from briefing.errors import UsageError
from briefing.model import STDIN
from briefing.options import Settings
from briefing.run.batch import Briefed, LeftOut
from briefing.run.placeholders import fill_time, fixed_part
from briefing.run.screening import BRIEFED
from briefing.run.shelf import Shelf, ShelfEntry
from briefing.run.since import OLDER, shown
from briefing.run.state import StateStore, default_state_path

LEFT_OUT_WORDS = {BRIEFED: "briefed before", OLDER: "older than --since"}


@dataclass(frozen=True)
class Delivered:
    """An output in place and the inputs it took, to remember and to shelve."""

    path: Path | None  # None: standard output
    title: str
    kind: str  # "note" or "digest"
    sources: tuple[str, ...]
    keys: tuple[tuple[str, str], ...]  # (key, source) of each input it took


class MorningRun:
    """One run's use of the state, the --since filter and the shelf (only those asked for)."""

    def __init__(self, settings: Settings, *, started: datetime, shelf_folder: Path | None) -> None:
        self.options = settings.recurring
        self.started = started
        self.state_path = Path(self.options.state) if self.options.state else default_state_path()
        self.store = StateStore(self.state_path) if self.options.new_only else None
        self.shelf = Shelf(shelf_folder) if self.options.index and shelf_folder is not None else None
        self.left_out: Counter[str] = Counter()
        self.undated = 0
        self.delivered: list[Delivered] = []

    @property
    def active(self) -> bool:
        """Whether inputs may be left out, so that a run can find nothing new."""
        return self.options.new_only or self.options.since is not None

    @property
    def here(self) -> bool:
        """Whether the run must be made on this machine (its records and shelf are kept here)."""
        return self.active or self.shelf is not None

    def open(self, *, waiting: Callable[[], None]) -> MorningRun:
        if self.store is not None:
            self.store.open(waiting=waiting)
        return self

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def for_workers(self, settings: Settings) -> Settings:
        """The settings the workers get: the state's path made absolute (a worker reads it)."""
        if self.store is None:
            return settings
        return replace(settings, recurring=replace(self.options, state=str(self.state_path.absolute())))

    def admit(self, outcome: Briefed | LeftOut) -> bool:
        """Whether an outcome is to be written: not left out by a worker, not taken already in
        this run (the same text under two names), and counted."""
        left_out = outcome.why if isinstance(outcome, LeftOut) else None
        key = outcome.key if isinstance(outcome, Briefed) else None
        if left_out is None and key is not None and self.store is not None and self.store.has(key):
            left_out = BRIEFED
        if left_out is not None:
            self.left_out[left_out] += 1
            return False
        self.undated += isinstance(outcome, Briefed) and outcome.undated
        return True

    def written(self, delivered: Delivered) -> None:
        """An output is in place: its inputs are remembered now (a kill before this line briefs
        them again next time; never loses them)."""
        self.delivered.append(delivered)
        if self.store is not None and delivered.keys:
            self.store.remember(delivered.keys, str(delivered.path) if delivered.path else None)

    def tally(self) -> str:
        """What the run left out and kept undated, for the end of the tally line."""
        parts = [f"{count} {LEFT_OUT_WORDS[reason]}" for reason, count in sorted(self.left_out.items())]
        if self.options.since is not None:
            parts.append(f"{self.undated} undated (kept)")
        return "".join(f", {part}" for part in parts)

    def nothing_new(self) -> str:
        """'nothing new since 12 February 2026 08:00': since --since, else the last run."""
        since = datetime.fromisoformat(self.options.since) if self.options.since else None
        if since is None and self.store is not None:
            since = self.store.last_run()
        return f"nothing new since {shown(since)}" if since is not None else "nothing new"

    def finish(self) -> None:
        """The run is over: the shelf rewritten when anything was written, the run recorded."""
        shelved = [ShelfEntry(str(item.path), item.title, item.kind, self.started, item.sources)
                   for item in self.delivered if item.path is not None]
        if self.shelf is not None and shelved:
            self.shelf.update(shelved)
        if self.store is not None:
            self.store.finish_run(len(self.delivered))



def start_morning(
    output: str | None, settings: Settings, *, started: datetime, typed: Mapping[str, object]
) -> tuple[str | None, Settings, MorningRun]:
    """The run's -o and output folder with {date} and {time} filled in, its settings, and its
    MorningRun (the shelf kept where the output folder stays the same each morning)."""
    options = settings.recurring
    asked = [flag for flag, on in (("--new-only", options.new_only), ("--since", options.since is not None),
                                   ("--index", options.index)) if on]
    if asked and "scheduler" in typed:
        raise UsageError(f"{asked[0]} is kept on this machine: leave out --scheduler")
    if options.new_only and settings.run.jsonl:
        raise UsageError("--new-only remembers each note as it lands, and --jsonl gathers many: leave one out")
    if options.index and output == STDIN:
        raise UsageError("--index keeps index.html beside the notes: give -o FILE or --output-dir, not -o -")
    shelf_folder = fixed_part(str(Path(output).parent) if output else settings.run.output_dir)
    if output is not None and output != STDIN:
        output = fill_time(output, started, flag="-o")
    folder = fill_time(settings.run.output_dir, started, flag="--output-dir")
    if folder != settings.run.output_dir:
        settings = replace(settings, run=replace(settings.run, output_dir=folder))
    return output, settings, MorningRun(settings, started=started, shelf_folder=shelf_folder)


def delivered(outcome: Briefed, destination: Path | None) -> Delivered:
    """A note in place, from its outcome."""
    keys = ((outcome.key, outcome.source),) if outcome.key else ()
    return Delivered(destination, outcome.title or outcome.source, "note", (outcome.source,), keys)


def delivered_digest(title: str, taken: Sequence[Briefed], destination: Path | None) -> Delivered:
    """A digest in place, with every input it took."""
    keys = tuple((outcome.key, outcome.source) for outcome in taken if outcome.key)
    return Delivered(destination, title, "digest", tuple(outcome.source for outcome in taken), keys)
