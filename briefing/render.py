"""Briefing → HTML, Markdown, JSON or PDF. Templates are Jinja with autoescaping; the PDF is
drawn by WeasyPrint, which is imported only when a PDF is asked for (it costs about a second)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from . import __version__
from .errors import DependencyError, UsageError
from .model import Briefing, Sentence

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
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def render(briefing: Briefing, format: str | None = None, *, template: Path | None = None) -> bytes:
    """The briefing as the bytes of a file in ``format`` (default: the settings' format)."""
    format = format or briefing.settings.format
    if format == "json":
        return (json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n").encode()
    if format == "md":
        return _environment(TEMPLATES_DIR, markdown=True).get_template(MARKDOWN_TEMPLATE).render(
            **context(briefing)
        ).encode()
    html = render_html(briefing, template=template)
    if format == "html":
        return html.encode()
    if format == "pdf":
        return _pdf(html, base_dir=(template.parent if template else TEMPLATES_DIR))
    raise UsageError(f"unknown format {format!r}")


def render_html(briefing: Briefing, *, template: Path | None = None) -> str:
    folder, name = (template.parent, template.name) if template else (TEMPLATES_DIR, HTML_TEMPLATE)
    stylesheet = TEMPLATES_DIR / STYLESHEET
    return _environment(folder).get_template(name).render(
        **context(briefing), css=stylesheet.read_text(encoding="utf-8")
    )


def context(briefing: Briefing) -> dict[str, Any]:
    """The variables every template receives (documented in the README)."""
    settings = briefing.settings
    return {
        "briefing": briefing,
        "title": briefing.title,
        "source": briefing.article.source,
        "source_label": source_label(briefing.article.source),
        "brief": briefing.brief,
        "brief_text": briefing.brief_text,
        "facts": briefing.facts,
        "stats": briefing.stats,
        "notes": briefing.notes,
        "settings": settings,
        "method": settings.method,
        "length_label": settings.length_label,
        "created": briefing.created,
        "created_label": briefing.created.strftime("%-d %B %Y"),
        "paper_size": PAPER_SIZES[settings.paper],
        "language": settings.language_code,
        "version": __version__,
    }


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The JSON contract: title, brief, brief_sentences, facts, plus stats, settings and source."""
    stats = briefing.stats
    return {
        "title": briefing.title,
        "brief": briefing.brief_text,
        "brief_sentences": [_sentence_dict(sentence) for sentence in briefing.brief],
        "facts": [_sentence_dict(sentence) for sentence in briefing.facts],
        "notes": list(briefing.notes),
        "source": {
            "name": briefing.article.source,
            "headline": briefing.article.title,
            "byline": briefing.article.byline,
            "published": briefing.article.published,
        },
        "stats": {
            "article_words": stats.article_words,
            "article_sentences": stats.article_sentences,
            "brief_words": stats.brief_words,
            "brief_sentences": stats.brief_sentences,
            "facts_words": stats.facts_words,
            "reading_minutes_saved": round(stats.reading_minutes_saved, 1),
        },
        "settings": {
            key: value
            for key, value in vars(briefing.settings).items()
            if key not in ("output_dir", "format")
        },
        "created": briefing.created.isoformat(timespec="seconds"),
        "generator": f"briefing {__version__}",
    }


def source_label(source: str) -> str:
    """How the note names its source: a URL as it is, a file by its name only, since a shared
    note should not reveal the sender's folders."""
    if "://" in source or source.startswith("<"):
        return source
    return Path(source).name


def _sentence_dict(sentence: Sentence) -> dict[str, Any]:
    return {
        "text": sentence.text,
        "index": sentence.index,
        "paragraph": sentence.paragraph,
        "start": sentence.start,
        "end": sentence.end,
    }


def markdown_escape(text: str) -> str:
    """Article text as literal Markdown: no emphasis, links, headings or HTML can come of it."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


@lru_cache(maxsize=8)
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


def _pdf(html: str, *, base_dir: Path) -> bytes:
    weasyprint = _import_weasyprint()
    from .safety import confined_fetcher

    document = weasyprint.HTML(
        string=html, base_url=base_dir.as_uri() + "/", url_fetcher=confined_fetcher(base_dir)
    )
    return document.write_pdf()


def _import_weasyprint() -> Any:
    try:
        import weasyprint
    except OSError as error:  # Pango, GObject or HarfBuzz missing: WeasyPrint cannot load them
        raise DependencyError(
            f"WeasyPrint cannot load a system library ({error}). Install Pango "
            "(Debian/Ubuntu: apt install libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install pango), "
            "or use --format html, md or json."
        ) from None
    return weasyprint
