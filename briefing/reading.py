"""From a path, standard input or a URL to a decoded, normalized Article.

Bytes are read with a size cap, decoded (BOM, UTF-8, UTF-16, or a detected legacy encoding),
normalized, and parsed by their format (formats.py): the headline, byline and date apart, the
body as paragraphs one blank line apart.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import urllib.error
import urllib.request
from pathlib import Path

from . import __version__
from .errors import InputError
from .formats import Parsed, from_html, from_markdown, from_plain
from .model import Article

INPUT_FORMAT_OF_SUFFIX = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
SUPPORTED_SUFFIXES = tuple(INPUT_FORMAT_OF_SUFFIX)
DEFAULT_MAX_BYTES = 10_000_000  # about 1.5 million words: far beyond any article
FETCH_TIMEOUT = 15  # seconds for a URL to answer
STDIN = "-"
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or EPUB file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
    (b"OggS", "a media file"),
    (b"ID3", "an MP3 file"),
)


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def read_article(
    source: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
    data: bytes | None = None,
) -> Article:
    """Read, decode and parse the article at ``source``: a path, a URL, or ``-`` (then ``data``
    holds what standard input gave). Raises InputError when it cannot be briefed."""
    name = str(source)
    kind = None
    if data is None and is_url(name):
        data, kind = _fetch(name, max_bytes=max_bytes)
    elif data is None:
        data = _read_file(Path(name), max_bytes=max_bytes)
    if len(data) > max_bytes:
        raise too_large(name, None, max_bytes)
    if input_format == "auto":
        input_format = kind or INPUT_FORMAT_OF_SUFFIX.get(Path(name).suffix.lower()) or "auto"
    text = decode(data, source=name)
    if input_format == "auto":
        input_format = "html" if _looks_like_html(text) else "txt"
    return parse_article(text, source=name, input_format=input_format)


def too_large(source: str, size: int | None, max_bytes: int) -> InputError:
    """The one message for an input over --max-size, with its size when it is known up front."""
    known = f"is {size / 1e6:.1f} MB, over" if size is not None else "is over"
    return InputError(f"{known} the {max_bytes / 1e6:g} MB limit (raise it with --max-size)", source=source)


def _read_file(path: Path, *, max_bytes: int) -> bytes:
    source = str(path)
    try:
        if path.is_dir():
            raise InputError("is a folder, not an article file", source=source)
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(source, size, max_bytes)
        with path.open("rb") as stream:
            return stream.read(max_bytes + 1)  # a file that grows while read is still capped
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except PermissionError:
        raise InputError("permission denied", source=source) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=source) from None


def _fetch(url: str, *, max_bytes: int) -> tuple[bytes, str | None]:
    """The page at ``url``, with a timeout and a size cap; its format from the Content-Type."""
    request = urllib.request.Request(url, headers={"User-Agent": f"briefing/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise too_large(url, int(length), max_bytes)
            data = response.read(max_bytes + 1)
            kind = response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        raise InputError(f"the server answered {error.code} {error.reason}", source=url) from None
    except urllib.error.URLError as error:
        reason = getattr(error.reason, "strerror", None) or str(error.reason)
        raise InputError(f"cannot fetch: {reason}", source=url) from None
    except TimeoutError:
        raise InputError(f"no answer within {FETCH_TIMEOUT} seconds", source=url) from None
    except OSError as error:
        raise InputError(f"cannot fetch: {error.strerror or error}", source=url) from None
    formats = {"text/html": "html", "application/xhtml+xml": "html", "text/markdown": "md", "text/plain": "txt"}
    return data, formats.get(kind)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


def decode(data: bytes, *, source: str) -> str:
    """Bytes to text. A BOM decides the encoding; else UTF-8; else UTF-16 told by its zero bytes;
    else what charset-normalizer detects (Windows-1252, Latin-1 …). Binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"not valid {encoding.upper()} text", source=source) from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"is {kind}, not text", source=source)
    text = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detected(data)
    if text is None or _looks_binary(text) or "\x00" in text:
        raise InputError("looks like a binary file, not text", source=source)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: in mostly-ASCII text every other byte is zero."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) > 0.7 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def parse_article(text: str, *, source: str, input_format: str = "txt") -> Article:
    """Decoded text → Article: normalized, parsed by its format, headline and byline apart."""
    if _looks_binary(text):
        raise InputError("looks like a binary file, not text", source=source)
    parse = {"md": from_markdown, "html": from_html}.get(input_format, from_plain)
    parsed: Parsed = parse(normalize_text(text))
    paragraphs = [" ".join(paragraph.split()) for paragraph in parsed.paragraphs]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not paragraphs:
        problem = "no article text found in this page" if input_format == "html" else "the article is empty"
        raise InputError(problem, source=source)
    return Article(
        text="\n\n".join(paragraphs),
        source=source,
        title=parsed.title,
        byline=parsed.byline,
        published=parsed.published,
    )


def normalize_text(text: str) -> str:
    """NFC, Unix line ends, no control characters, tabs and odd spaces as plain spaces."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = re.sub(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    # Zero-width and control characters carry nothing a reader sees, and confuse splitting.
    return re.sub(r"[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]", "", text)


def _looks_binary(text: str) -> bool:
    """Decoded text with many control characters is not prose (tabs, line ends and form feeds
    are text)."""
    sample = text[:8192]
    odd = sum(
        1
        for character in sample
        if unicodedata.category(character) in ("Cc", "Co", "Cn", "Cs") and character not in "\n\r\t\f"
    )
    return bool(sample) and odd / len(sample) > 0.02
