"""Names that keep each morning: ``{date}``, ``{time}`` and ``{title}`` in ``-o`` and
``--output-dir`` (``-o "digests/{date}.pdf"``, ``--output-dir "notes/{date}"``).

``{date}`` (2026-02-12) and ``{time}`` (0800, hours and minutes) are the run's start, in local
time, filled in before the run plans its outputs. ``{title}`` is each note's title as a file name
(``harbour-city-approves-flood-barrier``), or the digest's, filled in as each is written.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from briefing.errors import UsageError
from briefing.io.names import title_stem
from briefing.run.writing import prepare_folder

TITLE = "{title}"
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")
KNOWN = ("date", "time", "title")


def fill_time(template: str, moment: datetime, *, flag: str) -> str:
    """``template`` with {date} and {time} filled in; an unknown {name} is refused."""
    for name in _PLACEHOLDER.findall(template):
        if name not in KNOWN:
            raise UsageError(f"{flag} has an unknown placeholder {{{name}}}; use {{date}}, {{time}} or {{title}}")
    local = moment.astimezone()
    return template.replace("{date}", f"{local:%Y-%m-%d}").replace("{time}", f"{local:%H%M}")


def fill_title(path: Path | None, title: str | None) -> Path | None:
    """``path`` with {title} filled in by the note's title (its words, as a file name), and the
    folder it names made (``notes/{title}/note.pdf``: a folder a note)."""
    if path is None or TITLE not in str(path):
        return path
    filled = Path(str(path).replace(TITLE, title_stem(title or "")))
    prepare_folder(filled.parent)
    return filled


def fixed_part(folder: str) -> Path:
    """The folder up to its first placeholder: the same every morning (``notes`` for
    ``notes/{date}``), where the shelf's index is kept."""
    parts = Path(folder).parts
    fixed = next((number for number, part in enumerate(parts) if _PLACEHOLDER.search(part)), len(parts))
    return Path(*parts[:fixed]) if fixed else Path()
