"""Bytes to normalized text: BOM, UTF-16, a declared charset, UTF-8, or a legacy encoding
(legacy.py); binary refused."""

from __future__ import annotations

import codecs
import contextlib
import html
import logging
import re
import unicodedata
from html.entities import html5

from briefing.errors import InputError
from briefing.read.legacy import legacy_text

LOG = logging.getLogger("briefing")

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


def decode(data: bytes, *, source: str, declared: str | None = None) -> str:
    """Bytes to text, verbatim. A BOM decides; else UTF-16 told by its zero bytes; else the charset
    the input declares (``declared``: a server's Content-Type; else an HTML meta or XML
    declaration), unless the bytes are valid UTF-8; else UTF-8, where a few invalid bytes among
    many valid characters are replaced with U+FFFD, with a warning; else a legacy encoding
    (legacy.py). Binary data is refused."""
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
        charset = text_encoding(declared) or text_encoding(declared_in(data), in_document=True)
        if charset is not None:
            text = _as_declared(data, charset, source=source)
        else:
            text = _utf8(data, source=source) or legacy_text(data)
    if text is None or looks_binary(text) or "\x00" in text:
        raise InputError("looks like a binary file, not text", source=source)
    return text


def text_encoding(label: str | None, *, in_document: bool = False) -> str | None:
    """Python's name for a declared charset, or None when it names no text encoding a page may
    use (an unknown label, or a codec such as ``unicode_escape`` that would not read text
    verbatim). Labels are read as browsers read them: Latin-1 and ASCII mean Windows-1252, and a
    page that declares UTF-16 in its own (ASCII-readable) markup is UTF-8."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8" if in_document else name
    name = _BROWSER_NAMES.get(name, name)
    try:
        verbatim = _PROBE.decode(name) == _PROBE.decode("ascii") and name not in ("idna", "utf-7")
    except (LookupError, UnicodeError):
        verbatim = False
    return name if verbatim else None


def declared_in(data: bytes) -> str | None:
    """The charset an HTML page or XML document declares in its first kilobyte, if any."""
    head = data[:1024]
    match = _XML_DECLARATION.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _as_declared(data: bytes, encoding: str, *, source: str) -> str:
    if encoding != "utf-8" and not encoding.startswith(("utf-16", "utf-32")):
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode("utf-8")
            if not text.isascii():  # genuine single-byte text is almost never valid UTF-8
                return text
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        _warn_replaced(source, text.count("\ufffd"), encoding)
        return text


def _utf8(data: bytes, *, source: str) -> str | None:
    """UTF-8, or text that is UTF-8 but for a few stray bytes (replaced, with a warning): at least
    as many valid non-ASCII characters as invalid sequences. Windows-1252 text has almost none."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    if valid < max(replaced, 1):
        return None
    _warn_replaced(source, replaced, "UTF-8")
    return text


def _warn_replaced(source: str, count: int, encoding: str) -> None:
    LOG.warning("%s: %s", source, f"{count} byte sequence{'s' if count != 1 else ''} not valid "
                f"{encoding.upper()} replaced with \ufffd")


# Labels browsers read as another encoding (the WHATWG Encoding Standard): pages that declare
# Latin-1 or ASCII are written in Windows-1252 (curly quotes, dashes, the euro sign), and so on.
_BROWSER_NAMES = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874"}
_PROBE = b"Az09 <p>\\u0041+-.&#;\\n\"'"  # what any encoding a page may declare reads as ASCII does
_XML_DECLARATION = re.compile(rb"\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([\w.:-]{1,40})[\"']", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.IGNORECASE)


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


def normalize_text(text: str) -> str:
    """NFC, Unix line ends, no control characters, tabs and odd spaces as plain spaces."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = re.sub(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    # Zero-width and control characters carry nothing a reader sees, and confuse splitting.
    return re.sub(r"[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]", "", text)


# A character reference a plain text brought along from the page or the CMS it was copied out of ("caf&#233;",
# "&#8217;", "&lt;"): whole, with its semicolon ("AT&T", "Q&A" and "&copy2019" are words, not references)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|([A-Za-z][A-Za-z0-9]{1,31}));")


def decode_references(text: str) -> str:
    """Plain text with the characters its HTML character references stand for, so that a note shows "café",
    not "caf&#233;" (21 of the BBC articles carry such references). A name must be one whole ("&copyright;" is
    no "&copy;"), white space is a space, and a reference to no character, or to a control or a zero-width
    one, is left as written. Only for plain text: a page's markup is the HTML parser's to read, and a
    "&lt;b&gt;" decoded before it would become a tag. A text that shows a reference on purpose ("the CMS
    writes é as &#233;") is read as a browser would show it."""
    return _REFERENCE.sub(_character, text) if "&" in text else text


def _character(reference: re.Match[str]) -> str:
    written, name = reference.group(), reference.group(1)
    if name is not None and f"{name};" not in html5:  # html.unescape would read "&copyright;" as "©right;"
        return written
    decoded = html.unescape(written)  # "" or U+FFFD for a reference to no character or a control one
    if not decoded:
        return written
    if decoded.isspace():
        return " "  # "&#10;", "&nbsp;": white space, as a browser shows it
    return decoded if decoded.isprintable() and "\ufffd" not in decoded else written


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
