"""Templates to start from: `briefing --copy-templates DIR` copies the default templates out of
the package (installed, they sit in site-packages) into a folder of the user's, where the copied
note.html renders as it is with `--template DIR/note.html`: the page it includes is beside it, and
the stylesheet beside a user's template is the one the note uses (folder_stylesheet).

Nothing is replaced and nothing is left half-written: every file is checked first, each is linked
into place only where no file of its name exists, and what was copied is taken back if one fails.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefing.errors import OutputError, UsageError

STYLESHEET = "note.css"
# The note (its page, stylesheet and Markdown) and the digest (the same); --template takes a note's
# HTML template, and the others are there to read and to copy from.
STARTER_FILES = (
    "note.html", "page.html", STYLESHEET, "note.md", "digest.html", "digest.css", "digest.md",
)


def copy_templates(source: Path, folder: Path) -> list[Path]:
    """Copy STARTER_FILES from ``source`` into ``folder`` (made if missing); the files written.
    Raises OutputError, having written nothing, when any of them exists or cannot be written."""
    targets = [folder / name for name in STARTER_FILES]
    taken = next((target for target in targets if os.path.lexists(target)), None)
    if taken is not None:
        raise OutputError("exists already; copy the templates into a new folder, or move it (nothing was copied)",
                          source=str(taken))
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, target in zip(STARTER_FILES, targets, strict=True):
            _place(target, (source / name).read_bytes())
            written.append(target)
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        where = error.filename or folder
        raise OutputError(f"cannot copy the templates: {error.strerror or error} (nothing was copied)",
                          source=str(where)) from None
    return written


def _place(target: Path, data: bytes) -> None:
    """Write ``data`` beside ``target``, then link it into place: never over a file that appeared
    in the meantime (os.link refuses to replace), never a partial file under the name."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.link(temporary, target)
    finally:
        os.unlink(temporary)


def folder_stylesheet(template: str | None) -> str | None:
    """The stylesheet beside a user's note template (as --copy-templates leaves it), when there is
    one: the note is styled by it instead of the default."""
    if template is None:
        return None
    folder = Path(template).resolve().parent
    path = folder / STYLESHEET
    if not path.is_file() or path.resolve().parent != folder:  # a link out of the folder is not its own
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = "is not UTF-8 text" if isinstance(error, UnicodeDecodeError) else f"cannot be read: {error.strerror}"
        raise UsageError(f"the stylesheet beside the template {reason}", source=str(path)) from None
