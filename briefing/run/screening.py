"""What the workers leave out of a morning run before any work: an input an earlier --new-only
run briefed (its key is in the state database), or one dated before --since.

Runs in each worker, on the worker's own read-only connection to the state (state.remembered):
an input already briefed is not fetched, parsed or briefed again.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from briefing.model import Source
from briefing.options import RecurringOptions
from briefing.run.since import OLDER, verdict
from briefing.run.state import remembered

BRIEFED = "briefed"  # left out: an earlier --new-only run briefed it


def input_key(source: Source) -> str | None:
    """What --new-only remembers an input by: what its container says (a feed item's guid or
    link, an archive line's id) or where its fetch ended; else the hash of its content, so a file
    edited since counts as new. None while its bytes are not in hand."""
    if source.key is not None:
        return source.key
    if source.data is None:
        return None
    return "sha256:" + hashlib.sha256(source.data).hexdigest()


def screen(source: Source, options: RecurringOptions) -> str | None:
    """Why the input is left out (BRIEFED, OLDER), from what is known of it so far, or None."""
    since = datetime.fromisoformat(options.since) if options.since is not None else None
    if since is not None and source.dated is not None and verdict(since=since, dated=source.dated) == OLDER:
        return OLDER
    if options.new_only and options.state is not None:
        key = input_key(source)
        if key is not None and remembered(options.state, key):
            return BRIEFED
    return None


def screen_article(published: str | None, source: Source, options: RecurringOptions) -> str | None:
    """Once the article is read: OLDER or UNDATED by the date it says (when its container gave
    no time), else None. An undated article is kept."""
    if options.since is None or source.dated is not None:
        return None
    return verdict(since=datetime.fromisoformat(options.since), published=published)
