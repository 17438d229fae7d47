"""Notes and digests briefing wrote, found again among the files a folder or pattern gives: a
digest saved into the inbox it digests, notes written beside their articles. They are not
articles, and briefing them again would quote a note as news (and a new note could not replace
an old one, since an output never replaces an input), so a folder or pattern leaves them out;
named on their own, they are refused, unless --input-format names the format to read them as.

Each format a folder's articles come in that briefing also writes says so: the PDF's Creator,
the HTML's generator, the Markdown's closing line. Only a file's start (its end, for Markdown)
is read. (JSON is never taken from a folder; named, its closing "generator" says so.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

GENERATOR = "briefing "  # then the version
SAMPLE_BYTES = 4096  # how much of a file's start (or end, for Markdown) is read to tell
_HTML = re.compile(rb'<meta name="generator" content="briefing ')
_JSON = re.compile(rb'"generator": "briefing [^"\n]*"\s*}\s*$')  # the note's last key (json_output.py)
# The Markdown note's closing line, in any language: "*Extractive summary: … Method: newsrank · Words: …*",
# a digest's "*… Method: newsrank · briefing 0.1*" (templates/note.md, digest.md)
_MARKDOWN_CLOSING = re.compile(r"\*[^*\n]+: [a-z][a-z-]* · [^*\n]+\*")


def is_own_note(path: Path) -> bool:
    """Whether the file at ``path`` is a note or digest briefing wrote."""
    made_here = _CHECKS.get(path.suffix.lower())
    try:
        return made_here is not None and made_here(path)
    except (OSError, ValueError, RuntimeError):  # RuntimeError: pypdfium2's PdfiumError, a broken PDF
        return False  # reading it as an input will say what is wrong


def is_own_note_data(data: bytes, kind: str) -> bool:
    """Whether ``data``, read as the input type ``kind`` (inputs.INPUT_TYPES), is a note or digest
    briefing wrote: named as an input on its own, it is refused unless --input-format names a
    format (reading.py). A JSON note has no article text, so it is read as plain text."""
    checks = [check for kinds, check in _DATA_CHECKS if kind in kinds]
    try:
        return any(check(data) for check in checks)
    except (ValueError, RuntimeError):  # a broken PDF: reading it as an input will say what is wrong
        return False


def _pdf(source: Path | bytes) -> bool:
    import pypdfium2

    document = pypdfium2.PdfDocument(source)
    try:
        return str(document.get_metadata_dict().get("Creator", "")).startswith(GENERATOR)
    finally:
        document.close()


def _html(path: Path) -> bool:
    with path.open("rb") as file:
        return _html_data(file.read(SAMPLE_BYTES))


def _html_data(data: bytes) -> bool:
    return _HTML.search(data[:SAMPLE_BYTES]) is not None


def _markdown(path: Path) -> bool:
    with path.open("rb") as file:
        file.seek(max(0, path.stat().st_size - SAMPLE_BYTES))
        return _markdown_data(file.read())


def _markdown_data(data: bytes) -> bool:
    lines = data[-SAMPLE_BYTES:].decode("utf-8", errors="replace").strip().splitlines()
    return bool(lines) and _MARKDOWN_CLOSING.fullmatch(lines[-1].strip()) is not None


def _json_data(data: bytes) -> bool:
    return data[:1].strip() in (b"{", b"") and _JSON.search(data[-SAMPLE_BYTES:]) is not None


_CHECKS: dict[str, Callable[[Path], bool]] = {
    ".pdf": _pdf, ".html": _html, ".htm": _html, ".md": _markdown, ".markdown": _markdown,
}
_DATA_CHECKS: tuple[tuple[tuple[str, ...], Callable[[bytes], bool]], ...] = (
    (("pdf",), _pdf), (("html",), _html_data), (("md", "txt"), _markdown_data), (("json", "txt"), _json_data),
)
