"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items, each an input of its own, with feedparser
(BSD-2-Clause).

Only bytes go in, wrapped in a BytesIO: feedparser.parse() fetches a str that looks like a URL
(http, https, ftp, file, feed) and opens a str *or bytes* that names an existing local file, so a
feed body such as b"/etc/passwd" would read that file. A file-like object is read as it is. XML
external entities are off in feedparser's strict parser; sanitizing and relative-URI resolving
only rewrite strings. An item's text is HTML for the project's HTML reader (trafilatura).
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import io
import logging
import re
from dataclasses import dataclass

from briefing.errors import InputError, printable
from briefing.io.fetch import is_url
from briefing.model import Credits, Source

LOG = logging.getLogger("briefing")
ITEM_TITLE_CHARS = 60  # of an item left out, in its warning

FULL_TEXT_WORDS = 150  # a description at least this long is the article, not a teaser
_TAG = re.compile(r"<[^<>]*>")  # a tag holds no "<": a run of "<<<…" is passed over in linear time


@dataclass(frozen=True)
class FeedItem:
    title: str | None
    link: str | None
    author: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD, in UTC
    html: str | None = None  # the full text when the feed carries it, else None: fetch the link
    guid: str | None = None  # the item's own id (RSS guid, Atom id), which stays when its link changes
    dated: dt.datetime | None = None  # published (else updated), to the second, in UTC


@dataclass(frozen=True)
class Feed:
    title: str | None
    link: str | None
    kind: str  # feedparser's version: rss20, rss10, atom10, …
    items: list[FeedItem]
    malformed: bool = False  # parsed by the forgiving parser after an XML error


def read_feed(data: bytes, *, base_url: str | None = None, content_type: str | None = None) -> Feed:
    """Parse a feed's bytes; ``base_url`` (where it came from) resolves relative links."""
    import feedparser

    headers = {key: value for key, value in (("content-location", base_url), ("content-type", content_type)) if value}
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers=headers, resolve_relative_uris=True, sanitize_html=True
    )
    if not parsed.get("version"):
        raise InputError("is not an RSS or Atom feed" + (" (the XML is malformed)" if parsed.get("bozo") else ""))
    items, seen = [], set()
    for entry in parsed.entries:
        item = _item(entry)
        key = item.link or entry.get("id") or item.title
        if key not in seen:  # an item with neither text nor link is kept, to be reported (feed_sources)
            seen.add(key)
            items.append(item)
    if not items:
        raise InputError("is a feed with no items")
    bozo = parsed.get("bozo_exception")
    harmless = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)  # about headers, not the XML
    malformed = bool(parsed.get("bozo")) and not isinstance(bozo, harmless)
    return Feed(_clean(parsed.feed, "title"), parsed.feed.get("link"), parsed.version, items, malformed)


def feed_sources(data: bytes, source: str) -> tuple[Source, ...]:
    """The input type's expansion: each item an input, its full text in hand when the feed
    carries it (else its link, to fetch), with the item's title, author and date as credits.
    An item is named by its link, else as the feed's n-th item (``feed.xml#3``)."""
    feed = read_feed(data, base_url=source if is_url(source) else None)
    if feed.malformed:
        LOG.warning("%s: the feed's XML is malformed; its items were read as well as they could be", source)
    items = []
    for number, item in enumerate(feed.items, start=1):
        credits = Credits(item.title, item.author, item.published, item.link, feed.title)
        name = item.link or f"{source}#{number}"
        key = item.guid or item.link  # --new-only remembers an item by these; neither: by its text
        if item.html is not None:
            items.append(Source(name, as_document(item).encode(), "text/html", credits, found_in=source,
                                key=key, dated=item.dated))
        elif item.link and is_url(item.link):
            items.append(Source(item.link, credits=credits, found_in=source,
                                key=key, dated=item.dated))
        else:  # said, so that a reader counting the feed's items knows where one went
            LOG.warning("%s: item %d (%s) has neither text nor an http(s) link; left out", source, number,
                        printable(item.title or "untitled", ITEM_TITLE_CHARS))
    if not items:
        raise InputError("is a feed whose items have neither text nor an http(s) link")
    return tuple(items)


def as_document(item: FeedItem) -> str:
    """The item's HTML as a page for trafilatura: a bare fragment of one short paragraph gives
    nothing back (measured: trafilatura 2.3, favor_precision), the same wrapped in <article> does."""
    title = html.escape(item.title or "")
    return f"<html><head><title>{title}</title></head><body><article>{item.html or ''}</article></body></html>"


def _item(entry) -> FeedItem:  # type: ignore[no-untyped-def]
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    html_text = max((_as_html(c) for c in contents), key=len, default=None)
    summary = entry.get("summary_detail") or {}
    if html_text is None and len(_TAG.sub(" ", summary.get("value", "")).split()) >= FULL_TEXT_WORDS:
        html_text = _as_html(summary)
    author = entry.get("author") or ", ".join(a.get("name", "") for a in entry.get("authors", []) if a.get("name"))
    author = " ".join(author.split()) or None
    guid = " ".join(str(entry.get("id") or "").split()) or None
    return FeedItem(_clean(entry, "title"), entry.get("link") or None, author, _iso(entry), html_text, guid,
                    _moment(entry))


def _as_html(detail) -> str:  # type: ignore[no-untyped-def]
    value = str(detail.get("value", ""))
    if detail.get("type") == "text/plain":  # Atom type="text": escape, one paragraph a blank line
        return "".join(f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\n\s*\n", value) if p.strip())
    return value


def _iso(entry) -> str | None:  # type: ignore[no-untyped-def]
    moment = _moment(entry)
    return moment.date().isoformat() if moment else None


def _moment(entry) -> dt.datetime | None:  # type: ignore[no-untyped-def]
    parsed = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
    if not parsed:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC)


def _clean(node, key: str) -> str | None:  # type: ignore[no-untyped-def]
    """A title as plain text: an HTML-typed one loses its tags and entities."""
    text = node.get(key) or ""
    if (node.get(f"{key}_detail") or {}).get("type") == "text/html":
        text = html.unescape(_TAG.sub(" ", text))
    return " ".join(text.split()) or None
