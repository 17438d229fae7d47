"""The output formats: one table, read by settings validation, -o suffixes, output naming and --help.

A renderer turns a Briefing (or, for --digest, a Digest) and the render options into the bytes of
a file. Adding a format is one entry in OUTPUT_FORMATS plus its renderers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing.digest.make import Digest
from briefing.errors import UsageError
from briefing.model import Briefing
from briefing.options import RenderOptions, register_choices
from briefing.render.json_output import render_json
from briefing.render.selfcontained import self_contained
from briefing.render.templating import TEMPLATES_DIR, render_html, render_markdown, template_folder


@dataclass(frozen=True)
class OutputFormat:
    name: str
    suffixes: tuple[str, ...]  # the first is given to the files written; all are recognised in -o
    media_type: str
    render: Callable[[Briefing, RenderOptions], bytes]
    description: str
    binary: bool = False  # not for a terminal
    render_digest: Callable[[Digest, RenderOptions], bytes] | None = None  # None: a digest cannot be written so


def as_pdf(briefing: Briefing, options: RenderOptions) -> bytes:
    from briefing.render.pdf import write_pdf  # WeasyPrint costs about a second to import: only PDFs pay for it

    return write_pdf(briefing, options)


def as_html(briefing: Briefing, options: RenderOptions) -> bytes:
    return self_contained(render_html(briefing, options), template_folder(options)).encode()


def as_markdown(briefing: Briefing, options: RenderOptions) -> bytes:
    return render_markdown(briefing, options).encode()


def as_json(briefing: Briefing, options: RenderOptions) -> bytes:
    return render_json(briefing)


def digest_as_pdf(digest: Digest, options: RenderOptions) -> bytes:
    from briefing.render.digest import digest_pdf

    return digest_pdf(digest, options)


def digest_as_html(digest: Digest, options: RenderOptions) -> bytes:
    from briefing.render.digest import digest_html

    return self_contained(digest_html(digest, options), TEMPLATES_DIR).encode()


def digest_as_markdown(digest: Digest, options: RenderOptions) -> bytes:
    from briefing.render.digest import digest_markdown

    return digest_markdown(digest, options).encode()


def digest_as_json(digest: Digest, options: RenderOptions) -> bytes:
    from briefing.render.digest import digest_json

    return digest_json(digest)


OUTPUT_FORMATS: dict[str, OutputFormat] = {
    output.name: output
    for output in (
        OutputFormat("pdf", (".pdf",), "application/pdf", as_pdf, "a one-page PDF note (tagged)", binary=True,
                     render_digest=digest_as_pdf),
        OutputFormat("html", (".html", ".htm"), "text/html", as_html, "a self-contained web page",
                     render_digest=digest_as_html),
        OutputFormat("md", (".md", ".markdown"), "text/markdown", as_markdown, "Markdown",
                     render_digest=digest_as_markdown),
        OutputFormat("json", (".json",), "application/json", as_json, "the note's content as JSON",
                     render_digest=digest_as_json),
    )
}
register_choices("format", OUTPUT_FORMATS.keys)


def format_of_suffix(suffix: str) -> str | None:
    """The format a file name's suffix asks for (``-o note.md``), if any."""
    return next((output.name for output in OUTPUT_FORMATS.values() if suffix.lower() in output.suffixes), None)


def render(briefing: Briefing, format: str = "pdf", options: RenderOptions | None = None) -> bytes:
    """The note as the bytes of a file in ``format``."""
    if format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown format {format!r}; choose one of: {', '.join(OUTPUT_FORMATS)}")
    return OUTPUT_FORMATS[format].render(briefing, options or RenderOptions())


def render_digest(digest: Digest, format: str = "pdf", options: RenderOptions | None = None) -> bytes:
    """The digest as the bytes of a file in ``format``."""
    if format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown format {format!r}; choose one of: {', '.join(OUTPUT_FORMATS)}")
    renderer = OUTPUT_FORMATS[format].render_digest
    if renderer is None:
        raise UsageError(f"the {format} format cannot hold a digest")
    return renderer(digest, options or RenderOptions())
