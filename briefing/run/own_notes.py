"""Notes and digests briefing wrote, found again among the files a folder or pattern gives: a
digest saved into the inbox it digests, notes written beside their articles. They are not
articles, and briefing them again would quote a note as news (and a new note could not replace
an old one, since an output never replaces an input), so a folder or pattern leaves them out;
named on their own, they are read like any file.

Each format a folder's articles come in that briefing also writes says so: the PDF's Creator,
the HTML's generator, the Markdown's closing line. Only a file's start (its end, for Markdown)
is read. (JSON is never taken from a folder.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from briefing.text.languages import LANGUAGES

GENERATOR = "briefing "  # then the version
SAMPLE_BYTES = 4096  # how much of a file's start (or end, for Markdown) is read to tell
_HTML = re.compile(rb'<meta name="generator" content="briefing ')
_MARKDOWN_CLOSING = tuple(f"*{language.labels['extractive']}" for language in LANGUAGES.values())


def is_own_note(path: Path) -> bool:
    """Whether the file at ``path`` is a note or digest briefing wrote."""
    made_here = _CHECKS.get(path.suffix.lower())
    try:
        return made_here is not None and made_here(path)
    except (OSError, ValueError, RuntimeError):  # RuntimeError: pypdfium2's PdfiumError, a broken PDF
        return False  # reading it as an input will say what is wrong


def _pdf(path: Path) -> bool:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        return str(document.get_metadata_dict().get("Creator", "")).startswith(GENERATOR)
    finally:
        document.close()


def _html(path: Path) -> bool:
    with path.open("rb") as file:
        return _HTML.search(file.read(SAMPLE_BYTES)) is not None


def _markdown(path: Path) -> bool:
    with path.open("rb") as file:
        file.seek(max(0, path.stat().st_size - SAMPLE_BYTES))
        lines = file.read().decode("utf-8", errors="replace").strip().splitlines()
    return bool(lines) and lines[-1].startswith(_MARKDOWN_CLOSING)


_CHECKS: dict[str, Callable[[Path], bool]] = {
    ".pdf": _pdf, ".html": _html, ".htm": _html, ".md": _markdown, ".markdown": _markdown,
}
