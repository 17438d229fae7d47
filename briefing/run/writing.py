"""Where outputs go: their names (one per input, never an input's own), their suffixes, their
folders made and checked before any work, and taken back when nothing was written in them.
Writing itself is io/atomic.py's."""

from __future__ import annotations

import os
from collections.abc import Sequence, Set
from pathlib import Path

from briefing.errors import OutputError, UsageError
from briefing.io.names import fitted, output_stem
from briefing.model import Source
from briefing.read.archives import JSONL_SUFFIX, archive_stem
from briefing.render.formats import OUTPUT_FORMATS


class OutputNames:
    """The names of a run's outputs in one folder: ``<stem>.<suffix>``, and ``x-2``, ``x-3`` …
    for stems already taken in this run (a/x.txt and b/x.txt, or x.txt and x.md). A stem is
    shortened where the name would pass the file system's limit. Names of the run's own input
    files are never given out, so no output replaces an input."""

    def __init__(self, folder: Path, format: str, *, inputs: Set[tuple[int, int]] = frozenset()) -> None:
        self.folder = folder
        self.suffix = OUTPUT_FORMATS[format].suffixes[0]
        self.inputs = inputs
        self.taken: set[str] = set()

    def claim(self, stem: str, *, suffix: str | None = None) -> Path:
        """The next free name for ``stem``, with the format's suffix or ``suffix``."""
        suffix = suffix or self.suffix
        candidate, number = fitted(stem, suffix), 1
        while candidate.casefold() in self.taken or self._is_input(self.folder / candidate):
            number += 1
            candidate = fitted(stem, f"-{number}{suffix}")
        self.taken.add(candidate.casefold())
        return self.folder / candidate

    def _is_input(self, path: Path) -> bool:
        if not self.inputs:
            return False
        try:
            status = path.stat()
        except OSError:
            return False
        return (status.st_dev, status.st_ino) in self.inputs


def check_suffix(path: Path, format: str) -> None:
    """Refuse a file name whose suffix says another format (a PDF written into ``note.txt``)."""
    suffix = path.suffix.lower()
    if suffix and suffix not in OUTPUT_FORMATS[format].suffixes:
        wanted = " or ".join(OUTPUT_FORMATS[format].suffixes)
        raise UsageError(f"the {format} format is written to a {wanted} file, not {suffix} "
                         "(choose the format with --format)", source=str(path))


def prepare_folder(folder: Path) -> list[Path]:
    """Create ``folder`` if needed and check it can be written, before any work is done.
    The folders created, innermost first."""
    created = [path for path in (folder, *folder.parents) if not path.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError("is a file, not a folder", source=str(folder)) from None
    except OSError as error:
        raise OutputError(f"cannot create the folder: {error.strerror}", source=str(folder)) from None
    if not folder.is_dir():
        raise OutputError("is not a folder", source=str(folder))
    if _read_only(folder):
        raise OutputError("is on a read-only file system", source=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError("no permission to write in this folder", source=str(folder))
    return created


def _read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs here: the write will say
        return False


def remove_if_empty(folders: Sequence[Path]) -> None:
    """Take back the output folders a run made (innermost first) and wrote nothing into."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty (or gone): neither it nor the folders around it are ours to take


def name_lines(
    lines: Sequence[Source], namer: OutputNames, destinations: dict[str, Path | None], *, jsonl: bool
) -> dict[Path, tuple[str, ...]]:
    """Name the outputs of archive lines, in order, after the other inputs; with ``jsonl``, one
    file for each archive's lines instead (which lines it gathers, in order, is returned)."""
    if not jsonl:
        destinations.update((line.name, namer.claim(line.output_stem or output_stem(line.name))) for line in lines)
        return {}
    by_archive: dict[str, list[str]] = {}
    for line in lines:
        by_archive.setdefault(line.found_in or line.name, []).append(line.name)
    gathered = {}
    for archive, names in by_archive.items():
        path = namer.claim(archive_stem(archive), suffix=JSONL_SUFFIX)
        gathered[path] = tuple(names)
        destinations.update(dict.fromkeys(names, path))
    return gathered
