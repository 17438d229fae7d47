"""Lines a browser copy brings along that are not the article: navigation, sharing, adverts,
relative timestamps, related links, cookie and newsletter prompts.

A line is junk only as a whole, and only when it is short: a real sentence that merely mentions
"newsletter" or "5 hours ago" is never dropped.
"""

from __future__ import annotations

import re

MAX_JUNK_WORDS = 14  # longer lines are prose, whatever they contain

_SOCIAL = frozenset(
    """facebook twitter x email e-mail whatsapp linkedin pinterest reddit telegram messenger
    share tweet print copy link copied save comments comment flipboard bluesky threads mastodon
    instagram youtube tiktok sms more""".split()
)
# A site's footer: "Copyright 2026 Portmere Post. All rights reserved. …", "© 2026 …".
_FOOTER = re.compile(r"^(?:copyright\s*(?:©|\(c\))?\s*\d{4}|©\s*(?:copyright\s*)?\d{4})\b", re.IGNORECASE)
MAX_FOOTER_WORDS = 40
# A part holds no separator, so that a line is split into parts one way only: a long run of
# slashes or bars is passed over in linear time.
_BREADCRUMB = re.compile(r"^[^.!?>›»/|]{1,40}(?:\s*[>›»/|]\s*[^.!?>›»/|]{1,40}){1,6}$")
_JUNK = re.compile(
    r"""^(?:
      advertisement|advert|sponsored(?:\ content)?|paid\ content|story\ continues\ below(?:\ advertisement)?
    | skip\ (?:to\ (?:main\ )?content|ad|advert(?:isement)?)
    | (?:share|share\ this(?:\ article|\ story|\ page)?|share\ on\ \w+|copy\ link|link\ copied)
    | (?:updated|posted|published)?\s*(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month)s?\ ago
    | (?:related|related\ (?:articles?|stories|content|topics|coverage)|read\ more|see\ also|more\ on\ this\ story
       |most\ (?:read|popular|viewed)|top\ stories|recommended|you\ may\ also\ like|trending(?:\ now)?)\b.*
    | (?:we\ use\ cookies|this\ (?:site|website)\ uses\ cookies|by\ (?:continuing|using)\ (?:to\ use\ )?(?:this|our)
       |accept\ (?:all|cookies)|reject\ all|manage\ (?:cookies|preferences|consent)|cookie\ (?:policy|settings)
       |sign\ up|subscribe|get\ (?:the|our)\ (?:latest|best|top|daily|weekly|free)|enter\ your\ email
       |(?:don't|never)\ miss|want\ (?:more|the\ latest)|join\ (?:our|the)\ (?:newsletter|mailing)
       |(?:our|the)\ (?:daily|weekly|morning|evening)?\s*newsletter)\b.*
    | (?:image|media|video|photo)\ (?:caption|source|copyright)\b.*
    | listen\ to\ this\ article.* | \d+\s+min(?:ute)?s?\ read | reading\ time.*
    | comments?\s*\(\d+\) | \d+\s+comments?
    | follow\ (?:us|@\w+)\b.* | (?:click|tap)\ here\b.*
    | (?:back\ to\ top|home|menu|search|sign\ in|log\ in|register)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_page_junk(line: str) -> bool:
    """Whether a whole line is browser chrome rather than article text."""
    text = " ".join(line.split())
    words = text.split()
    if len(words) <= MAX_FOOTER_WORDS and _FOOTER.match(text):
        return True
    if not words or len(words) > MAX_JUNK_WORDS:
        return False
    bare = text.rstrip(":").strip()
    if _JUNK.match(bare):
        return True
    if all(word.strip(",|·•:").lower() in _SOCIAL for word in words if word.strip(",|·•:")):
        return True  # "Facebook Twitter Email", "Share | Tweet"
    return bool(_BREADCRUMB.match(bare)) and not bare.endswith((".", "!", "?")) and _looks_like_crumbs(bare)


def _looks_like_crumbs(text: str) -> bool:
    """"Home > News > Business": short parts, each capitalised, at least three of them or a '>'."""
    parts = [part.strip() for part in re.split(r"\s+[>›»/|]\s+|[>›»]", text) if part.strip()]
    return len(parts) >= 2 and all(len(part.split()) <= 4 and part[:1].isupper() for part in parts) and (
        len(parts) >= 3 or any(mark in text for mark in ">›»")
    )
