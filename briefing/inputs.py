"""The input types: one table, read by type detection, folder expansion, --input-format and --help.

Each type is recognised by its media type (a URL's Content-Type), its suffix or its content, and
parsed from bytes into paragraphs plus headline, byline and date. Text types are decoded first
(decoding.py); a binary type parses the bytes itself. Adding a type is one entry in INPUT_TYPES
plus its parser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from .decoding import decode, looks_binary, normalize_text, peek
from .errors import InputError
from .model import Article
from .parsers import Parsed, from_html, from_markdown, from_plain

FALLBACK = "txt"  # what an input is when nothing tells otherwise


@dataclass(frozen=True)
class InputType:
    name: str
    suffixes: tuple[str, ...]  # lower case, with the dot
    media_types: tuple[str, ...]
    description: str
    parse_text: Callable[[str], Parsed] | None = None  # a text type: decoded, normalized text → Parsed
    parse_bytes: Callable[[bytes, str], Parsed] | None = None  # a binary type: bytes, source → Parsed
    sniff: Callable[[bytes], bool] | None = None  # whether content without other clues is of this type
    empty: str = "the article is empty"  # the error when no prose is found

    def parse(self, data: bytes, source: str, charset: str | None = None) -> Parsed:
        """``charset``: what the server declared for a fetched page, which decoding prefers."""
        if self.parse_bytes is not None:
            return self.parse_bytes(data, source)
        assert self.parse_text is not None
        return self.parse_text(normalize_text(decode(data, source=source, declared=charset)))


def looks_like_html(data: bytes) -> bool:
    head = peek(data, 2000).lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


INPUT_TYPES: dict[str, InputType] = {
    kind.name: kind
    for kind in (
        InputType("txt", (".txt", ".text"), ("text/plain",), "plain text", parse_text=from_plain),
        InputType("md", (".md", ".markdown"), ("text/markdown",), "Markdown", parse_text=from_markdown),
        InputType("html", (".html", ".htm", ".xhtml"), ("text/html", "application/xhtml+xml"),
                  "a web page", parse_text=from_html, sniff=looks_like_html,
                  empty="no article text found in this page"),
    )
}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(suffix for kind in INPUT_TYPES.values() for suffix in kind.suffixes)


def detect(data: bytes, *, name: str, media_type: str | None = None, requested: str = "auto") -> InputType:
    """The type of an input: as requested; else by media type, suffix, then content; else text."""
    if requested != "auto":
        return INPUT_TYPES[requested]
    suffix = PurePath(name).suffix.lower()
    for matches in (
        lambda kind: media_type in kind.media_types,
        lambda kind: suffix in kind.suffixes,
        lambda kind: kind.sniff is not None and kind.sniff(data),
    ):
        found = next((kind for kind in INPUT_TYPES.values() if matches(kind)), None)
        if found is not None:
            return found
    return INPUT_TYPES[FALLBACK]


def parse(data: bytes, *, source: str, kind: InputType, charset: str | None = None) -> Article:
    """The bytes of one input → Article; ``charset`` as a server declared it, if it did."""
    return to_article(kind.parse(data, source, charset), source=source, kind=kind)


def parse_article(text: str, *, source: str, input_format: str = FALLBACK) -> Article:
    """Article text already decoded (from the Python API) → Article."""
    kind = INPUT_TYPES[input_format]
    if looks_binary(text):
        raise InputError("looks like a binary file, not text", source=source)
    if kind.parse_text is None:
        raise InputError(f"{kind.description} cannot be given as text", source=source)
    return to_article(kind.parse_text(normalize_text(text)), source=source, kind=kind)


def to_article(parsed: Parsed, *, source: str, kind: InputType) -> Article:
    paragraphs = [" ".join(paragraph.split()) for paragraph in parsed.paragraphs]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not paragraphs:
        raise InputError(kind.empty, source=source)
    return Article(
        text="\n\n".join(paragraphs),
        source=source,
        title=parsed.title,
        byline=parsed.byline,
        published=parsed.published,
        url=parsed.url,
        site=parsed.site,
    )
