"""Parsers of the text formats articles arrive in: plain text, Markdown, HTML.

Each parser takes decoded, normalized text and gives paragraphs of prose plus what it found of the
headline, byline and date (inputs.py decodes and dispatches).
HTML goes through trafilatura, which finds the article body and drops navigation, ads, related
links and footers; Markdown through markdown-it-py, keeping prose and dropping markup and code.
Both are imported only when such an input arrives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADLINE_MAX_WORDS = 25
_TERMINAL = tuple(".!?:;…\"'”’)»")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_TAG = re.compile(r"<[^>]{0,500}>")
_BYLINE = re.compile(r"^(?:[Bb]y|BY)\s+([A-Z][^\n.!?]{1,80})$")
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted)(?: on)?:?\s*)?(?:[a-z]+day,?\s+)?("
    rf"\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r")(?:[\s,]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parsed:
    paragraphs: list[str]
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    site: str | None = None


def from_plain(text: str) -> Parsed:
    """Blank lines separate paragraphs. Inside a block, lines that each end a sentence are
    paragraphs of their own (one paragraph a line); otherwise the lines are hard-wrapped prose.
    A short first line without final punctuation is the headline."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        one_a_line = all(line.endswith(_TERMINAL) for line in lines[1:-1])
        first_stands_alone = lines[0].endswith(_TERMINAL) or (
            not paragraphs and is_headline(lines[0]) and not lines[-1][0].islower()
        )
        if len(lines) > 1 and one_a_line and first_stands_alone:
            paragraphs.extend(lines)
        else:
            paragraphs.append(" ".join(lines))
    title = None
    if len(paragraphs) > 1 and is_headline(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    return _with_byline_and_date(paragraphs, title)


def from_markdown(text: str) -> Parsed:
    """Prose paragraphs, list items and quotations; the first level-1 heading (or a front-matter
    title) is the headline; other headings, code and raw HTML are dropped."""
    from markdown_it import MarkdownIt

    title = None
    front = _FRONT_MATTER.match(text)
    if front:
        text = text[front.end() :]
        found = re.search(r"^title:\s*[\"']?(.+?)[\"']?\s*$", front.group(1), re.MULTILINE)
        title = found.group(1) if found else None
    paragraphs: list[str] = []
    tokens = MarkdownIt("commonmark").parse(text)
    for position, token in enumerate(tokens):
        if token.type != "inline" or position == 0:
            continue
        opener = tokens[position - 1]
        words = _inline_text(token)
        if not words:
            continue
        if opener.type == "heading_open":
            if opener.tag == "h1" and title is None and not paragraphs:
                title = words
            continue
        paragraphs.append(words)
    return _with_byline_and_date(paragraphs, title)


def from_html(text: str) -> Parsed:
    """The article body, headline, author and date of a web page (trafilatura)."""
    import trafilatura

    found = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    if found is None or isinstance(found, dict) or not (found.text or "").strip():  # dict: as_dict=True only
        return Parsed([])
    paragraphs = [" ".join(line.split()) for line in (found.text or "").split("\n") if line.strip()]
    title = " ".join((found.title or "").split()) or None
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's headline, repeated as the body's first line
    return Parsed(paragraphs, title, found.author or None, found.date or None,
                  url=found.url or None, site=found.sitename or None)


def is_headline(line: str) -> bool:
    """A short line without final punctuation, as a headline is written."""
    return (
        len(line.split()) <= HEADLINE_MAX_WORDS
        and not line.endswith((".", ",", ";", ":", "…"))
        and any(character.isalpha() for character in line)
    )


def _with_byline_and_date(paragraphs: list[str], title: str | None) -> Parsed:
    """A "By …" line and a date line among the first paragraphs are metadata, not story."""
    byline = published = None
    while paragraphs[:1] and len(paragraphs) > 1:
        first = paragraphs[0]
        if byline is None and (match := _BYLINE.match(first)) and len(first.split()) <= 12:
            byline = match.group(1).rstrip(".")
        elif published is None and (match := _DATE_LINE.match(first)):
            published = match.group(1)
        else:
            break
        paragraphs = paragraphs[1:]
    return Parsed(paragraphs, title, byline, published)


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
