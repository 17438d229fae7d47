"""``--jsonl``: the JSON notes of an archive's lines gathered in one JSON Lines file, in line
order, so that a billion articles do not become a billion files.

Each line of the file is one note's JSON, compact; a line that failed has none (its note's
``source.name``, ``<archive>:<line>``, says which line each note comes from). The file is written
through a temporary beside it and renamed into place once every line has come, written or failed.
Locally the main process gathers the notes as the workers finish them (``gather``); on a cluster
each task writes its lines' part and one more task joins the parts (cluster_tasks.py).
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from briefing.errors import OutputError
from briefing.io.atomic import AtomicFile
from briefing.run.batch import Briefed, Expanded, Failed, Landed, Outcome


def as_line(note: bytes) -> bytes:
    """A JSON note on one line."""
    return json.dumps(json.loads(note), ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


class Gathering:
    """One archive's file: notes come in any order and are written in line order."""

    def __init__(self, path: Path, sources: Sequence[str]) -> None:
        self.path = path
        self.order = {source: number for number, source in enumerate(sources)}
        self.waiting: dict[int, bytes | None] = {}
        self.done = 0  # lines written or failed, in order
        self.file: AtomicFile | None = None
        self.failure: OutputError | None = None
        self.notes = 0  # notes in the file

    def add(self, source: str, note: bytes | None) -> bool:
        """Take a line's note (None: it failed); True once the file is in place."""
        self.waiting[self.order[source]] = note
        while self.done in self.waiting:
            note = self.waiting.pop(self.done)
            self.done += 1
            if note is not None and self.failure is None:
                self._write(as_line(note))
        if self.done < len(self.order) or self.file is None or self.failure is not None:
            return False
        self.file.commit()
        self.file = None
        return True

    def _write(self, line: bytes) -> None:
        try:
            if self.file is None:
                self.file = AtomicFile(self.path)
            self.file.write(line)
            self.notes += 1
        except OutputError as error:
            self.failure = error
            raise

    def discard(self) -> None:
        if self.file is not None:
            self.file.discard()
            self.file = None


def gather(
    outcomes: Iterable[Outcome], gathered: Mapping[Path, Sequence[str]], destinations: Mapping[str, Path | None]
) -> Generator[Outcome | Landed, None, None]:
    """The outcomes, with the notes of the lines in ``gathered`` written into their archive's
    file (they come out with no data, counted once the file lands) and a Landed for each file
    once it is complete. A file that cannot be written fails its lines from there on, and
    lands not at all; a run that stops leaves no temporary."""
    gatherings = {path: Gathering(path, sources) for path, sources in gathered.items()}
    try:
        for outcome in outcomes:
            destination = destinations.get(outcome.source)
            gathering = gatherings.get(destination) if destination is not None else None
            if gathering is None or isinstance(outcome, Expanded):
                yield outcome
                continue
            error = outcome.error if isinstance(outcome, Failed) else None
            landed = False
            try:
                landed = gathering.add(outcome.source, outcome.data if isinstance(outcome, Briefed) else None)
            except OutputError as failure:
                error = failure
            if error is None and gathering.failure is not None:
                error = OutputError(f"not gathered: {gathering.path} could not be written", source=outcome.source)
            if error is not None:
                same = isinstance(outcome, Failed) and outcome.error is error
                yield outcome if same else Failed(outcome.source, error)
            else:
                yield replace(outcome, data=None) if isinstance(outcome, Briefed) else outcome
            if landed:
                yield Landed(str(gathering.path), gathering.notes)
    finally:
        for gathering in gatherings.values():
            gathering.discard()
