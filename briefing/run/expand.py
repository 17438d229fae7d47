"""The inputs a run is given, as the files and URLs it briefs: folders and glob patterns
expanded to their supported files, lists of inputs read, each file once, briefing's own notes
left out.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from briefing.errors import InputError, UsageError
from briefing.io.fetch import is_url
from briefing.io.remote import expand_remote, is_remote, local_path
from briefing.model import STDIN
from briefing.read.input_types import has_supported_suffix, supported_suffixes
from briefing.read.own_notes import is_own_note


def read_input_list(listing: str, *, stdin: IO[bytes]) -> list[str]:
    """The inputs a list names, one path or URL a line; blank lines and ``#`` comments skipped.
    A relative path is taken from the list's own folder (``lists/a.txt`` for ``a.txt`` in
    ``lists/today.txt``), as a folder's files are named after the folder."""
    try:
        data = stdin.read() if listing == STDIN else Path(listing).read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read the input list: {error.strerror or error}", source=listing) from None
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise UsageError("the input list is not UTF-8 text", source=listing) from None
    folder = Path(listing).parent if listing != STDIN else Path()
    names = []
    for line in lines:
        name = line.split(" #")[0].strip() if not line.lstrip().startswith("#") else ""
        if name:
            names.append(name if is_url(name) or Path(name).is_absolute() else str(folder / name))
    return names



def file_identity(name: str | Path) -> tuple[int, int] | None:
    """The device and inode of the regular file at ``name`` (links followed), or None."""
    if isinstance(name, str) and (name == STDIN or is_url(name)):
        return None
    try:
        status = os.stat(name)
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino) if stat.S_ISREG(status.st_mode) else None


def expand(names: Sequence[str]) -> tuple[list[str], list[InputError], list[str]]:
    """Inputs as given, with each folder replaced by its supported files (not its subfolders')
    and each glob pattern by the supported files it matches, sorted by name; and the notes
    briefing wrote that they also gave, left out (own_notes.py). URLs and ``-`` stay as they
    are. Each file is briefed once, however often it is named (by a folder and a pattern, by two
    paths, through a link). A folder or pattern that gives no file is a problem to report, not
    a reason to stop the others."""
    sources: list[str] = []
    problems: list[InputError] = []
    skipped: list[str] = []
    unread: list[str] = []  # what a folder or pattern gave that is not a file to read: named, not read
    for name in map(local_path, names):
        if is_remote(name):  # on a cluster: s3://bucket/2026-*.jsonl
            found, problem = expand_remote(name, supported_suffixes())
            sources.extend(found)
            problems.extend([problem] if problem else [])
            continue
        path = Path(name)
        if name == STDIN or is_url(name) or not (path.is_dir() or (_is_pattern(name) and not path.exists())):
            sources.append(name)  # a file, a URL, standard input, or a missing path to report later
            continue
        if path.is_dir():
            named = [str(child) for child in path.iterdir() if has_supported_suffix(child.name)]
            where = "in this folder"
        else:
            named = [match for match in matching(name) if has_supported_suffix(Path(match).name)]
            where = "match this pattern"
        found = [file for file in named if Path(file).is_file()]
        unread.extend(f"{file}: skipped, {why}" for file in sorted(named) if (why := _not_a_file(Path(file))))
        own = {file for file in found if is_own_note(Path(file))}
        if own and len(own) == len(found):
            problems.append(InputError(f"only notes briefing wrote {where}, no article", source=name))
        elif not found:
            problems.append(InputError(f"no supported files ({', '.join(supported_suffixes())}) {where}", source=name))
        sources.extend(sorted(file for file in found if file not in own))
        skipped.extend(sorted(own))
    unique: dict[object, str] = {}
    for source in sources:
        unique.setdefault(file_identity(source) or source, source)
    kept = set(unique)
    notes = [f"{file}: skipped, a note briefing wrote (name it on its own, with --input-format, to read it)"
             for file in dict.fromkeys(skipped) if (file_identity(file) or file) not in kept]
    return list(unique.values()), problems, list(dict.fromkeys(unread)) + notes


def matching(pattern: str) -> list[str]:
    """The paths ``pattern`` matches, as glob.glob gives them; ``**`` (any depth of folders)
    follows links to folders but enters each real folder once, so a link loop ends."""
    if "**" not in pattern:
        return glob.glob(pattern)
    parts = pattern.split("/")
    fixed = 0
    while fixed < len(parts) - 1 and not _is_pattern(parts[fixed]):
        fixed += 1
    base, wanted = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else ""), parts[fixed:]
    hidden = any(part.startswith(".") for part in wanted)
    found: list[str] = []
    entered: set[tuple[int, int]] = set()
    for folder, subfolders, files in os.walk(base or ".", followlinks=True):
        try:
            status = os.stat(folder)
        except OSError:
            continue
        if (status.st_dev, status.st_ino) in entered:
            subfolders.clear()
            continue
        entered.add((status.st_dev, status.st_ino))
        subfolders[:] = [name for name in subfolders if hidden or not name.startswith(".")]
        relative = Path(folder).relative_to(base or ".").parts
        found.extend(os.path.join(base, *relative, name) for name in files if _matches(wanted, (*relative, name)))
    return found


def _matches(pattern: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether path ``parts`` match ``pattern`` parts, as glob matches: ``**`` is any number of
    folders, other parts match one name, and names starting with a dot only match a dot."""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_matches(rest, parts[skip:]) for skip in range(len(parts) + 1)
                   if not any(part.startswith(".") for part in parts[:skip]))
    return (bool(parts) and (head.startswith(".") or not parts[0].startswith("."))
            and fnmatch.fnmatchcase(parts[0], head) and _matches(rest, parts[1:]))


def _is_pattern(name: str) -> bool:
    return any(character in name for character in "*?[")


def _not_a_file(path: Path) -> str | None:
    """Why an entry with an article's name is no file to read (a folder is said nothing of)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a link to a file that does not exist" if path.is_symlink() else "gone while the folder was read"
    except OSError as error:
        return f"cannot be read: {error.strerror}"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO), not a file (name it on its own to read it)"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "a device or socket, not a file"
