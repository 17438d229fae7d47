"""Briefing → HTML or Markdown through Jinja templates, with autoescaping: article text is always
text, never markup. A user's template is confined to its own folder."""

from __future__ import annotations

import base64
import mimetypes
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from ._version import __version__
from .errors import UsageError
from .fetch import is_url
from .model import Briefing, Sentence
from .options import RenderOptions
from .reading import STDIN

PACKAGE_DIR = Path(__file__).resolve().parent
# Installed, the templates sit inside the package; in a source checkout, beside it.
TEMPLATES_DIR = next(
    (path for path in (PACKAGE_DIR / "templates", PACKAGE_DIR.parent / "templates") if path.is_dir()),
    PACKAGE_DIR / "templates",
)
HTML_TEMPLATE = "note.html"
MARKDOWN_TEMPLATE = "note.md"
STYLESHEET = "note.css"
PAPER_SIZES = {"a4": "A4", "letter": "letter"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")  # emphasis, code, links, HTML, tables
_MARKDOWN_LINE_START = re.compile(r"^(\s*)(\d*)([#+=.)-])")  # headings, lists, rules
_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_STYLESHEET = re.compile(r"\brel=[\"']?stylesheet\b", re.IGNORECASE)
_IMAGE_SOURCE = re.compile(r"(<img\b[^>]*\bsrc=)([\"'])([^\"']+)\2", re.IGNORECASE)
_HREF = re.compile(r"\bhref=([\"'])([^\"']+)\1", re.IGNORECASE)


def render_html(briefing: Briefing, options: RenderOptions) -> str:
    """The note as HTML, from the user's template or ours."""
    folder = template_folder(options)
    name = Path(options.template).name if options.template else HTML_TEMPLATE
    try:
        template = _environment(folder).get_template(name)
    except jinja2.TemplateNotFound:
        raise UsageError("template not found", source=options.template) from None
    except jinja2.TemplateSyntaxError as error:
        raise UsageError(f"template error on line {error.lineno}: {error.message}", source=options.template) from None
    try:
        return template.render(**context(briefing, options))
    except jinja2.UndefinedError as error:
        raise UsageError(f"template error: {error.message}", source=options.template) from None


def render_markdown(briefing: Briefing, options: RenderOptions) -> str:
    template = _environment(TEMPLATES_DIR, markdown=True).get_template(MARKDOWN_TEMPLATE)
    return template.render(**context(briefing, options))


def template_folder(options: RenderOptions) -> Path:
    return Path(options.template).resolve().parent if options.template else TEMPLATES_DIR


def context(briefing: Briefing, options: RenderOptions) -> dict[str, Any]:
    """The variables every template receives (documented in the README)."""
    stats = briefing.stats
    roles = {s.index: "brief" for s in briefing.brief} | {s.index: "fact" for s in briefing.facts}
    return {
        "briefing": briefing,
        "title": briefing.title,
        "source": briefing.article.source,
        "source_label": source_label(briefing.article.source),
        "byline": briefing.article.byline,
        "published": briefing.article.published,
        "url": briefing.article.url,
        "site": briefing.article.site,
        "brief": briefing.brief,
        "brief_text": briefing.brief_text,
        "facts": briefing.facts,
        "stats": stats,
        "minutes_saved": round(stats.reading_minutes_saved),
        "notes": briefing.notes,
        "keywords": briefing.keywords,
        "options": briefing.options,
        "render_options": options,
        "method": briefing.options.method,
        "length_label": briefing.options.length_label,
        "author": options.author,
        "appendix": options.appendix,
        "paragraphs": paragraphs(briefing.sentences),
        "roles": roles,
        "created": briefing.created,
        "created_iso": briefing.created.isoformat(timespec="seconds"),
        "created_label": f"{briefing.created.day} {briefing.created:%B %Y}",
        "paper_size": PAPER_SIZES[options.paper],
        "language": briefing.options.language_code,
        "css": default_stylesheet(),
        "version": __version__,
    }


@lru_cache(maxsize=1)
def default_stylesheet() -> str:
    """templates/note.css, read once per process rather than once per note."""
    return (TEMPLATES_DIR / STYLESHEET).read_text(encoding="utf-8")


def paragraphs(sentences: tuple[Sentence, ...]) -> list[list[Sentence]]:
    grouped: list[list[Sentence]] = []
    for sentence in sentences:
        if not grouped or grouped[-1][-1].paragraph != sentence.paragraph:
            grouped.append([])
        grouped[-1].append(sentence)
    return grouped


def source_label(source: str) -> str:
    """How the note names its source: a URL as it is, a file by its name only, since a shared
    note should not reveal the sender's folders."""
    if is_url(source) or source == STDIN or source.startswith("<"):
        return source
    return Path(source).name


def markdown_escape(text: str) -> str:
    """Article text as literal Markdown: no emphasis, links, headings, lists or HTML can come of
    it, and ordinary punctuation such as (brackets) stays as it is."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
    return _MARKDOWN_LINE_START.sub(lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}", escaped)


def self_contained(html: str, folder: Path) -> str:
    """Inline a template's own stylesheets and images, so the HTML file travels alone and loads
    nothing. Only files inside the template's folder are read; every other link or image source
    is dropped."""

    def local(reference: str) -> Path | None:
        path = (folder / reference).resolve()
        return path if "://" not in reference and inside(path, folder) and path.is_file() else None

    def link(match: re.Match[str]) -> str:
        href = _HREF.search(match.group(0))
        path = local(href.group(2)) if href and _STYLESHEET.search(match.group(0)) else None
        return f"<style>\n{path.read_text(encoding='utf-8')}\n</style>" if path else ""

    def image(match: re.Match[str]) -> str:
        path = local(match.group(3))
        if path is None:
            return f"{match.group(1)}{match.group(2)}{match.group(2)}"
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        data = base64.b64encode(path.read_bytes()).decode()
        return f"{match.group(1)}{match.group(2)}data:{kind};base64,{data}{match.group(2)}"

    return _IMAGE_SOURCE.sub(image, _LINK.sub(link, html))


def inside(path: Path, root: Path) -> bool:
    """Whether ``path`` is ``root`` or lies under it (links resolved)."""
    root = root.resolve()
    return path == root or root in path.parents


@lru_cache(maxsize=16)
def _environment(folder: Path, *, markdown: bool = False) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=not markdown,  # Markdown escapes through its own filter, |md
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md"] = markdown_escape
    return environment
