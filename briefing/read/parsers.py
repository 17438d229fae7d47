"""Parsers of the text formats articles arrive in: plain text, Markdown, HTML.

Each parser takes decoded, normalized text and gives paragraphs of prose plus what it found of the
headline, byline, date, URL and site (inputs.py decodes and dispatches). Lines a browser copy
brings along (page_junk.py) are dropped; the head above the body is read by article_head.py.
HTML goes through trafilatura, which finds the article body and drops navigation, ads, related
links and footers; Markdown through markdown-it-py, keeping prose and dropping markup and code,
with YAML front matter read by PyYAML. Each is imported only when such an input arrives.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from briefing.read.article_head import HEAD_LINES, byline_and_date, is_head_line, is_headline, iso_date, read_head
from briefing.read.decoding import decode_references
from briefing.read.page_junk import is_page_junk, site_name, without_link_lists

_TERMINAL = tuple(".!?:;…\"'”’)»")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_TAG = re.compile(r"<[^>]{0,500}>")
ONE_A_LINE_SHARE = 0.5  # a block whose lines mostly end sentences has one paragraph a line
WRAP_WIDTH = 100  # hard-wrapped prose has shorter lines; a longer line is a paragraph of its own
MENU_RUN = 3  # this many one- or two-word lines in a row are a site's menu


@dataclass(frozen=True)
class Parsed:
    paragraphs: list[str]
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # an ISO date
    url: str | None = None
    site: str | None = None


def from_plain(text: str) -> Parsed:
    """Blank lines separate paragraphs. Inside a block, lines that mostly end a sentence are
    paragraphs of their own (one paragraph a line, as pasted from a browser); otherwise the lines
    are hard-wrapped prose. The head (headline, byline, date) is read from the first paragraphs;
    lists of other stories ("Most read") are dropped, and the site's name read where the paste
    shows it plainly (page_junk.py). HTML character references ("caf&#233;") are read as the characters they
    stand for (decoding.decode_references)."""
    paragraphs: list[str] = []
    pasted = decode_references(text).split("\n")
    text = "\n".join(without_link_lists(pasted))
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = _without_menus([line for line in lines if line and not is_page_junk(line)])
        if not paragraphs:  # a head written line by line above the lede: "Headline / Name / Date"
            head_lines = _head_lines(lines)
            paragraphs.extend(lines[:head_lines])
            lines = lines[head_lines:]
        if len(lines) > 1 and _one_a_line(lines):
            paragraphs.extend(lines)
        elif lines:
            paragraphs.append(" ".join(lines))
    head = read_head(paragraphs)
    return Parsed(paragraphs[head.lines :], head.title, head.byline, head.published, site=site_name(pasted))


def _head_lines(lines: list[str]) -> int:
    """How many lines at the top of the first block are a head, each a paragraph of its own: up to
    its last byline or date line, when the lines above that are headline-like (no prose wraps
    onto a line that is only a byline or a date)."""
    last = 0
    for number, line in enumerate(lines[:HEAD_LINES], start=1):
        if is_head_line(line):
            last = number
        elif not is_headline(line):
            break
    return last


def _without_menus(lines: list[str]) -> list[str]:
    """Lines without a site's menus: runs of MENU_RUN or more lines of one or two words each
    ("News", "Sport", "Weather", "Search BBC"), which prose never is. Byline and date lines stay."""
    kept: list[str] = []
    for is_item, run in groupby(lines, key=_menu_item):
        items = list(run)
        if not (is_item and len(items) >= MENU_RUN):
            kept.extend(items)
    return kept


def _menu_item(line: str) -> bool:
    return len(line.split()) <= 2 and not line.endswith(_TERMINAL) and not is_head_line(line)


def _one_a_line(lines: list[str]) -> bool:
    """Whether a block's lines are paragraphs of their own rather than hard-wrapped prose. A line
    longer than anyone wraps prose (other than the last) settles it. Otherwise the first line may
    be a headline and the last ends its paragraph either way, so the lines between decide; byline
    and date lines do not count."""
    if any(len(line) > WRAP_WIDTH for line in lines[:-1]):
        return True
    middle = [line for line in lines[1:-1] if byline_and_date(line)[2]]
    if not middle:  # "Headline\nThe lede." : two paragraphs, unless the lede runs on
        return not lines[-1][0].islower()
    return sum(line.endswith(_TERMINAL) for line in middle) / len(middle) >= ONE_A_LINE_SHARE


def with_head(paragraphs: list[str], *, title: str | None, author: str | None, published: str | None) -> Parsed:
    """A document's paragraphs (PDF, Word) with their head read like any article's; what the
    document's properties say (title, author, date) where the head does not."""
    head = read_head(paragraphs, title=title)
    return Parsed(paragraphs[head.lines :], head.title, head.byline or author, head.published or published)


def from_markdown(text: str) -> Parsed:
    """Prose paragraphs, list items and quotations; the first level-1 heading (or a front-matter
    title) is the headline; other headings, code and raw HTML are dropped. Front matter may also
    give the author and the date."""
    from markdown_it import MarkdownIt

    front = _FRONT_MATTER.match(text)
    meta = front_matter(front.group(1)) if front else {}
    if front:
        text = text[front.end() :]
    title = _text(meta.get("title"))
    paragraphs: list[str] = []
    tokens = MarkdownIt("commonmark").parse(text)
    for position, token in enumerate(tokens):
        if token.type != "inline" or position == 0:
            continue
        opener = tokens[position - 1]
        words = _inline_text(token)
        if not words or is_page_junk(words):
            continue
        if opener.type == "heading_open":
            if opener.tag == "h1" and title is None and not paragraphs:
                title = words
            continue
        paragraphs.append(words)
    paragraphs = without_link_lists(paragraphs)
    head = read_head(paragraphs, title=title)
    author = meta.get("author") or meta.get("authors")
    byline = ", ".join(map(str, author)) if isinstance(author, list) else _text(author)
    return Parsed(
        paragraphs[head.lines :],
        head.title,
        byline or head.byline,
        _date(meta.get("date") or meta.get("published")) or head.published,
        url=_text(meta.get("url") or meta.get("canonical")),
        site=_text(meta.get("site") or meta.get("source")),
    )


def front_matter(block: str) -> dict[str, Any]:
    """YAML front matter as a mapping; anything else (or broken YAML) as nothing."""
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return {}
    return {str(key).lower(): value for key, value in data.items()} if isinstance(data, dict) else {}


def from_html(text: str) -> Parsed:
    """The article body, headline, author, date, URL and site of a web page (trafilatura).
    The date is the page's own publication date; it is never guessed from years in the text."""
    import trafilatura

    found = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None or isinstance(found, dict) or not (found.text or "").strip():  # dict: as_dict=True only
        return Parsed([])
    paragraphs = [" ".join(line.split()) for line in (found.text or "").split("\n") if line.strip()]
    title = " ".join((found.title or "").split()) or None
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's headline, repeated as the body's first line
    return Parsed(paragraphs, title, found.author or None, _date(found.date),
                  url=found.url or None, site=found.sitename or None)


def _date(value: object) -> str | None:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return iso_date(str(value)) if value else None


def _text(value: object) -> str | None:
    return " ".join(str(value).split()) or None if value is not None else None


def _inline_text(token: object) -> str:
    parts: list[str] = []
    for child in getattr(token, "children", None) or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "html_inline":
            continue  # <br>, <span> …: markup, not words
    return " ".join(_TAG.sub("", "".join(parts)).split())
