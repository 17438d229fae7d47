"""The shelf: ``index.html`` in the output folder, listing every note and digest in it (and in
its subfolders: one a morning with ``--output-dir "notes/{date}"``) — title, date, sources, kind,
link — newest first.

The page is self-contained (its style inline, no script to run, nothing fetched) and carries its
own list as a JSON data block, which the next run reads back, so what a run knew of its notes
(their sources, whether a digest) stays. Notes found in the folder that the list does not know
(written by a run without ``--index``) are added by what their files say; entries whose files
are gone are dropped. It is rewritten atomically, and says it was made by briefing, so a folder
given as input leaves it out like any note (own_notes.py).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup

from briefing._version import __version__
from briefing.io.atomic import TEMPORARY_PREFIX, write_atomically
from briefing.io.fetch import is_url
from briefing.read.own_notes import is_own_note
from briefing.render.formats import OUTPUT_FORMATS
from briefing.render.sandbox import sandboxed_environment
from briefing.render.templating import TEMPLATES_DIR
from briefing.run.since import shown

INDEX_NAME = "index.html"
TEMPLATE = "shelf.html"
_DATA = re.compile(r'<script type="application/json" id="briefing-shelf">(.*?)</script>', re.DOTALL)
_HTML_TITLE = re.compile(rb"<title>(.*?)</title>", re.DOTALL | re.IGNORECASE)
_MD_TITLE = re.compile(r"^#\s+(.+)$", re.MULTILINE)
SAMPLE_BYTES = 8192
SOURCES_SHOWN = 5  # of a digest's: the rest are counted ("and 40 more")


@dataclass(frozen=True)
class ShelfEntry:
    path: str  # the file, as written (relative to the shelf's folder when stored)
    title: str
    kind: str  # "note" or "digest"
    created: datetime
    sources: tuple[str, ...] = ()


class Shelf:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / INDEX_NAME

    def entries(self) -> list[ShelfEntry]:
        """What the index lists now (its files still there), newest first."""
        known = {entry.path: entry for entry in self._stored()}
        return _newest_first(known.values())

    def update(self, written: Iterable[ShelfEntry]) -> None:
        """Add this run's outputs, take in notes the index did not know, drop the files gone, and
        rewrite the page."""
        known = {entry.path: entry for entry in self._stored()}
        written = list(written)
        for entry in written:
            relative = os.path.relpath(Path(entry.path).absolute(), self.folder.absolute())
            known[relative] = ShelfEntry(relative, entry.title, entry.kind, entry.created, entry.sources)
        for relative in self._unlisted(set(known)):
            known[relative] = _entry_of_file(self.folder, relative)
        entries = _newest_first(entry for entry in known.values() if (self.folder / entry.path).is_file())
        updated = max((entry.created for entry in written), default=datetime.now().astimezone())
        write_atomically(self.path, self.render(entries, updated=updated).encode())

    def render(self, entries: list[ShelfEntry], *, updated: datetime) -> str:
        template = sandboxed_environment(TEMPLATES_DIR).get_template(TEMPLATE)
        data = json.dumps([_stored_form(entry) for entry in entries], ensure_ascii=False)
        data = data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        return template.render(
            version=__version__, heading=f"Briefings in {self.folder.absolute().name or self.folder}",
            updated=shown(updated), entries=[_shown(entry) for entry in entries],
            data=Markup(data))

    def _stored(self) -> list[ShelfEntry]:
        try:
            page = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
        found = _DATA.search(page)
        try:
            items = json.loads(found.group(1)) if found else []
            return [ShelfEntry(item["path"], item["title"], item["kind"], datetime.fromisoformat(item["created"]),
                               tuple(item.get("sources", ()))) for item in items]
        except (ValueError, KeyError, TypeError):
            return []  # a page edited by hand: the notes in the folder are found again below

    def _unlisted(self, known: set[str]) -> Iterator[str]:
        suffixes = tuple(suffix for kind in OUTPUT_FORMATS.values() for suffix in kind.suffixes)
        for folder, subfolders, files in os.walk(self.folder):
            subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
            for name in sorted(files):
                path = Path(folder) / name
                relative = os.path.relpath(path, self.folder)
                if (relative in known or name == INDEX_NAME or name.startswith(TEMPORARY_PREFIX)
                        or not name.lower().endswith(suffixes)):
                    continue
                if is_own_note(path):
                    yield relative


def _entry_of_file(folder: Path, relative: str) -> ShelfEntry:
    """A note the index did not know, by what its file says: its title, its time."""
    path = folder / relative
    created = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    kind = "digest" if Path(relative).stem.lower().startswith("digest") else "note"
    return ShelfEntry(relative, _title_of(path) or Path(relative).stem, kind, created)


def _title_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            import pypdfium2

            document = pypdfium2.PdfDocument(path)
            try:
                return str(document.get_metadata_dict().get("Title", "")).strip() or None
            finally:
                document.close()
        with path.open("rb") as file:
            head = file.read(SAMPLE_BYTES)
        if suffix in (".html", ".htm"):
            import html

            found = _HTML_TITLE.search(head)
            return " ".join(html.unescape(found.group(1).decode(errors="replace")).split()) if found else None
        found_md = _MD_TITLE.search(head.decode(errors="replace"))
        return found_md.group(1).strip() if found_md else None
    except (OSError, ValueError, RuntimeError):
        return None


def _newest_first(entries: Iterable[ShelfEntry]) -> list[ShelfEntry]:
    return sorted(entries, key=lambda entry: (entry.created, entry.path), reverse=True)


def _stored_form(entry: ShelfEntry) -> dict[str, Any]:
    return {"path": entry.path, "title": entry.title, "kind": entry.kind,
            "created": entry.created.isoformat(timespec="seconds"), "sources": list(entry.sources)}


def _shown(entry: ShelfEntry) -> dict[str, Any]:
    link = "/".join(Path(entry.path).parts)
    return {"title": entry.title, "kind": entry.kind, "iso": entry.created.isoformat(timespec="seconds"),
            "when": shown(entry.created), "link": _href(link),
            "format": Path(entry.path).suffix.lstrip(".").upper() or "file",
            "sources": [{"text": source if is_url(source) else Path(source).name or source, "full": source,
                         "url": source if is_url(source) else None} for source in entry.sources[:SOURCES_SHOWN]],
            "more": max(0, len(entry.sources) - SOURCES_SHOWN)}


def _href(relative: str) -> str:
    from urllib.parse import quote

    return quote(relative, safe="/")
