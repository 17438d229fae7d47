"""Writing a file so that nothing is ever half-written: through a temporary file in its folder,
renamed into place, so that a failed or interrupted write leaves the previous good file as it was
and never a partial one. Devices and pipes are written to directly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path
from types import TracebackType

from briefing.errors import OutputError
from briefing.io.signals import stop_signals_held

TEMPORARY_PREFIX = ".briefing-"  # temporaries are .briefing-XXXXXXXX.part beside their output
PIPE_READER_WAIT = 30.0  # seconds a pipe (FIFO) output may wait for a program to read it


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
    with stop_signals_held(), AtomicFile(path, replacing=status) as file:  # no signal between making and cleaning
        file.write(data)


class AtomicFile:
    """A file written through a temporary beside it, which ``commit`` renames into place (with
    the permissions and owner of the file it replaces, else the umask's) and ``discard`` removes:
    readers see the old file or the whole new one. The temporary's name is short and of fixed
    length: one built from the output's name could pass the file system's 255-byte limit.

    As a context manager it commits when the block ends and discards when the block raises:
    ``with AtomicFile(path) as file: file.write(data)``."""

    def __init__(self, path: Path, *, replacing: os.stat_result | None = None) -> None:
        self.path = path
        self.replacing = replacing
        try:
            handle, self.temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=".part", dir=path.parent)
        except OSError as error:
            raise OutputError(f"cannot write here: {error.strerror}", source=str(path)) from None
        self.stream = os.fdopen(handle, "wb")

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is not None:
            self.discard()
            return
        try:
            self.commit()
        except BaseException:
            self.discard()
            raise

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
