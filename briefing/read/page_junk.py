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


# A newsletter pitch: a line that asks the reader to sign up, and mentions a newsletter or an inbox.
MAX_PITCH_WORDS = 30
_PITCH = re.compile(
    r"^(?:sign\ up|subscribe|get|join|register|enter|receive|want|don['’]t\ miss|never\ miss|be\ the\ first"
    r"|stay\ (?:informed|up\ to\ date)|keep\ up)\b", re.IGNORECASE)
_MAILING = re.compile(r"\b(?:newsletters?|your\ inbox|mailing\ list|e-?mail\ (?:updates|alerts|briefing))\b",
                      re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|told|according)\b", re.IGNORECASE)  # prose about a newsletter, not a pitch
# A sign-up form's lines: "Email address", "Email address Sign up", "Your email *", "Enter email Subscribe".
_SIGN_UP_FORM = re.compile(
    r"^(?:enter\ )?(?:your\ )?e-?mail(?:\ address)?\s*\*?(?:\s*(?:sign\ up|subscribe|submit|go|→))?$", re.IGNORECASE)
# The heading of a list of other stories; the headlines under it go with it (without_link_lists).
_LIST_HEADING = re.compile(
    r"^(?:most\ (?:read|popular|viewed|shared|commented)(?:\ (?:stories|articles|today|this\ week))?"
    r"|more\ (?:on\ this(?:\ story|\ topic)?|stories|news|from\ [\w’' ]{1,40}|like\ this)"
    r"|related(?:\ (?:articles?|stories|content|coverage|topics|links|reading))?|read\ (?:more|next)|top\ stories"
    r"|recommended(?:\ for\ you|\ stories|\ reading)?|you\ (?:may|might)\ also\ like|trending(?:\ now)?"
    r"|editor['’]s\ picks|latest\ (?:news|stories|headlines)|popular\ now|what\ to\ read\ next)$", re.IGNORECASE)
MAX_LIST_ITEMS = 12  # a list longer than this is not a sidebar's
MAX_HEADLINE_WORDS = 20
_SENTENCE_ENDS = (".", "!", "?", "…", '."', '.”', "?”", '?"', "!”", ".’")
# The site's name: on a first line with its home ("Portmere Post | Home"), or in a last line's
# copyright notice, ending where the notice goes on ("© 2024 Portmere Post Ltd. All rights reserved").
HEAD_LINES, FOOT_LINES = 2, 2
_HOME = frozenset({"home", "homepage", "home page", "front page", "latest news"})
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?\d{4}(?:\s*[-–]\s*\d{4})?,?\s+"
    r"(?P<name>[^.,|©]+?)(?:,?\s+(?:ltd|limited|plc|inc|llc|gmbh|group))?\s*(?:[.,|]|all\ rights|$)", re.IGNORECASE)
MAX_NAME_WORDS = 5
_PICTURES = re.compile(r"\b(?:images?|photos?|photography|pictures|stock|alamy|shutterstock)\b", re.IGNORECASE)
_NAME_JOINERS = frozenset({"the", "of", "and", "&", "de", "la", "le", "el", "der", "die", "das"})


def is_page_junk(line: str) -> bool:
    """Whether a whole line is browser chrome rather than article text."""
    text = " ".join(line.split())
    words = text.split()
    if len(words) <= MAX_FOOTER_WORDS and _FOOTER.match(text):
        return True
    if len(words) <= MAX_PITCH_WORDS and _PITCH.match(text) and _MAILING.search(text) and not _REPORTED.search(text):
        return True  # "Sign up to our free Morning Briefing newsletter and get the top stories …"
    if not words or len(words) > MAX_JUNK_WORDS:
        return False
    bare = text.rstrip(":").strip()
    if _JUNK.match(bare) or _SIGN_UP_FORM.match(bare):
        return True
    if all(word.strip(",|·•:").lower() in _SOCIAL for word in words if word.strip(",|·•:")):
        return True  # "Facebook Twitter Email", "Share | Tweet"
    return bool(_BREADCRUMB.match(bare)) and not bare.endswith((".", "!", "?")) and _looks_like_crumbs(bare)


def without_link_lists(lines: list[str]) -> list[str]:
    """``lines`` without the lists of other stories a page shows ("Most read", "More on this
    story", "Related"): the list's heading and the headlines after it (short lines that end no
    sentence, blank lines between them), up to the first line of prose."""
    kept: list[str] = []
    listing = 0  # headlines still to drop after a list's heading
    for line in lines:
        text = " ".join(line.split())
        if _LIST_HEADING.match(text.rstrip(":").strip()):
            listing = MAX_LIST_ITEMS
            continue
        if listing and (not text or (len(text.split()) <= MAX_HEADLINE_WORDS and not text.endswith(_SENTENCE_ENDS))):
            listing -= bool(text)
            continue
        listing = 0
        kept.append(line)
    return kept


def site_name(lines: list[str]) -> str | None:
    """The site a pasted page is from, where the paste shows it plainly: a first line that names
    the site's home ("Portmere Post | Home") or a last line that is its copyright notice ("© 2024
    Portmere Post. All rights reserved."). Nothing is guessed from a headline or a byline."""
    shown = [" ".join(line.split()) for line in lines if line.strip()]
    for line in shown[:HEAD_LINES]:
        parts = [part.strip() for part in re.split(r"\s+[|–—-]\s+|\|", line)]
        if len(parts) == 2 and parts[0].lower() in _HOME and _is_name(parts[1]):
            return parts[1]
        if len(parts) == 2 and parts[1].lower() in _HOME and _is_name(parts[0]):
            return parts[0]
    for line in shown[-FOOT_LINES:]:
        owner = _COPYRIGHT.match(line)
        if owner and _is_name(owner.group("name")) and not _PICTURES.search(owner.group("name")):
            return owner.group("name")
    return None


def _is_name(text: str) -> bool:
    """A publication's name: one to five words, each capitalised but for small joining words."""
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and words[0][:1].isupper() and all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_JOINERS for word in words)


def _looks_like_crumbs(text: str) -> bool:
    """"Home > News > Business": short parts, each capitalised, at least three of them or a '>'."""
    parts = [part.strip() for part in re.split(r"\s+[>›»/|]\s+|[>›»]", text) if part.strip()]
    return len(parts) >= 2 and all(len(part.split()) <= 4 and part[:1].isupper() for part in parts) and (
        len(parts) >= 3 or any(mark in text for mark in ">›»")
    )
