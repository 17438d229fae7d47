"""From a path to a decoded, normalized Article: text, headline, paragraphs."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from .errors import InputError
from .model import Article

SUPPORTED_SUFFIXES = (".txt", ".text")
DEFAULT_MAX_BYTES = 10_000_000  # about 1.5 million words: far beyond any article
HEADLINE_MAX_WORDS = 25
_TERMINAL = tuple(".!?:;…\"'”’)»")
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


def read_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and normalize the article at ``path``. Raises InputError when it cannot be briefed."""
    path = Path(path)
    source = str(path)
    try:
        if path.is_dir():
            raise InputError("is a folder, not an article file", source=source)
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit (raise it with --max-size)",
                source=source,
            )
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)  # a file that grows while read is still capped
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except PermissionError:
        raise InputError("permission denied", source=source) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=source) from None
    if len(data) > max_bytes:
        raise InputError(f"is over the {max_bytes / 1e6:g} MB limit (raise it with --max-size)", source=source)
    return parse_article(decode(data, source=source), source=source)


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


def parse_article(text: str, *, source: str) -> Article:
    """Normalize decoded text into an Article: the headline line apart, paragraphs one blank line apart."""
    if _looks_binary(text):
        raise InputError("looks like a binary file, not text", source=source)
    paragraphs = _paragraphs(normalize_text(text))
    if not paragraphs:
        raise InputError("the article is empty", source=source)
    title = None
    if len(paragraphs) > 1 and _is_headline(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    return Article(text="\n\n".join(paragraphs), source=source, title=title or None)


def normalize_text(text: str) -> str:
    """NFC, Unix line ends, no control characters, tabs and odd spaces as plain spaces."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = re.sub(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    # Zero-width and control characters carry nothing a reader sees, and confuse splitting.
    return re.sub(r"[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]", "", text)


def _paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs. Inside a block, lines that each end a sentence are
    paragraphs of their own (one paragraph a line); otherwise the lines are hard-wrapped prose."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        one_a_line = all(line.endswith(_TERMINAL) for line in lines[1:-1])
        first_stands_alone = lines[0].endswith(_TERMINAL) or (
            not paragraphs and _is_headline(lines[0]) and not lines[-1][0].islower()
        )
        if len(lines) > 1 and one_a_line and first_stands_alone:
            paragraphs.extend(lines)
        else:
            paragraphs.append(" ".join(lines))
    return paragraphs


def _is_headline(line: str) -> bool:
    """A short line without final punctuation, as a headline is written."""
    return (
        len(line.split()) <= HEADLINE_MAX_WORDS
        and not line.endswith((".", ",", ";", ":", "…"))
        and any(character.isalpha() for character in line)
    )


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
