"""Files named by fsspec URLs (``s3://``, ``gs://``, ``memory://`` …): what a cluster's workers
read and write, and the client lists. fsspec comes with the cluster extra and is imported only
when such a URL is met; ``file://`` URLs are plain paths.

An output is written whole or not at all: on a local or shared file system through a temporary
file renamed into place (atomic.write_atomically), on an object store as one upload, which
appears only once complete. Writing the same bytes twice (a task run again after its worker died)
leaves one file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from briefing.errors import InputError, OutputError, UsageError
from briefing.io.atomic import write_atomically
from briefing.io.fetch import is_url
from briefing.options import register_conversion

MISSING_EXTRA = "needs the cluster extra (Dask and fsspec): pip install 'briefing[cluster]'"
FILE_URL = "file://"


def is_remote(name: str) -> bool:
    """A URL fsspec reads (not http(s), which briefing fetches itself; not file://, a path)."""
    return "://" in name and not is_url(name) and not name.lower().startswith(FILE_URL)


def local_path(name: str) -> str:
    """A ``file://`` URL as the path it names; anything else as it is."""
    return name[len(FILE_URL):] if name.lower().startswith(FILE_URL) else name


register_conversion("output_dir", local_path)


def filesystem(url: str) -> tuple[Any, str]:
    """fsspec's file system for ``url``, and the path on it."""
    try:
        import fsspec
    except ImportError:
        raise UsageError(MISSING_EXTRA, source=url) from None
    try:
        fs, path = fsspec.core.url_to_fs(url)
        return fs, str(path)
    except (ImportError, ValueError) as error:  # a protocol whose package is missing (s3fs, gcsfs)
        raise UsageError(f"cannot open this URL: {error}", source=url) from None


@contextmanager
def open_remote(url: str) -> Iterator[IO[bytes]]:
    fs, path = filesystem(url)
    with fs.open(path, "rb") as stream:
        yield stream


def expand_remote(name: str, suffixes: tuple[str, ...]) -> tuple[list[str], InputError | None]:
    """A URL as the inputs it names: a pattern's matches and a folder's files with a supported
    suffix, sorted; else the URL itself (missing, it is reported when read)."""
    fs, path = filesystem(name)
    try:
        if any(character in path for character in "*?["):
            found, missing = fs.glob(path), "no supported files ({}) match this pattern"
        elif fs.isdir(path):
            found, missing = fs.ls(path, detail=False), "no supported files ({}) in this folder"
        else:
            return [name], None
    except OSError as error:
        return [], InputError(f"cannot list: {error.strerror or error}", source=name)
    urls = sorted(fs.unstrip_protocol(item) for item in found if str(item).lower().endswith(suffixes))
    return urls, None if urls else InputError(missing.format(", ".join(suffixes)), source=name)


def store(destination: str, data: bytes) -> None:
    """Write ``data`` whole to a path or URL, replacing what is there."""
    if not is_remote(destination):
        write_atomically(Path(destination), data)
        return
    fs, path = filesystem(destination)
    try:
        fs.pipe_file(path, data)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", source=destination) from None


def joined(folder: str, name: str) -> str:
    """``name`` in ``folder``, a path or a URL."""
    return f"{folder.rstrip('/')}/{name}" if is_remote(folder) else str(Path(folder) / name)
