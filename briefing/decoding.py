"""Bytes to normalized text: BOM, UTF-8, UTF-16, or a detected legacy encoding; binary refused."""

from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import InputError

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
    if text is None or looks_binary(text) or "\x00" in text:
        raise InputError("looks like a binary file, not text", source=source)
    return text


def peek(data: bytes, size: int = 4096) -> str:
    """The start of ``data`` as text, leniently, for telling formats apart (never for quoting)."""
    head = data[:size]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head.decode(encoding, errors="ignore")
    return (_utf16_without_bom(head) if b"\x00" in head else None) or head.decode("utf-8", errors="replace")


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


def normalize_text(text: str) -> str:
    """NFC, Unix line ends, no control characters, tabs and odd spaces as plain spaces."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = re.sub(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    # Zero-width and control characters carry nothing a reader sees, and confuse splitting.
    return re.sub(r"[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]", "", text)


def looks_binary(text: str) -> bool:
    """Decoded text with many control characters is not prose (tabs, line ends and form feeds
    are text)."""
    sample = text[:8192]
    odd = sum(
        1
        for character in sample
        if unicodedata.category(character) in ("Cc", "Co", "Cn", "Cs") and character not in "\n\r\t\f"
    )
    return bool(sample) and odd / len(sample) > 0.02
