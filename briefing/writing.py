"""Where outputs go, and writing them so that nothing is ever half-written.

Each output is written to a temporary file in its destination folder and renamed into place: a
failed or interrupted run leaves the previous good file as it was, and never a partial one.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import OutputError, UsageError
from .fetch import is_url
from .outputs import OUTPUT_FORMATS
from .reading import STDIN


def plan_outputs(inputs: Sequence[str], *, output_dir: Path, format: str) -> list[Path]:
    """One destination per input: ``<stem>.<format>`` in ``output_dir``. Inputs that share a stem
    (a/x.txt and b/x.txt, or x.txt and x.md) get ``x-2``, ``x-3`` … in input order."""
    taken: set[str] = set()
    paths = []
    for name in inputs:
        stem = output_stem(name)
        candidate, number = stem, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stem}-{number}"
        taken.add(candidate.casefold())
        paths.append(output_dir / f"{candidate}{OUTPUT_FORMATS[format].suffixes[0]}")
    return paths


def output_stem(name: str) -> str:
    """What an input's output is named after: the file's stem, the URL's last path segment (or
    its host), ``stdin`` for standard input."""
    if name == STDIN:
        return "stdin"
    if is_url(name):
        parts = urlsplit(name)
        segments = [segment for segment in parts.path.split("/") if segment]
        stem = Path(unquote(segments[-1])).stem if segments else parts.hostname or "page"
    else:
        stem = Path(name).stem
    return re.sub(r"[^\w.-]+", "-", stem).strip(".-") or "article"


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
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError("no permission to write in this folder", source=str(folder))
    return created


def remove_if_empty(folders: Sequence[Path]) -> None:
    """Take back the output folders a run made (innermost first) and wrote nothing into."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty (or gone): neither it nor the folders around it are ours to take


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.
    A device or pipe (/dev/null, /dev/stdout, a FIFO) is written to directly: renaming over it
    would replace it with a plain file."""
    if path.is_dir():
        raise OutputError("is a folder; give a file name", source=str(path))
    if path.exists() and not path.is_file():
        try:
            with path.open("wb") as stream:
                stream.write(data)
        except OSError as error:
            raise OutputError(f"cannot write: {error.strerror}", source=str(path)) from None
        return
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise OutputError(f"cannot write here: {error.strerror}", source=str(path)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write: {error.strerror}", source=str(path)) from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
