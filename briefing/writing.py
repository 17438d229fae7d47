"""Where outputs go, and writing them so that nothing is ever half-written.

Each output is written to a temporary file in its destination folder and renamed into place: a
failed or interrupted run leaves the previous good file as it was, and never a partial one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Sequence, Set
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import OutputError, UsageError
from .fetch import is_url
from .outputs import OUTPUT_FORMATS
from .reading import STDIN
from .workers import stop_signals_held

MAX_NAME_BYTES = 255  # the longest file name ext4, XFS, APFS and most others take
TEMPORARY_PREFIX = ".briefing-"  # temporaries are .briefing-XXXXXXXX.part beside their output
PIPE_READER_WAIT = 30.0  # seconds a pipe (FIFO) output may wait for a program to read it


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
        candidate, number = _fitted(stem, suffix), 1
        while candidate.casefold() in self.taken or self._is_input(self.folder / candidate):
            number += 1
            candidate = _fitted(stem, f"-{number}{suffix}")
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


def title_stem(title: str) -> str:
    """A file name from a note's title: its words, lower case, joined by dashes, at most 80
    characters ("harbour-city-approves-240m-flood-barrier")."""
    words = re.findall(r"\w+", title.lower())
    stem = "-".join(words)[:80].rstrip("-")
    return stem or "article"


def _fitted(stem: str, ending: str) -> str:
    room = MAX_NAME_BYTES - len(ending.encode())
    return stem.encode()[:room].decode(errors="ignore") + ending


def output_stem(name: str) -> str:
    """What an input's output is named after: the file's stem, the URL's last path segment (or
    its host), ``stdin`` for standard input."""
    if name == STDIN:
        return "stdin"
    if is_url(name):
        try:
            parts = urlsplit(name)
        except ValueError:  # a malformed URL (http://[::1): fetching it will say what is wrong
            return "page"
        segments = [segment for segment in parts.path.split("/") if segment]
        stem = Path(unquote(segments[-1])).stem if segments else parts.hostname or "page"
    else:
        stem = Path(name).stem
    return safe_stem(stem)


def safe_stem(text: str) -> str:
    """``text`` as a file name's stem: runs of anything but letters, digits, ``.``, ``_`` and ``-``
    become one dash ("2026/03 story" → "2026-03-story")."""
    return re.sub(r"[^\w.-]+", "-", text).strip(".-") or "article"


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


def write_atomically(path: Path, data: bytes, *, reader_wait: float = PIPE_READER_WAIT) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename; a file
    replaced keeps its permissions (a note at 0600 stays private). Ctrl-C or SIGTERM meanwhile
    arrives once the file is in place. A device or pipe (/dev/null, /dev/stdout, a FIFO) is
    written to directly: renaming over it would replace it with a plain file. A pipe that no
    program opens for reading within ``reader_wait`` seconds is given up."""
    try:
        status: os.stat_result | None = path.stat()
    except FileNotFoundError:
        status = None  # a new file (or a dangling link, replaced by the file)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", source=str(path)) from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError("is a folder, not a file", source=str(path))
    if status is not None and not stat.S_ISREG(status.st_mode):
        _write_through(path, data, pipe=stat.S_ISFIFO(status.st_mode), reader_wait=reader_wait)
        return
    with stop_signals_held():  # a signal between creating the temporary and its cleanup would leave it
        file = AtomicFile(path, replacing=status)
        try:
            file.write(data)
            file.commit()
        except BaseException:
            file.discard()
            raise


class AtomicFile:
    """A file written through a temporary beside it, which ``commit`` renames into place (with
    the permissions and owner of the file it replaces, else the umask's) and ``discard`` removes:
    readers see the old file or the whole new one. The temporary's name is short and of fixed
    length: one built from the output's name could pass the file system's 255-byte limit."""

    def __init__(self, path: Path, *, replacing: os.stat_result | None = None) -> None:
        self.path = path
        self.replacing = replacing
        try:
            handle, self.temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=".part", dir=path.parent)
        except OSError as error:
            raise OutputError(f"cannot write here: {error.strerror}", source=str(path)) from None
        self.stream = os.fdopen(handle, "wb")

    def write(self, data: bytes) -> None:
        try:
            self.stream.write(data)
        except OSError as error:
            raise OutputError(f"cannot write: {error.strerror}", source=str(self.path)) from None

    def commit(self) -> None:
        status = self.replacing
        try:
            with self.stream:
                self.stream.flush()
                os.fsync(self.stream.fileno())
            if status is not None:
                _take_owner(self.temporary, status)
            os.chmod(self.temporary, stat.S_IMODE(status.st_mode) & 0o777 if status else 0o666 & ~_umask())
            os.replace(self.temporary, self.path)
        except OSError as error:
            raise OutputError(f"cannot write: {error.strerror}", source=str(self.path)) from None

    def discard(self) -> None:
        self.stream.close()
        Path(self.temporary).unlink(missing_ok=True)


def _write_through(path: Path, data: bytes, *, pipe: bool, reader_wait: float) -> None:
    try:
        descriptor = _open_pipe(path, reader_wait) if pipe else os.open(path, os.O_WRONLY)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", source=str(path)) from None


def _open_pipe(path: Path, reader_wait: float) -> int:
    """A FIFO opened for writing once a reader has opened it, without blocking forever: a plain
    open would wait for a reader that may never come and hold up the rest of a batch."""
    deadline = time.monotonic() + reader_wait
    while True:
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as error:
            if error.errno != errno.ENXIO:  # ENXIO: no reader yet
                raise
            if time.monotonic() >= deadline:
                message = f"no program read this pipe within {reader_wait:g} seconds"
                raise OutputError(message, source=str(path)) from None
            time.sleep(0.05)
            continue
        os.set_blocking(descriptor, True)  # a slow reader slows the writer, as with any pipe
        return descriptor


def _take_owner(temporary: str, replaced: os.stat_result) -> None:
    """The replaced file's owner and group for its replacement, where we may set them (root may;
    others keep their own, which is what they had)."""
    with contextlib.suppress(PermissionError):
        os.chown(temporary, replaced.st_uid, replaced.st_gid)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
