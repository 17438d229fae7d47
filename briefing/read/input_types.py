"""The input types: one table, read by type detection, folder expansion, --input-format and --help.

Each type is recognised by its media type (a URL's Content-Type), its suffix or its content, and
parsed from bytes into paragraphs plus headline, byline and date. Text types are decoded first
(decoding.py); a binary type parses the bytes itself. Adding a type is one entry in INPUT_TYPES
plus its parser.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import PurePath

from briefing.errors import InputError
from briefing.model import Article, Source
from briefing.options import register_choices
from briefing.read.decoding import decode, looks_binary, normalize_text, peek
from briefing.read.parsers import Parsed, from_html, from_markdown, from_plain
from briefing.read.records import looks_like_record

FALLBACK = "txt"  # what an input is when nothing tells otherwise
_PROLOGUE = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(r"<([A-Za-z_][\w:.-]*)")
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _lazy_expand(module: str, function: str) -> Callable[[bytes, str], tuple[Source, ...]]:
    def expand(data: bytes, source: str) -> tuple[Source, ...]:
        expander: Callable[[bytes, str], tuple[Source, ...]] = getattr(
            import_module(f"briefing.read.{module}"), function)
        try:
            return expander(data, source)
        except InputError as error:
            raise InputError(error.message, source=error.source or source) from None

    return expand


def _lazy(module: str, function: str) -> Callable[..., Parsed]:
    """A parser imported on first use: PDFium and python-docx load only for such inputs."""
    def parse(data: bytes, source: str, *limit: int | None) -> Parsed:
        parser: Callable[..., Parsed] = getattr(import_module(f"briefing.read.{module}"), function)
        return parser(data, source, *limit)

    return parse


@dataclass(frozen=True)
class InputType:
    name: str
    suffixes: tuple[str, ...]  # lower case, with the dot
    media_types: tuple[str, ...]
    description: str
    parse_text: Callable[[str], Parsed] | None = None  # a text type: decoded, normalized text → Parsed
    # a binary type: bytes, source → Parsed; one that unpacks is also given the most characters of
    # text it may unpack to, at which it stops reading
    parse_bytes: Callable[..., Parsed] | None = None
    signature: Callable[[bytes], bool] | None = None  # content that is this type, whatever its name says
    sniff: Callable[[bytes], bool] | None = None  # whether content without other clues is of this type
    empty: str = "the article is empty"  # the error when no prose is found
    expand: Callable[[bytes, str], tuple[Source, ...]] | None = None  # a type holding other inputs (a feed)
    unpacks: bool = False  # its text is packed (a PDF's streams, a Word file's ZIP): held to --max-size again

    def parse(self, data: bytes, source: str, charset: str | None = None, max_chars: int | None = None) -> Parsed:
        """``charset``: what the server declared for a fetched page, which decoding prefers;
        ``max_chars``: the most text a binary type may unpack to (a PDF stops reading there)."""
        try:
            if self.parse_bytes is not None:
                return self.parse_bytes(data, source, max_chars) if self.unpacks else self.parse_bytes(data, source)
            if self.parse_text is None:
                raise InputError(f"is {self.description}, not one article")
            return self.parse_text(normalize_text(decode(data, source=source, declared=charset)))
        except InputError as error:
            if error.source is None:  # a parser's message, about this input
                raise InputError(error.message, source=source) from None
            raise


def looks_like_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]  # readers accept up to 1 KB of junk before the header


def looks_like_docx(data: bytes) -> bool:
    """A ZIP holding word/document.xml (only its directory is read), or an old or encrypted
    Word file, which the Word parser names."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return True
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        return False


def looks_like_feed(data: bytes) -> bool:
    """RSS 2.0, RSS 1.0 (RDF) or Atom by their root element, whatever the name or Content-Type:
    a feed served as text/html is still a feed."""
    head = peek(data, 4096)
    position = 0
    while (prologue := _PROLOGUE.match(head, position)) and prologue.end() > position:
        position = prologue.end()  # the XML declaration, comments, a doctype, white space
    root = _ROOT.match(head, position)
    if root is None:
        return False
    tag = root.group(1).lower().rsplit(":", 1)[-1]
    return tag == "rss" or (tag == "rdf" and "purl.org/rss/1.0" in head) or (
        tag == "feed" and ("www.w3.org/2005/Atom" in head or "purl.org/atom" in head))


def looks_like_html(data: bytes) -> bool:
    head = peek(data, 2000).lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


INPUT_TYPES: dict[str, InputType] = {
    kind.name: kind
    for kind in (
        InputType("txt", (".txt", ".text"), ("text/plain",), "plain text", parse_text=from_plain),
        InputType("md", (".md", ".markdown"), ("text/markdown",), "Markdown", parse_text=from_markdown),
        InputType("json", (), ("application/json",), "one article as a JSON object (text, title, author, date, url)",
                  parse_bytes=_lazy("records", "parse_record"), sniff=looks_like_record,
                  empty="the record's article text is empty"),
        InputType("html", (".html", ".htm", ".xhtml"), ("text/html", "application/xhtml+xml"),
                  "a web page", parse_text=from_html, sniff=looks_like_html,
                  empty="no article text found in this page"),
        InputType("pdf", (".pdf",), ("application/pdf",), "a PDF document",
                  parse_bytes=_lazy("pdf_text", "parse_pdf"), signature=looks_like_pdf, unpacks=True),
        InputType("docx", (".docx",), (DOCX_MEDIA_TYPE,), "a Word document",
                  parse_bytes=_lazy("word", "parse_docx"), signature=looks_like_docx, unpacks=True),
        InputType("feed", (".rss", ".atom"), ("application/rss+xml", "application/atom+xml", "application/rdf+xml"),
                  "an RSS or Atom feed: each item is an input", signature=looks_like_feed,
                  expand=_lazy_expand("feeds", "feed_sources")),
        InputType("jsonl", (".jsonl", ".jsonl.gz"),
                  ("application/jsonl", "application/x-ndjson", "application/jsonlines"),
                  "a JSON Lines archive: each line an article as a JSON object, an input of its own",
                  expand=_lazy_expand("archives", "archive_sources")),
    )
}
register_choices("input_format", lambda: ("auto", *INPUT_TYPES))


def supported_suffixes() -> tuple[str, ...]:
    return tuple(suffix for kind in INPUT_TYPES.values() for suffix in kind.suffixes)


def has_supported_suffix(name: str) -> bool:
    """Whether a file name ends in a suffix of an input type (``.jsonl.gz`` is one)."""
    return PurePath(name).name.lower().endswith(supported_suffixes())


def detect(data: bytes, *, name: str, media_type: str | None = None, requested: str = "auto") -> InputType:
    """The type of an input: as requested; else by a signature in its content (a PDF is a PDF,
    whatever its name); else by media type, suffix, then content; else text."""
    if requested != "auto":
        return INPUT_TYPES[requested]
    lowered = PurePath(name).name.lower()
    for matches in (
        lambda kind: kind.signature is not None and kind.signature(data),
        lambda kind: media_type in kind.media_types,
        lambda kind: bool(kind.suffixes) and lowered.endswith(kind.suffixes),
        lambda kind: kind.sniff is not None and kind.sniff(data),
    ):
        found = next((kind for kind in INPUT_TYPES.values() if matches(kind)), None)
        if found is not None:
            return found
    return INPUT_TYPES[FALLBACK]


def parse(
    data: bytes, *, source: str, kind: InputType, charset: str | None = None, max_chars: int | None = None
) -> Article:
    """The bytes of one input → Article; ``charset`` as a server declared it, if it did."""
    return to_article(kind.parse(data, source, charset, max_chars), source=source, kind=kind)


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
