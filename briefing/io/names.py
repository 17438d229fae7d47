"""File names made from what names an input or titles a note: safe characters only, within the
255 bytes most file systems take."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefing.io.fetch import is_url
from briefing.model import STDIN

MAX_NAME_BYTES = 255  # the longest file name ext4, XFS, APFS and most others take


def title_stem(title: str) -> str:
    """A file name from a note's title: its words, lower case, joined by dashes, at most 80
    characters ("harbour-city-approves-240m-flood-barrier")."""
    words = re.findall(r"\w+", title.lower())
    stem = "-".join(words)[:80].rstrip("-")
    return stem or "article"


def fitted(stem: str, ending: str) -> str:
    """``stem`` cut (at a character) so that ``stem + ending`` fits in MAX_NAME_BYTES."""
    room = MAX_NAME_BYTES - len(ending.encode())
    return stem.encode()[:room].decode(errors="ignore") + ending


def output_stem(name: str) -> str:
    """What an input's output is named after: the file's stem, the URL's last path segment (or
    its host), ``stdin`` for standard input."""
    if name == STDIN:
        return "stdin"
    if is_url(name):
        try:
            parts = urlsplit(name)
        except ValueError:  # a malformed URL (http://[::1): fetching it will say what is wrong
            return "page"
        segments = [segment for segment in parts.path.split("/") if segment]
        stem = Path(unquote(segments[-1])).stem if segments else parts.hostname or "page"
    else:
        stem = Path(name).stem
    return safe_stem(stem)


def safe_stem(text: str) -> str:
    """``text`` as a file name's stem: runs of anything but letters, digits, ``.``, ``_`` and ``-``
    become one dash ("2026/03 story" → "2026-03-story")."""
    return re.sub(r"[^\w.-]+", "-", text).strip(".-") or "article"
