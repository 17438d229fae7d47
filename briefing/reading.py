"""From a path to a decoded, normalized Article: text, headline, paragraphs."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from .errors import InputError
from .model import Article

SUPPORTED_SUFFIXES = (".txt", ".text")
HEADLINE_MAX_WORDS = 25
_TERMINAL = tuple(".!?:;…\"'”’)»")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_article(path: str | Path) -> Article:
    """Read and normalize the article at ``path``. Raises InputError when it cannot be briefed."""
    path = Path(path)
    source = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except IsADirectoryError:
        raise InputError("is a folder, not an article file", source=source) from None
    except PermissionError:
        raise InputError("permission denied", source=source) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=source) from None
    return parse_article(decode(data, source=source), source=source, name=path.name)


def decode(data: bytes, *, source: str) -> str:
    """Bytes to text: a BOM decides the encoding, else UTF-8. Binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"not valid {encoding.upper()} text", source=source) from None
    if b"\x00" in data:
        raise InputError("looks like a binary file, not text", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not UTF-8 text (invalid byte at offset {error.start}); save it as UTF-8",
            source=source,
        ) from None


def parse_article(text: str, *, source: str, name: str | None = None) -> Article:
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
    """Decoded text that is mostly not letters, digits, punctuation or space is not prose."""
    sample = text[:4096]
    if not sample:
        return False
    odd = sum(1 for character in sample if unicodedata.category(character) in ("Cc", "Co", "Cn", "Cs")
              and character not in "\n\r\t")
    return odd / len(sample) > 0.05
