"""From a path, standard input or a URL to an Article: the bytes (size-capped), their type, the
parsed article (inputs.py); or, for an input that holds others (a feed), the inputs it holds."""

from __future__ import annotations

import os
import re
import select
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO

from briefing.errors import InputError, too_much_text
from briefing.io.fetch import fetch, is_url, too_large
from briefing.io.remote import filesystem
from briefing.model import Article, Source
from briefing.read.input_types import detect, parse
from briefing.read.own_notes import is_own_note_data

DEFAULT_MAX_BYTES = 10_000_000  # about 1.5 million words: far beyond any article
CHUNK_BYTES = 1 << 20
PIPE_WRITER_WAIT = 30.0  # seconds a pipe (FIFO) input may wait for a program to write to it


def read_article(
    source: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
    data: bytes | None = None,
    public_only: bool = False,
) -> Article:
    """Read and parse the article at ``source``: a path, a URL, or ``-`` (then ``data`` holds what
    standard input gave). Raises InputError when it cannot be briefed, a feed included.
    ``public_only``: a URL is fetched only from public addresses (addresses.py)."""
    found = read_source(Source(str(source), data), max_bytes=max_bytes, input_format=input_format,
                        public_only=public_only)
    if not isinstance(found, Article):
        raise InputError(f"is a feed of {len(found)} items, not one article", source=str(source))
    return found


def read_source(
    source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, input_format: str = "auto", public_only: bool = False
) -> Article | tuple[Source, ...]:
    """The Article at ``source``, or the inputs it holds (a feed's items). Its bytes are
    ``source.data`` when in hand, else read from the file or fetched from the URL it names. What
    ``source.credits`` say fills in what the article does not say of itself."""
    source = load_source(source, max_bytes=max_bytes, public_only=public_only)
    name, data, media_type, charset = source.name, source.data, source.media_type, source.charset
    assert data is not None
    if len(data) > max_bytes:
        raise too_large(name, None, max_bytes)
    kind = detect(data, name=name, media_type=media_type, requested=input_format)
    if input_format == "auto" and is_own_note_data(data, kind.name):
        raise InputError(f"is a note briefing wrote, not an article; to brief it anyway, name its format with "
                         f"--input-format {kind.name}", source=name)
    if kind.expand is not None:
        return kind.expand(data, name)
    article = parse(data, source=name, kind=kind, charset=charset, max_chars=max_bytes)
    if kind.unpacks and len(article.text) > max_bytes:  # a Word file can unpack to many times its size
        error = too_much_text(max_bytes)
        raise InputError(error.message, source=name)
    credits = source.credits
    return replace(
        article,
        source=shown_name(name),
        title=article.title or credits.title,
        byline=article.byline or credits.byline,
        published=article.published or credits.published,
        url=article.url or credits.url or (name if is_url(name) else None),
        site=article.site or credits.site,
    )


def load_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, public_only: bool = False) -> Source:
    """``source`` with its bytes in hand: read from its file, or fetched from its URL (then its
    key, unless its container gave one, is the address the fetch ended at, redirects followed;
    ``public_only``: only from public addresses, addresses.py)."""
    if source.data is not None:
        return source
    if is_url(source.name):
        page = fetch(source.name, max_bytes=max_bytes, public_only=public_only)
        return replace(source, data=page.data, media_type=page.media_type, charset=page.charset,
                       key=source.key or page.url)
    return replace(source, data=read_file(Path(source.name), max_bytes=max_bytes))


def shown_name(name: str) -> str:
    """A file name as a note shows it: bytes that are not UTF-8 (which Python keeps as lone
    surrogates) as U+FFFD, since no PDF or JSON can hold the bytes themselves."""
    return re.sub("[\ud800-\udfff]", "\ufffd", name)


def read_file(path: Path, *, max_bytes: int, shown: str | None = None, pipe_wait: float = PIPE_WRITER_WAIT) -> bytes:
    """The bytes of a file, capped; errors name it ``shown`` (as the user named it), else by
    ``path``. A pipe (FIFO) that no program writes to within ``pipe_wait`` seconds is refused."""
    source = shown or str(path)
    with read_errors(source):
        if path.is_dir():
            raise InputError("is a folder, not an article file", source=source)
        status = path.stat()
        if status.st_size > max_bytes:
            raise too_large(source, status.st_size, max_bytes)
        if stat.S_ISFIFO(status.st_mode):
            with os.fdopen(_open_fifo(path, source, pipe_wait), "rb") as stream:
                return read_capped(stream, max_bytes)
        with path.open("rb") as stream:
            return read_capped(stream, max_bytes)  # a file that grows while read is still capped


def _open_fifo(path: Path, source: str, wait: float) -> int:
    """A FIFO opened for reading once a program writes to it, without blocking forever: a plain
    open would wait for a writer that may never come and hold up the rest of a batch."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    ready, _, _ = select.select([descriptor], [], [], wait)
    if not ready:
        os.close(descriptor)
        raise InputError(f"no program wrote to this pipe within {wait:g} seconds", source=source)
    os.set_blocking(descriptor, True)  # a slow writer slows the reader, as with any pipe
    return descriptor


@contextmanager
def read_errors(source: str) -> Iterator[None]:
    """The operating system's errors on reading ``source`` as one-line InputErrors."""
    try:
        yield
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except PermissionError:
        raise InputError("permission denied", source=source) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=source) from None


def read_capped(stream: IO[bytes], max_bytes: int) -> bytes:
    """What ``stream`` gives, up to ``max_bytes`` and one byte more (which tells an input over
    the cap), read in chunks: a generous cap is never allocated up front."""
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = stream.read(min(CHUNK_BYTES, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_remote(url: str, *, max_bytes: int, source: str) -> bytes:
    """The bytes at ``url``, refused over ``max_bytes`` from its size, with the local reader's
    messages."""
    fs, path = filesystem(url)
    with read_errors(source):
        size = fs.size(path)
        if size is not None and size > max_bytes:
            raise too_large(source, size, max_bytes)
        with fs.open(path, "rb") as stream:
            data: bytes = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(source, None, max_bytes)
    return data
